package dossier.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.archive.resolve.CrossDocResolver;
import dossier.model.ArticleAnalysis;
import dossier.model.Json;
import dossier.model.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ArchiveTest {
  @TempDir Path dir;

  @Test
  void createsItsLayoutWithWalAndTheLatestSchema() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      assertEquals("wal", query(archive, "PRAGMA journal_mode").get(0));
      assertEquals(String.valueOf(Migrations.latest()), query(archive, "SELECT max(version) FROM schema_version").get(0));
      assertEquals("1", query(archive, "PRAGMA foreign_keys").get(0));
      assertEquals("16384", query(archive, "PRAGMA page_size").get(0));
    }
    assertTrue(Files.isRegularFile(dir.resolve("facts.db")));
    assertTrue(Files.isDirectory(dir.resolve("index")));
  }

  @Test
  void storesTheTypedFactsOfAnArticle() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      var result = archive.store(Fixtures.medvedev());
      assertEquals(List.of("tass-medvedev"), result.stored());
      assertEquals(List.of("tass-medvedev|2023-01-31|Wagner deserter asks for asylum in Norway|TASS|1"),
          query(archive, "SELECT id || '|' || date || '|' || title || '|' || source || '|' "
              + "|| (pk NOT IN (SELECT pk FROM unindexed_articles)) FROM articles"));
      assertEquals(List.of("e1 Andrei Medvedev PERSON 3", "e2 Wagner ORGANIZATION 2", "e3 Yevgeny Prigozhin PERSON 1",
          "e4 Norway LOCATION 1"), query(archive, "SELECT local_id || ' ' || name || ' ' || type || ' ' || mention_count "
          + "FROM article_entities ORDER BY local_id"));
      assertEquals(List.of("e1 0 Andrei Medvedev", "e1 1 Medvedev", "e1 2 Medvedev"),
          query(archive, "SELECT entity || ' ' || ord || ' ' || text FROM mentions WHERE entity = 'e1' ORDER BY ord"));
      assertEquals(List.of("e1 age 26 Andrei Medvedev, 26,"),
          query(archive, "SELECT entity || ' ' || key || ' ' || value || ' ' || evidence_text FROM attributes"));
      assertEquals(List.of("e2 mercenary group"), query(archive, "SELECT entity || ' ' || text FROM descriptors WHERE entity = 'e2'"));
      assertEquals(List.of("direct e1 said \"I was afraid,\""),
          query(archive, "SELECT kind || ' ' || speaker || ' ' || cue || ' ' || text FROM quotes"));
      assertEquals(List.of("0 believed Norwegian police", "1 denied Yevgeny Prigozhin"),
          query(archive, "SELECT ord || ' ' || stance || ' ' || source_name FROM claims ORDER BY ord"));
      assertEquals(List.of("in November 2022-11"), query(archive, "SELECT text || ' ' || value FROM times"));
      assertEquals(List.of("desertion deserting e4 2022-11 actual"),
          query(archive, "SELECT type || ' ' || trigger_text || ' ' || place || ' ' || time || ' ' || modality FROM events"));
      assertEquals(List.of("agent e1", "target e2"),
          query(archive, "SELECT role || ' ' || entity FROM event_participants ORDER BY ord"));
      assertEquals(List.of("deserters 1"), query(archive, "SELECT what || ' ' || figure FROM event_counts"));
      assertEquals(List.of("e3 head_of e2 head of Wagner"),
          query(archive, "SELECT subject || ' ' || predicate || ' ' || object || ' ' || text FROM relations"));
      assertEquals(List.of("Andrei Medvedev PERSON 2023-01-31 2023-01-31 1 3"),
          query(archive, "SELECT name || ' ' || type || ' ' || first_seen || ' ' || last_seen || ' ' || article_count "
              + "|| ' ' || mention_count FROM entities WHERE key = 'andrei medvedev'"));
      assertEquals(List.of("Andrei Medvedev", "Medvedev"),
          query(archive, "SELECT alias FROM entity_aliases JOIN entities ON id = entity WHERE key = 'andrei medvedev' ORDER BY alias"));
      assertEquals(new Archive.Stats(1, 4, 4, 7, 1, 2, 1, 1, 1), archive.stats());
      // The stored JSON is the whole record.
      assertEquals(Json.write(Fixtures.medvedev()), Json.write(archive.article("tass-medvedev").orElseThrow()));
    }
  }

  @Test
  void theSameArticleTwiceIsStoredOnceByIdOrByText() throws Exception {
    ArticleAnalysis a = Fixtures.medvedev();
    ArticleAnalysis sameTextOtherId = new ArticleAnalysis(a.schema(), "other-id", a.date(), a.title(), a.source(),
        a.url(), a.text(), a.captions(), a.entities(), a.quotes(), a.claims(), a.times(), a.events(), a.relations());
    ArticleAnalysis sameIdOtherText = new ArticleAnalysis(a.schema(), a.id(), a.date(), a.title(), a.source(),
        a.url(), a.text() + " More.", a.captions(), a.entities(), a.quotes(), a.claims(), a.times(), a.events(),
        a.relations());
    try (Archive archive = Archive.open(dir)) {
      var first = archive.storeAll(List.of(a, a, sameTextOtherId));
      assertEquals(List.of("tass-medvedev"), first.stored());
      assertEquals(List.of("tass-medvedev", "other-id"), first.skipped());
      String before = archive.fingerprint();
      var second = archive.storeAll(List.of(a, sameIdOtherText, sameTextOtherId));
      assertEquals(List.of(), second.stored());
      assertEquals(3, second.skipped().size());
      assertEquals(before, archive.fingerprint());
      assertTrue(archive.contains("tass-medvedev", null));
      assertTrue(archive.contains(null, a.text()));
      assertFalse(archive.contains("nope", "no such text"));
    }
    try (Archive archive = Archive.open(dir)) {
      archive.store(a);
      assertEquals(1, archive.stats().articles());
    }
  }

  @Test
  void anArticleSqliteRefusesFailsAloneAndItsBatchIsStoredWithoutIt() throws Exception {
    List<ArticleAnalysis> three = Fixtures.generated(3, 7);
    ArticleAnalysis ok = three.get(1);
    // A quote without text passes the archive's checks; SQLite refuses it (quotes.text NOT NULL).
    ArticleAnalysis refused = new ArticleAnalysis(ok.schema(), ok.id(), ok.date(), ok.title(), ok.source(), ok.url(),
        ok.text(), ok.captions(), ok.entities(), List.of(new Quote(0, 4, null, "direct", null, null, null, null, null)),
        ok.claims(), ok.times(), ok.events(), ok.relations());
    Path alone = dir.resolve("alone");
    try (Archive archive = Archive.open(dir.resolve("batch"))) {
      var result = archive.storeAll(List.of(three.get(0), refused, three.get(2)));
      assertEquals(List.of(three.get(0).id(), three.get(2).id()), result.stored());
      assertEquals(List.of(ok.id()), List.copyOf(result.failed().keySet()));
      // The same as storing the two alone: links, entity counts and dates, index documents.
      try (Archive other = Archive.open(alone)) {
        other.storeAll(List.of(three.get(0), three.get(2)));
        assertEquals(other.fingerprint(), archive.fingerprint());
      }
    }
  }

  @Test
  void badRecordsFailAloneAndTheRestIsStored() throws Exception {
    ArticleAnalysis good = Fixtures.generated(1, 1).get(0);
    ArticleAnalysis noText = new ArticleAnalysis(null, "x", null, null, null, null, null, null, null, null, null, null,
        null, null);
    ArticleAnalysis bare = Json.readAnalysis("{\"schema\":\"dossier.article/1\",\"id\":\"bare\",\"text\":\"Just text.\"}");
    try (Archive archive = Archive.open(dir)) {
      var result = archive.storeAll(List.of(noText, good, bare));
      assertEquals(List.of("gen-0", "bare"), result.stored());
      assertEquals(List.of("x"), List.copyOf(result.failed().keySet()));
    }
  }

  @Test
  void searchFindsArticlesByTextTitleAndEntityIgnoringDiacritics() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      archive.store(Fixtures.medvedev());
      archive.storeAll(Fixtures.generated(50, 7));
      assertEquals("tass-medvedev", archive.search("deserting Norway", 10).get(0).id());
      assertEquals("tass-medvedev", archive.search("asylum", 10).get(0).id());
      var hits = archive.search("erdogan", 100);
      assertFalse(hits.isEmpty());
      assertEquals(hits.size(), archive.search("Erdoğan", 100).size());
      assertTrue(archive.search("zzzunknown", 10).isEmpty());
      assertThrows(IllegalArgumentException.class, () -> archive.search("\"unclosed", 10));
    }
  }

  @Test
  void linksEntitiesAcrossArticlesByTypeAndFoldedName() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(Fixtures.generated(200, 3));
      // Erdoğan and Erdogan fold to one key: one archive entity with both spellings as aliases.
      assertEquals(List.of("1"), query(archive, "SELECT count(*) FROM entities WHERE key = 'recep tayyip erdogan'"));
      assertEquals(List.of("Erdogan", "Erdoğan", "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
          query(archive, "SELECT alias FROM entity_aliases JOIN entities ON id = entity "
              + "WHERE key = 'recep tayyip erdogan' ORDER BY alias"));
      // Homonyms with different full names stay apart (a later resolver handles surname-only mentions).
      assertEquals(List.of("andrei medvedev", "dmitry medvedev"),
          query(archive, "SELECT key FROM entities WHERE key LIKE '%medvedev' ORDER BY key"));
      assertEquals(List.of("200"), query(archive, "SELECT sum(article_count) FROM entities WHERE type = 'PERSON'"));
      assertEquals(List.of("0"), query(archive, "SELECT count(*) FROM article_entities ae LEFT JOIN entity_links l "
          + "ON l.article = ae.article AND l.local_id = ae.local_id WHERE l.entity IS NULL"));
    }
  }

  @Test
  void userOverridesApplyWhenArticlesAreStored() throws Exception {
    List<ArticleAnalysis> articles = Fixtures.generated(40, 11);
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(articles.subList(0, 1));
      // The place of article 1 is to be split from the place of article 0 even though the names agree...
      String place0 = articles.get(0).entities().get(2).name();
      ArticleAnalysis later = articles.stream().skip(1).filter(a -> a.entities().get(2).name().equals(place0))
          .findFirst().orElseThrow();
      archive.addOverride("split", later.id(), "e3", "gen-0", "e3", "test");
      // ...and its organization merged with article 0's person.
      archive.addOverride("merge", later.id(), "e2", "gen-0", "e1", "test");
      archive.store(later);
      List<String> links = query(archive, "SELECT a.id || '/' || l.local_id || '=' || l.entity || ' ' || l.method "
          + "FROM entity_links l JOIN articles a ON a.pk = l.article ORDER BY 1");
      String place0Link = links.stream().filter(l -> l.startsWith("gen-0/e3=")).findFirst().orElseThrow();
      String placeLaterLink = links.stream().filter(l -> l.startsWith(later.id() + "/e3=")).findFirst().orElseThrow();
      assertNotEquals(place0Link.split("[= ]")[1], placeLaterLink.split("[= ]")[1]);
      assertTrue(placeLaterLink.endsWith("override"));
      String person0 = links.stream().filter(l -> l.startsWith("gen-0/e1=")).findFirst().orElseThrow().split("[= ]")[1];
      assertTrue(links.contains(later.id() + "/e2=" + person0 + " override"), links.toString());
    }
  }

  /** The default resolver with a test's checks around it: what is not overridden goes to it unchanged. */
  private abstract static class AroundDefault implements EntityResolver {
    final CrossDocResolver inner = new CrossDocResolver();

    @Override
    public String name() {
      return inner.name();
    }

    @Override
    public void linked(long pk, ArticleAnalysis article, Map<String, Long> links) {
      inner.linked(pk, article, links);
    }

    @Override
    public void invalidate() {
      inner.invalidate();
    }
  }

  /** The default resolver, recording where its article work ran and failing where told to. */
  private static final class Watched extends AroundDefault {
    final Set<String> prepareThreads = ConcurrentHashMap.newKeySet();
    final AtomicInteger handedOver = new AtomicInteger();
    final AtomicInteger recomputed = new AtomicInteger();
    String failPrepareOf, failResolveOf;

    @Override
    public Object prepare(ArticleAnalysis article) {
      prepareThreads.add(Thread.currentThread().getName());
      if (article.id().equals(failPrepareOf)) throw new IllegalStateException("prepare refused " + article.id());
      return inner.prepare(article);
    }

    @Override
    public Map<String, Link> resolve(ArticleAnalysis article, EntityTable entities) throws SQLException {
      return resolve(article, null, entities);
    }

    @Override
    public Map<String, Link> resolve(ArticleAnalysis article, Object prepared, EntityTable entities)
        throws SQLException {
      (prepared == null ? recomputed : handedOver).incrementAndGet();
      if (article.id().equals(failResolveOf)) throw new IllegalStateException("resolve refused " + article.id());
      return inner.resolve(article, prepared, entities);
    }
  }

  @Test
  void theResolversArticleWorkRunsOnWorkersAndDecidesAsWithout() throws Exception {
    List<ArticleAnalysis> articles = Fixtures.generated(120, 5);
    Watched watched = new Watched();
    try (Archive archive = Archive.open(dir.resolve("watched"), watched);
        Archive plain = Archive.open(dir.resolve("plain"))) {
      archive.storeAll(articles.subList(0, 60));
      archive.storeAll(articles.subList(60, 120));
      plain.storeAll(articles.subList(0, 60));
      plain.storeAll(articles.subList(60, 120));
      assertEquals(plain.fingerprint(), archive.fingerprint());
    }
    assertEquals(Set.of("dossier-archive-worker"), watched.prepareThreads);
    assertEquals(120, watched.handedOver.get());
    assertEquals(0, watched.recomputed.get());
  }

  @Test
  void aFailedPrepareLeavesTheDecisionToResolve() throws Exception {
    List<ArticleAnalysis> articles = Fixtures.generated(30, 9);
    Watched watched = new Watched();
    watched.failPrepareOf = articles.get(7).id();
    try (Archive archive = Archive.open(dir.resolve("watched"), watched);
        Archive plain = Archive.open(dir.resolve("plain"))) {
      assertEquals(30, archive.storeAll(articles).stored().size());
      plain.storeAll(articles);
      assertEquals(plain.fingerprint(), archive.fingerprint());
    }
    assertEquals(1, watched.recomputed.get());
  }

  @Test
  void anArticleTheResolverRefusesFailsAloneWithItsPreparedWorkReused() throws Exception {
    List<ArticleAnalysis> articles = Fixtures.generated(30, 9);
    Watched watched = new Watched();
    watched.failResolveOf = articles.get(12).id();
    List<ArticleAnalysis> rest = without(articles, articles.get(12));
    try (Archive archive = Archive.open(dir.resolve("watched"), watched);
        Archive plain = Archive.open(dir.resolve("plain"))) {
      var result = archive.storeAll(articles);
      assertEquals(List.of(articles.get(12).id()), List.copyOf(result.failed().keySet()));
      assertTrue(result.failed().values().iterator().next().contains("resolve refused"));
      assertEquals(29, result.stored().size());
      plain.storeAll(rest);
      // Rolled back and written again article by article: the same as storing the others alone.
      assertEquals(plain.fingerprint(), archive.fingerprint());
    }
    // The batch was written twice (the second time with a savepoint per article), both with the workers' results.
    assertEquals(0, watched.recomputed.get());
    assertEquals(12 + 1 + 30, watched.handedOver.get());
  }

  @Test
  void overridesAddedBetweenStoresApplyToTheNextStore() throws Exception {
    List<ArticleAnalysis> articles = Fixtures.generated(40, 11);
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(articles.subList(0, 20)); // no overrides yet: none looked up
      ArticleAnalysis later = articles.get(25);
      archive.addOverride("merge", later.id(), "e2", "gen-0", "e1", "test");
      archive.storeAll(articles.subList(20, 40));
      String person0 = query(archive, "SELECT l.entity FROM entity_links l JOIN articles a ON a.pk = l.article "
          + "WHERE a.id = 'gen-0' AND l.local_id = 'e1'").get(0);
      assertEquals(List.of(person0 + " override"), query(archive, "SELECT l.entity || ' ' || l.method FROM entity_links l "
          + "JOIN articles a ON a.pk = l.article WHERE a.id = '" + later.id() + "' AND l.local_id = 'e2'"));
    }
  }

  @Test
  void linksAndAliasesHeldBackToTheBatchsEndDecideAsArticlesStoredOneByOne() throws Exception {
    // Held back and written at the batch's end (in entity order, aliases summed), the rows are those written
    // article by article. That the resolver reads them when it needs them: CrossDocResolverTest (its
    // batches weigh entities created earlier in the same batch; without EntityTable.settle most fail).
    List<ArticleAnalysis> articles = Fixtures.generated(200, 13);
    try (Archive batch = Archive.open(dir.resolve("batch")); Archive single = Archive.open(dir.resolve("single"))) {
      assertEquals(200, batch.storeAll(articles).stored().size());
      for (ArticleAnalysis a : articles) single.store(a);
      assertEquals(single.fingerprint(), batch.fingerprint());
      for (String sql : List.of("SELECT entity || ' ' || alias || ' ' || count FROM entity_aliases ORDER BY 1",
          "SELECT entity || ' ' || other || ' ' || articles FROM entity_comentions ORDER BY 1",
          "SELECT article || local_id || entity || method || score || date || described || attributed || speaks "
              + "|| sources || quoted || claimed || coalesce(event_day, '-') FROM entity_links ORDER BY 1")) {
        List<String> rows = query(single, sql);
        assertFalse(rows.isEmpty());
        assertEquals(rows, query(batch, sql), sql);
      }
    }
  }

  /** The default resolver, linking every entity of one article to an archive entity that does not exist. */
  private static final class Dangling extends AroundDefault {
    final String danglingIn;

    Dangling(String danglingIn) {
      this.danglingIn = danglingIn;
    }

    @Override
    public Map<String, Link> resolve(ArticleAnalysis article, EntityTable entities) throws SQLException {
      Map<String, Link> links = inner.resolve(article, entities);
      if (!article.id().equals(danglingIn)) return links;
      Map<String, Link> dangling = new HashMap<>();
      links.forEach((id, link) -> dangling.put(id, new Link(999_999, 1.0, "dangling")));
      return dangling;
    }
  }

  @Test
  void aLinkRowSqliteRefusesAtTheBatchsEndFailsItsArticleAlone() throws Exception {
    List<ArticleAnalysis> articles = Fixtures.generated(30, 17);
    ArticleAnalysis refused = articles.get(20);
    List<ArticleAnalysis> rest = without(articles, refused);
    try (Archive archive = Archive.open(dir.resolve("dangling"), new Dangling(refused.id()));
        Archive plain = Archive.open(dir.resolve("plain"))) {
      var result = archive.storeAll(articles);
      assertEquals(List.of(refused.id()), List.copyOf(result.failed().keySet()));
      assertTrue(result.failed().get(refused.id()).contains("FOREIGN KEY"), result.failed().toString());
      assertEquals(29, result.stored().size());
      plain.storeAll(rest);
      assertEquals(plain.fingerprint(), archive.fingerprint());
      String aliases = "SELECT entity || ' ' || alias || ' ' || count FROM entity_aliases ORDER BY 1";
      assertEquals(query(plain, aliases), query(archive, aliases));
      // Nothing of the refused rows stays queued for the next store.
      assertEquals(1, archive.storeAll(List.of(Fixtures.generated(31, 17).get(30))).stored().size());
    }
  }

  @Test
  void storesHeldInOneTransactionAreCommittedTogetherAsIfEachCommitted() throws Exception {
    List<ArticleAnalysis> articles = Fixtures.generated(90, 19);
    try (Archive held = Archive.open(dir.resolve("held")); Archive plain = Archive.open(dir.resolve("plain"))) {
      held.holdCommits(50);
      assertEquals(List.of(), held.storeAll(articles.subList(0, 30)).stored());
      // Waiting in the open transaction: queries do not see them yet, a store of the same text does.
      assertFalse(held.contains(articles.get(0).id(), null));
      assertEquals(List.of(articles.get(0).id()), held.storeAll(articles.subList(0, 1)).skipped());
      List<String> first = held.storeAll(articles.subList(30, 60)).stored();
      assertEquals(articles.subList(0, 60).stream().map(ArticleAnalysis::id).toList(), first);
      assertTrue(held.contains(articles.get(0).id(), null));
      assertEquals(List.of(), held.storeAll(articles.subList(60, 90)).stored());
      assertEquals(articles.subList(60, 90).stream().map(ArticleAnalysis::id).toList(), held.commitStores());
      assertEquals(List.of(), held.commitStores());
      for (int from = 0; from < 90; from += 30) plain.storeAll(articles.subList(from, from + 30));
      assertEquals(plain.fingerprint(), held.fingerprint());
      for (String sql : List.of("SELECT entity || ' ' || alias || ' ' || count FROM entity_aliases ORDER BY 1",
          "SELECT entity || ' ' || other || ' ' || articles FROM entity_comentions ORDER BY 1")) {
        assertEquals(query(plain, sql), query(held, sql), sql);
      }
    }
  }

  @Test
  void closeCommitsTheStoresThatWait() throws Exception {
    List<ArticleAnalysis> articles = Fixtures.generated(20, 23);
    try (Archive archive = Archive.open(dir)) {
      archive.holdCommits(1000);
      assertEquals(List.of(), archive.storeAll(articles).stored());
    }
    try (Archive reopened = Archive.openReadOnly(dir)) {
      assertEquals(20, reopened.stats().articles());
      assertEquals(20, reopened.fingerprint().lines().filter(l -> l.startsWith("doc ")).count());
      assertEquals(0, reopened.fingerprint().lines().filter(l -> l.endsWith("indexed=0")).count());
    }
  }

  @Test
  void anArticleRefusedInALaterHeldStoreFailsAloneAndTheEarlierStoresStay() throws Exception {
    List<ArticleAnalysis> articles = Fixtures.generated(45, 17);
    ArticleAnalysis refused = articles.get(35);
    List<ArticleAnalysis> rest = without(articles, refused);
    try (Archive archive = Archive.open(dir.resolve("dangling"), new Dangling(refused.id()));
        Archive plain = Archive.open(dir.resolve("plain"))) {
      archive.holdCommits(40);
      assertEquals(List.of(), archive.storeAll(articles.subList(0, 30)).stored());
      // Its link row is refused at the store's end: the transaction is rolled back with the held store, and both
      // stores are written again carefully; the 44 articles pass 40, so that the careful write commits them.
      var result = archive.storeAll(articles.subList(30, 45));
      assertEquals(List.of(refused.id()), List.copyOf(result.failed().keySet()));
      assertEquals(rest.stream().map(ArticleAnalysis::id).toList(), result.stored());
      assertEquals(List.of(), archive.commitStores());
      plain.storeAll(rest.subList(0, 30));
      plain.storeAll(rest.subList(30, 44));
      assertEquals(plain.fingerprint(), archive.fingerprint());
      String sql = "SELECT entity || ' ' || other || ' ' || articles FROM entity_comentions ORDER BY 1";
      assertEquals(query(plain, sql), query(archive, sql));
    }
  }

  @Test
  void anArticleTheResolverRefusesInALaterHeldStoreFailsAlone() throws Exception {
    List<ArticleAnalysis> articles = Fixtures.generated(45, 9);
    Watched watched = new Watched();
    watched.failResolveOf = articles.get(40).id();
    List<ArticleAnalysis> rest = without(articles, articles.get(40));
    try (Archive archive = Archive.open(dir.resolve("watched"), watched);
        Archive plain = Archive.open(dir.resolve("plain"))) {
      archive.holdCommits(1000);
      archive.storeAll(articles.subList(0, 30));
      assertEquals(List.of(articles.get(40).id()), List.copyOf(archive.storeAll(articles.subList(30, 45)).failed().keySet()));
      assertEquals(44, archive.commitStores().size());
      plain.storeAll(rest.subList(0, 30));
      plain.storeAll(rest.subList(30, 44));
      assertEquals(plain.fingerprint(), archive.fingerprint());
    }
  }

  /** The articles but {@code refused}: what a plain archive stores to compare with one that refused it. */
  private static List<ArticleAnalysis> without(List<ArticleAnalysis> articles, ArticleAnalysis refused) {
    List<ArticleAnalysis> rest = new ArrayList<>(articles);
    rest.remove(refused);
    return rest;
  }

  @Test
  void refusesADatabaseNewerThanTheBuild() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      archive.store(Fixtures.medvedev());
    }
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("facts.db"));
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO schema_version VALUES (999, 'future')");
    }
    IOException e = assertThrows(IOException.class, () -> Archive.open(dir));
    assertTrue(e.getMessage().contains("newer"), e.getMessage());
  }

  @Test
  void oneProcessAtATime() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      IOException e = assertThrows(IOException.class, () -> Archive.open(dir));
      assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }
  }

  public static List<String> query(Archive archive, String sql) throws IOException {
    return archive.read(c -> {
      List<String> rows = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
        while (r.next()) rows.add(r.getString(1));
      } catch (SQLException e) {
        throw new SQLException(sql + ": " + e.getMessage(), e);
      }
      return rows;
    });
  }
}
