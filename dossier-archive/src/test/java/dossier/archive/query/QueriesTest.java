package dossier.archive.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.archive.Archive;
import dossier.archive.query.QueryRecords.ClaimFilter;
import dossier.archive.query.QueryRecords.Count;
import dossier.archive.query.QueryRecords.EntityProfile;
import dossier.archive.query.QueryRecords.EntityRef;
import dossier.archive.query.QueryRecords.EventFilter;
import dossier.archive.query.QueryRecords.EventGroup;
import dossier.archive.query.QueryRecords.FigureSet;
import dossier.archive.query.QueryRecords.QuoteFilter;
import dossier.archive.query.QueryRecords.SearchHit;
import dossier.archive.query.QueryRecords.SearchRequest;
import dossier.archive.query.QueryRecords.SearchResult;
import dossier.archive.query.QueryRecords.TimelineEntry;
import dossier.archive.query.QueryRecords.TimelineRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The query layer on a small archive with known answers ({@link QueryFixtures}). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueriesTest {

  Archive archive;
  Queries queries;

  @BeforeAll
  void store(@TempDir Path tmp) throws Exception {
    archive = Archive.open(tmp.resolve("archive"));
    assertEquals(7, archive.storeAll(QueryFixtures.all()).stored().size());
    queries = new Queries(archive);
  }

  @AfterAll
  void close() throws Exception {
    archive.close();
  }

  private static Set<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
  }

  private SearchResult search(String q, String entity, String type, LocalDate from, LocalDate to, String source)
      throws Exception {
    return queries.search(new SearchRequest(q, entity, type, from, to, source, 20));
  }

  @Test
  void searchFindsTextAndCountsFacetsOverAllMatches() throws Exception {
    SearchResult r = queries.search(new SearchRequest("Mogadishu", null, null, null, null, null, 2));
    assertEquals(4, r.total());
    assertEquals(2, r.hits().size());
    assertEquals(List.of(new Count("Reuters", 2), new Count("AFP", 1), new Count("Daily", 1)), r.facets().sources());
    assertEquals(List.of(new Count("2023-03", 3), new Count("2023-06", 1)),
        r.facets().months().stream().sorted((a, b) -> a.value().compareTo(b.value())).toList());
    assertEquals("Mogadishu", r.facets().entities().get(0).name());
    assertEquals(4, r.facets().entities().get(0).count());
    assertTrue(r.facets().types().contains(new Count("LOCATION", 4)));
    assertTrue(r.facets().types().contains(new Count("PERSON", 1)));
  }

  @Test
  void searchFilters() throws Exception {
    assertEquals(Set.of("reuters-bomb", "reuters-bomb-june"), ids(search("Mogadishu", null, null, null, null, "Reuters")));
    assertEquals(Set.of("afp-bomb", "daily-bomb"),
        ids(search("Mogadishu", null, null, LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 31), null)));
    assertEquals(Set.of("afp-bomb"), ids(search("bombing", "Omar Filish", null, null, null, null)));
    assertEquals(Set.of("afp-bomb", "tass-medvedev", "tass-dmitry"), ids(search("", null, "person", null, null, null)));
    assertEquals(Set.of("reuters-bomb", "wire-kabul"), ids(search("bombing Sunday", null, null, null, null, null)));
    SearchResult none = search("Mogadishu", "Nobody Atall", null, null, null, null);
    assertEquals(0, none.total());
    // A blank query lists every article, newest first.
    SearchResult all = search(" ", null, null, null, null, null);
    assertEquals(7, all.total());
    assertEquals("reuters-bomb-june", all.hits().get(0).id());
  }

  @Test
  void findsEntitiesByNameAliasAndPart() throws Exception {
    assertEquals(List.of("Andrei Medvedev"), names(queries.findEntities("andrei medvedev")));
    assertEquals(Set.of("Andrei Medvedev", "Dmitry Medvedev"), Set.copyOf(names(queries.findEntities("Medvedev"))));
    assertEquals(List.of("Omar Filish"), names(queries.findEntities("Filish")));
    assertEquals(List.of("Al-Shabaab"), names(queries.findEntities("shabaab")));
    assertTrue(queries.findEntities("Nobody Atall").isEmpty());
  }

  private static List<String> names(List<EntityRef> refs) {
    return refs.stream().map(EntityRef::name).toList();
  }

  private EntityProfile profile(String name) throws Exception {
    List<EntityRef> found = queries.findEntities(name);
    assertEquals(1, found.size(), name);
    return queries.profile(found.get(0).id(), 50).orElseThrow();
  }

  @Test
  void profileHasEverySection() throws Exception {
    EntityProfile p = profile("Andrei Medvedev");
    assertEquals("PERSON", p.entity().type());
    assertEquals("2023-01-31", p.entity().firstSeen());
    assertEquals(Set.of("Andrei Medvedev", "Medvedev"), p.aliases().stream().map(Count::value).collect(Collectors.toSet()));
    assertEquals("ex-commander with Russia's notorious mercenary group Wagner", p.descriptors().get(0).value());
    assertEquals(1, p.attributes().size());
    assertEquals("age", p.attributes().get(0).key());
    assertEquals("26", p.attributes().get(0).value());
    assertEquals("Andrei Medvedev, 26,", p.attributes().get(0).evidence());
    assertEquals("tass-medvedev", p.attributes().get(0).article().id());
    assertEquals(List.of("\"I was afraid,\""), p.quotesBy().stream().map(QueryRecords.QuoteRow::text).toList());
    assertTrue(p.quotesAbout().isEmpty());
    assertTrue(p.claimsBy().isEmpty());
    assertEquals(List.of("Medvedev was mistreated"), p.claimsAbout().stream().map(QueryRecords.ClaimRow::text).toList());
    assertEquals(1, p.events().size());
    assertEquals("agent", p.events().get(0).role());
    assertEquals("desertion", p.events().get(0).event().type());
    assertEquals(Set.of("Wagner", "Yevgeny Prigozhin", "Norway"),
        p.coMentioned().stream().map(QueryRecords.EntityCount::name).collect(Collectors.toSet()));

    EntityProfile prigozhin = profile("Yevgeny Prigozhin");
    assertEquals(List.of("denied"), prigozhin.claimsBy().stream().map(QueryRecords.ClaimRow::stance).toList());

    EntityProfile mogadishu = profile("Mogadishu");
    assertEquals(4, mogadishu.entity().articles());
    assertEquals("2023-06-20", mogadishu.entity().lastSeen());
    assertEquals(5, mogadishu.events().size());
    assertTrue(mogadishu.events().stream().allMatch(e -> e.role().equals("place")));
    assertEquals(new QueryRecords.EntityCount(profile("Omar Filish").entity().id(), "Omar Filish", "PERSON", 1),
        mogadishu.coMentioned().stream().filter(c -> c.name().equals("Omar Filish")).findFirst().orElseThrow());
  }

  @Test
  void quotesBySpeakerAndText() throws Exception {
    assertEquals(List.of("\"This is a national tragedy,\""),
        queries.quotes(new QuoteFilter("Omar Filish", null, 10)).stream().map(QueryRecords.QuoteRow::text).toList());
    assertEquals(2, queries.quotes(new QuoteFilter("Medvedev", null, 10)).size());
    assertEquals(List.of("tass-medvedev"),
        queries.quotes(new QuoteFilter(null, "AFRAID", 10)).stream().map(q -> q.article().id()).toList());
    assertEquals(List.of("afp-bomb"),
        queries.quotes(new QuoteFilter(null, "national tragedy", 10)).stream().map(q -> q.article().id()).toList());
    assertEquals(3, queries.quotes(new QuoteFilter(null, null, 10)).size());
    // newest first
    assertEquals("afp-bomb", queries.quotes(new QuoteFilter(null, null, 1)).get(0).article().id());
  }

  @Test
  void claimsBySourceAndStance() throws Exception {
    assertEquals(List.of("Medvedev was mistreated"),
        queries.claims(new ClaimFilter(null, "denied", 10)).stream().map(QueryRecords.ClaimRow::text).toList());
    assertEquals(List.of("he had crossed illegally"),
        queries.claims(new ClaimFilter("norwegian police", null, 10)).stream().map(QueryRecords.ClaimRow::text).toList());
    assertEquals(1, queries.claims(new ClaimFilter("Al-Shabaab", "alleged", 10)).size());
    assertEquals(0, queries.claims(new ClaimFilter("Al-Shabaab", "denied", 10)).size());
    assertEquals(3, queries.claims(new ClaimFilter(null, null, 10)).size());
    // The stance and type filters ignore case (searched through their NOCASE indexes since V14).
    assertEquals(queries.claims(new ClaimFilter(null, "denied", 10)), queries.claims(new ClaimFilter(null, "DENIED", 10)));
    assertEquals(queries.claims(new ClaimFilter("Al-Shabaab", "alleged", 10)),
        queries.claims(new ClaimFilter("Al-Shabaab", "Alleged", 10)));
    List<QueryRecords.EventRow> bombings = queries.events(new EventFilter("bombing", null, null, null, null, 100));
    assertEquals(6, bombings.size());
    assertTrue(bombings.stream().allMatch(e -> e.type().equals("bombing")));
    assertEquals(bombings, queries.events(new EventFilter("Bombing", null, null, null, null, 100)));
  }

  @Test
  void conflictingFiguresOfOneBombingStandSideBySide() throws Exception {
    List<EventGroup> groups = queries.eventGroups(new EventFilter("bombing", null, null, null, null, 100));
    assertEquals(3, groups.size(), groups.toString());
    EventGroup march = groups.stream().filter(g -> g.place().equals("Mogadishu") && g.firstDay().equals("2023-03-05"))
        .findFirst().orElseThrow();
    assertEquals(4, march.reports().size());
    assertEquals("2023-03-08", march.lastDay());
    assertTrue(march.conflicting());
    FigureSet killed = march.figures().get(0);
    assertEquals("killed", killed.what());
    assertTrue(killed.conflicting());
    assertEquals(List.of("12|police|reuters-bomb", "35|hospital officials|afp-bomb", "over 100|Omar Filish|afp-bomb",
            "190|Al-Shabaab|daily-bomb"),
        killed.figures().stream().map(f -> f.figure() + "|" + f.reporter() + "|" + f.article().id()).toList());
    assertEquals(List.of(12L, 35L, 100L, 190L), killed.figures().stream().map(QueryRecords.Figure::value).toList());
    // Same type and day, other place: apart. Same place, three months later: apart.
    EventGroup kabul = groups.stream().filter(g -> g.place().equals("Kabul")).findFirst().orElseThrow();
    assertEquals(1, kabul.reports().size());
    assertFalse(kabul.conflicting());
    EventGroup june = groups.stream().filter(g -> "2023-06-20".equals(g.firstDay())).findFirst().orElseThrow();
    assertEquals(3L, june.figures().get(0).figures().get(0).value());
  }

  @Test
  void readsNumbersFromFigures() {
    assertEquals(100L, EventGroups.number("over 100"));
    assertEquals(20L, EventGroups.number("at least 20"));
    assertEquals(1200L, EventGroups.number("1,200"));
    assertEquals(2_500_000L, EventGroups.number("2.5 million"));
    assertEquals(12L, EventGroups.number("a dozen"));
    assertEquals(3L, EventGroups.number("three"));
    assertEquals(null, EventGroups.number("many"));
  }

  @Test
  void timelineOfAnEntityIsInTimeOrderWithGroupedEvents() throws Exception {
    long mogadishu = queries.findEntities("Mogadishu").get(0).id();
    List<TimelineEntry> t = queries.timeline(new TimelineRequest(mogadishu, null, 50));
    assertEquals(List.of("2023-03-05", "2023-06-20"), t.stream().map(TimelineEntry::when).toList());
    assertEquals(4, t.get(0).event().reports().size());
    assertTrue(t.get(0).event().conflicting());

    long andrei = queries.findEntities("Andrei Medvedev").get(0).id();
    List<TimelineEntry> a = queries.timeline(new TimelineRequest(andrei, null, 50));
    assertEquals(List.of("event", "quote"), a.stream().map(TimelineEntry::kind).toList());
    assertEquals("2022-11", a.get(0).when());
    assertEquals("2023-01-31", a.get(1).when());
  }

  @Test
  void timelineOfAQuery() throws Exception {
    List<TimelineEntry> t = queries.timeline(new TimelineRequest(null, "killed", 50));
    List<String> when = t.stream().map(TimelineEntry::when).toList();
    assertEquals(when.stream().sorted().toList(), when);
    assertEquals(3, t.size()); // March Mogadishu (grouped), Kabul, June Mogadishu
  }
}
