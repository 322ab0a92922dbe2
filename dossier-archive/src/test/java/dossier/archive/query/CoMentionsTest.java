package dossier.archive.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.archive.Archive;
import dossier.archive.ArchiveTest;
import dossier.archive.EntityEditor;
import dossier.archive.Fixtures;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Co-mention counts are kept at store time (entity_comentions, both directions of each pair); what profiles
 * and the graph export read from them is what counting the entity links gives, after stores and entity edits;
 * profiles also while an ingest holds counts in memory.
 */
class CoMentionsTest {
  @TempDir Path tmp;

  /** Per ordered pair, "entity other articles", counted from entity_links. */
  private static final String PAIRS_FROM_LINKS = "SELECT l.entity || ' ' || o.entity || ' ' || count(DISTINCT l.article) "
      + "FROM entity_links l JOIN entity_links o ON o.article = l.article AND o.entity <> l.entity "
      + "GROUP BY l.entity, o.entity ORDER BY l.entity, o.entity";

  @Test
  void profilesAndTheExportGiveWhatTheLinksCount() throws Exception {
    try (Archive archive = Archive.open(tmp.resolve("archive"))) {
      // Three batches, so that counts of pairs already stored are added to.
      List<dossier.model.ArticleAnalysis> articles = Fixtures.generated(90, 17);
      for (int i = 0; i < 90; i += 30) archive.storeAll(articles.subList(i, i + 30));
      assertMatchesLinks(archive);

      // A merge and a split move links between entities: their pairs and their partners' are recounted.
      List<String> byArticles = ArchiveTest.query(archive, "SELECT id FROM entities WHERE type = 'PERSON' "
          + "ORDER BY article_count DESC, id");
      EntityEditor.merge(archive, Long.parseLong(byArticles.get(0)), Long.parseLong(byArticles.get(1)), "test");
      assertMatchesLinks(archive);
      long kept = Long.parseLong(byArticles.get(0));
      String name = ArchiveTest.query(archive, "SELECT ae.name FROM entity_links l JOIN article_entities ae "
          + "ON ae.article = l.article AND ae.local_id = l.local_id WHERE l.entity = " + kept + " ORDER BY l.article DESC")
          .get(0);
      EntityEditor.split(archive, kept, name, null);
      assertMatchesLinks(archive);
    }
  }

  @Test
  void countsHeldOverStoresAreWrittenWhenDueBeforeAnEditAndOnClose() throws Exception {
    List<dossier.model.ArticleAnalysis> articles = Fixtures.generated(150, 19);
    Path dir = tmp.resolve("held");
    try (Archive archive = Archive.open(dir)) {
      archive.holdCoMentions(50);
      archive.storeAll(articles.subList(0, 30));
      assertEquals(List.of("0"), ArchiveTest.query(archive, "SELECT count(*) FROM entity_comentions"), "30 held");
      assertProfilesMatchLinks(archive); // the held articles' co-mentions counted from their links
      archive.storeAll(articles.subList(30, 60)); // 60 held: due
      assertMatchesLinks(archive);
      archive.storeAll(articles.subList(60, 90));
      assertFalse(ArchiveTest.query(archive, PAIRS_FROM_LINKS).equals(ArchiveTest.query(archive,
          "SELECT entity || ' ' || other || ' ' || articles FROM entity_comentions ORDER BY entity, other")), "30 held");
      assertProfilesMatchLinks(archive); // 60 written, 30 held
      // An edit recounts its entities from the links: the held counts are written first, not counted twice.
      List<String> byArticles = ArchiveTest.query(archive, "SELECT id FROM entities WHERE type = 'PERSON' "
          + "ORDER BY article_count DESC, id");
      EntityEditor.merge(archive, Long.parseLong(byArticles.get(0)), Long.parseLong(byArticles.get(1)), "test");
      assertMatchesLinks(archive);
      archive.storeAll(articles.subList(90, 120));
    }
    try (Archive archive = Archive.open(dir)) {
      assertMatchesLinks(archive); // close wrote the last 30
      archive.storeAll(articles.subList(120, 150)); // not holding: written with the store
      assertMatchesLinks(archive);
    }
  }

