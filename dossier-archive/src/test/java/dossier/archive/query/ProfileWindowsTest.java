package dossier.archive.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.archive.Archive;
import dossier.archive.ArchiveTest;
import dossier.archive.EntityEditor;
import dossier.archive.query.QueryRecords.EventFilter;
import dossier.archive.query.QueryRecords.EventRow;
import dossier.model.ArticleAnalysis;
import dossier.model.Event;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile sections that read a frequent entity through bounded windows of its links (events by day) or
 * through counts kept at store time (descriptors) give what reading every link gives.
 */
class ProfileWindowsTest {
  @TempDir Path tmp;

  /**
   * Sixty articles on Gdańsk, stored in shuffled date order, each with events whose days are the article's date,
   * an earlier date, a later one, a month only (which falls back to the article's date) or none.
   */
  private static List<ArticleAnalysis> gdansk() {
    Random random = new Random(11);
    List<ArticleAnalysis> out = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      LocalDate date = i % 13 == 0 ? null : LocalDate.of(2022, 1, 1).plusDays(random.nextInt(500));
      String[] times = {
        date == null ? "2021-06-01" : date.minusDays(random.nextInt(40)).toString(),
        date == null ? null : date.plusDays(random.nextInt(3)) + "T10:00",
        random.nextBoolean() ? "2022-11" : null};
      var b = new QueryFixtures.Builder("gdansk-" + i, "Wire", date, "Gdańsk " + i,
          "Mayor Piotr Nowak met protesters in Gdańsk. Police arrested " + (i + 2) + " men. A fire broke out in "
              + "the port, said the harbour master, a former sailor. Nowak called it a tragedy. \"We will rebuild,\" "
              + "Nowak said. \"The cranes are gone,\" the harbour master said. The port is believed to be unsafe.")
          .entity("e1", "Gdańsk", "LOCATION", "Gdańsk")
          .entity("e2", "Piotr Nowak", "PERSON", "Piotr Nowak", "Nowak");
      b.quote("\"We will rebuild,\"", "e2", "Piotr Nowak");
      b.quote("\"The cranes are gone,\"", null, "the harbour master");
      b.claim("The port is believed to be unsafe", i % 3 == 0 ? null : "e2", i % 3 == 0 ? "the harbour master"
          : "Piotr Nowak", "believed", "believed");
      b.event("meeting", "met", "e1", "Gdańsk", times[0], null, Map.of(), new Event.Participant("agent", "e2", "Nowak"));
      b.event("arrest", "arrested", "e1", "Gdańsk", times[1], null, Map.of());
      b.event("fire", "fire", i % 2 == 0 ? "e1" : null, "Gdańsk", times[2], "the harbour master", Map.of());
      out.add(b.build());
    }
    return out;
  }

  @Test
  void anEntitysFirstEventsByDayAreThoseOfReadingAllItsLinks() throws Exception {
    try (Archive archive = Archive.open(tmp.resolve("a"))) {
      archive.storeAll(gdansk());
      Queries queries = new Queries(archive);
      for (String name : List.of("Gdańsk", "Piotr Nowak")) {
        long id = queries.findEntities(name).get(0).id();
        // A limit above the number of events reads every link: no window applies.
        List<EventRow> all = queries.events(new EventFilter(null, id, null, null, null, 10_000));
        assertTrue(all.size() >= 60, name + ": " + all.size());
        for (int limit : new int[] {1, 2, 5, 17, 40, all.size() - 1}) {
          assertEquals(all.subList(0, limit), queries.events(new EventFilter(null, id, null, null, null, limit)),
              name + ", limit " + limit);
        }
        // Filters narrow each window; the result is still the prefix of the filtered whole.
        List<EventRow> meetings = queries.events(new EventFilter("meeting", id, null, null, null, 10_000));
        assertEquals(meetings.subList(0, 3), queries.events(new EventFilter("meeting", id, null, null, null, 3)));
        List<EventRow> late = queries.events(new EventFilter(null, id, null, LocalDate.of(2022, 9, 1), null, 10_000));
        assertEquals(late.subList(0, 4),
            queries.events(new EventFilter(null, id, null, LocalDate.of(2022, 9, 1), null, 4)));
        assertEquals(all.subList(0, 5), queries.profile(id, 5).orElseThrow().events().stream()
            .map(QueryRecords.EntityEvent::event).toList(), name + " profile");
      }
    }
  }

  @Test
  void quotesAndClaimsByASpeakerAreThoseOfReadingEveryQuote() throws Exception {
    try (Archive archive = Archive.open(tmp.resolve("q"))) {
      archive.storeAll(gdansk());
      Queries queries = new Queries(archive);
      for (String speaker : List.of("Piotr Nowak", "Nowak", "the harbour master", "THE HARBOUR MASTER")) {
        List<QueryRecords.QuoteRow> all = queries.quotes(new QueryRecords.QuoteFilter(speaker, null, 10_000));
        assertEquals(60, all.size(), speaker);
        for (int limit : new int[] {1, 4, 25}) {
          assertEquals(all.subList(0, limit), queries.quotes(new QueryRecords.QuoteFilter(speaker, null, limit)));
        }
        // Newest first, undated last.
        List<String> dates = all.stream().map(q -> q.article().date()).filter(d -> d != null).toList();
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
        assertEquals(null, all.get(all.size() - 1).article().date());
      }
      assertEquals(List.of(), queries.quotes(new QueryRecords.QuoteFilter("Piotr Nowak", "cranes", 10)));
      assertEquals(3, queries.quotes(new QueryRecords.QuoteFilter("the harbour master", "cranes", 3)).size());
      List<QueryRecords.ClaimRow> byNowak = queries.claims(new QueryRecords.ClaimFilter("Nowak", "believed", 10_000));
      List<QueryRecords.ClaimRow> byMaster = queries.claims(new QueryRecords.ClaimFilter("the harbour master", null, 10_000));
      assertEquals(60, byNowak.size() + byMaster.size());
      assertEquals(20, byMaster.size());
      assertEquals(byNowak.subList(0, 7), queries.claims(new QueryRecords.ClaimFilter("Nowak", "believed", 7)));

      // A timeline takes the entity's oldest quotes and claims, as it takes its oldest events.
      long nowak = queries.findEntities("Piotr Nowak").get(0).id();
      List<QueryRecords.TimelineEntry> timeline = queries.timeline(new QueryRecords.TimelineRequest(nowak, null, 200));
      List<String> quoteDays = timeline.stream().filter(e -> e.kind().equals("quote")).map(e -> e.when()).toList();
      List<String> oldest = all(queries, "Piotr Nowak").stream().map(q -> q.article().date())
          .sorted(java.util.Comparator.nullsLast(java.util.Comparator.<String>naturalOrder())).toList();
      assertEquals(oldest.subList(0, quoteDays.size()), quoteDays.stream()
          .sorted(java.util.Comparator.nullsLast(java.util.Comparator.<String>naturalOrder())).toList());
      assertTrue(quoteDays.size() > 10, quoteDays.toString());
    }
  }

  private static List<QueryRecords.QuoteRow> all(Queries queries, String speaker) throws Exception {
    return queries.quotes(new QueryRecords.QuoteFilter(speaker, null, 10_000));
  }

  @Test
  void eventDaysAndDescriptorCountsStoredAheadAgreeWithTheFactsAlsoAfterEdits() throws Exception {
    try (Archive archive = Archive.open(tmp.resolve("b"))) {
      archive.storeAll(gdansk());
      archive.storeAll(QueryFixtures.all());
      assertAgree(archive);
      Queries queries = new Queries(archive);
      long andrei = queries.findEntities("Andrei Medvedev").get(0).id();
      long dmitry = queries.findEntities("Dmitry Medvedev").get(0).id();
      List<QueryRecords.Count> before = queries.profile(andrei, 50).orElseThrow().descriptors();
      assertTrue(before.stream().anyMatch(c -> c.value().contains("commander")), before.toString());
      EntityEditor.merge(archive, andrei, dmitry, "test");
      assertAgree(archive);
      EntityEditor.split(archive, andrei, "Dmitry Medvedev", "test");
      assertAgree(archive);
      assertEquals(before, queries.profile(andrei, 50).orElseThrow().descriptors());
    }
  }

  /**
   * entity_links.event_day and entity_descriptors as the stored facts give them (the V5 migration's SQL; the day as
   * V13's number yyyymmdd).
   */
  private static void assertAgree(Archive archive) throws Exception {
    assertEquals(List.of("0"), ArchiveTest.query(archive, "SELECT count(*) FROM entity_links l WHERE l.event_day IS NOT "
        + "(SELECT CAST(replace(min(coalesce(CASE WHEN e.time GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
        + "THEN substr(e.time, 1, 10) END, a.date)), '-', '') AS INTEGER) FROM events e JOIN articles a ON a.pk = e.article "
        + "WHERE e.article = l.article AND (e.place = l.local_id OR e.source = l.local_id OR EXISTS (SELECT 1 FROM "
        + "event_participants p WHERE p.article = e.article AND p.event = e.ord AND p.entity = l.local_id)))"));
    assertTrue(Integer.parseInt(ArchiveTest.query(archive, "SELECT count(*) FROM entity_links WHERE event_day IS NOT NULL")
        .get(0)) > 60);
    String counted = "SELECT l.entity || ' ' || d.text || ' ' || count(*) FROM entity_links l JOIN descriptors d "
        + "ON d.article = l.article AND d.entity = l.local_id GROUP BY l.entity, d.text ORDER BY 1";
    List<String> stored = ArchiveTest.query(archive,
        "SELECT entity || ' ' || text || ' ' || count FROM entity_descriptors ORDER BY 1");
    assertEquals(ArchiveTest.query(archive, counted), stored);
    assertTrue(!stored.isEmpty());
  }
}