  /**
   * The resolver's join in a store (the unnamed woman of two reports identified as Raj Chohan) writes none
   * of the held counts: the joined entities' rows are recounted from the links up to the mark, their held
   * pairs from the links after it, and once all is written the counts are those of the links.
   */
  @Test
  void aJoinOfTheResolverRecountsTheHeldPairsOfItsEntitiesAndWritesNothingHeld() throws Exception {
    List<dossier.model.ArticleAnalysis> story = Fixtures.unnamedThenNamed();
    // 1000: all three reports held at the join; 2: the first two written before it, the third held.
    for (int held : List.of(1000, 2)) {
      Path dir = tmp.resolve("join-" + held);
      try (Archive archive = Archive.open(dir)) {
        archive.holdCoMentions(held);
        archive.storeAll(story.subList(0, 1));
        archive.storeAll(story.subList(1, 2));
        archive.storeAll(story.subList(2, 3));
        assertEquals(List.of("3"), ArchiveTest.query(archive, "SELECT count(*) FROM entity_links "
            + "WHERE method = 'cross-doc:identified' OR article = 3 AND local_id = 'e1'"), "joined");
        String mark = ArchiveTest.query(archive, "SELECT value FROM archive_marks WHERE name = 'comentions_through'").get(0);
        assertEquals(held == 2 ? "2" : "0", mark);
        assertEquals(ArchiveTest.query(archive, PAIRS_FROM_LINKS.replace("GROUP BY", "WHERE l.article <= " + mark + " GROUP BY")),
            ArchiveTest.query(archive, "SELECT entity || ' ' || other || ' ' || articles FROM entity_comentions ORDER BY entity, other"),
            "the links up to the mark, with the join's");
      }
      try (Archive archive = Archive.open(dir)) {
        assertMatchesLinks(archive); // close wrote the held counts, recounted by the join
        assertEquals(List.of("6 rows, 3 articles each"), ArchiveTest.query(archive, "SELECT count(*) || ' rows, ' "
            + "|| min(articles) || ' articles each' FROM entity_comentions WHERE articles = 3"),
            "the victim, Queens and Richmond Hill in all three reports, both directions");
      }
    }
  }

  private static void assertMatchesLinks(Archive archive) throws Exception {
    List<String> pairs = ArchiveTest.query(archive, PAIRS_FROM_LINKS);
    assertFalse(pairs.isEmpty());
    assertEquals(pairs, ArchiveTest.query(archive,
        "SELECT entity || ' ' || other || ' ' || articles FROM entity_comentions ORDER BY entity, other"));
    assertProfilesMatchLinks(archive);

    StringWriter graphml = new StringWriter();
    Export.GraphSize size = Export.graphml(archive, graphml);
    assertEquals(pairs.size() / 2, size.coMentionEdges()); // an edge per pair
    assertTrue(graphml.toString().contains("co-mention"));
  }

  private static void assertProfilesMatchLinks(Archive archive) throws Exception {
    Queries queries = new Queries(archive);
    int limit = 4; // below most entities' partner count: the order and the cut are checked too
    for (String id : ArchiveTest.query(archive, "SELECT id FROM entities ORDER BY id")) {
      List<String> expected = ArchiveTest.query(archive, "SELECT e.id || ' ' || e.name || ' ' || e.type || ' ' "
          + "|| count(DISTINCT l.article) FROM entity_links l JOIN entity_links o ON o.article = l.article "
          + "AND o.entity <> l.entity JOIN entities e ON e.id = o.entity WHERE l.entity = " + id
          + " GROUP BY e.id ORDER BY count(DISTINCT l.article) DESC, e.name LIMIT " + limit);
      List<String> profiled = queries.profile(Long.parseLong(id), limit).orElseThrow().coMentioned().stream()
          .map(c -> c.id() + " " + c.name() + " " + c.type() + " " + c.count()).toList();
      assertEquals(expected, profiled, "co-mentioned with #" + id);
    }
  }
}
