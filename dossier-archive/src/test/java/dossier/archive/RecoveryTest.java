package dossier.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dossier.model.ArticleAnalysis;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** An article is in both SQLite and Lucene or in neither, whatever step a crash interrupts. */
class RecoveryTest {
  @TempDir Path dir;
  @TempDir Path reference;

  @ParameterizedTest
  @EnumSource(value = Archive.Step.class, mode = EnumSource.Mode.EXCLUDE, names = "STORE_HELD")
  void aCrashAtAnyStepIsRecoveredOnOpen(Archive.Step step) throws Exception {
    List<ArticleAnalysis> articles = Fixtures.generated(60, 5);
    try (Archive clean = Archive.open(reference)) {
      clean.storeAll(articles);
    }
    Archive crashing = Archive.open(dir);
    crashing.holdCoMentions(1000); // the crash loses the co-mention counts of both stores, held in memory
    crashing.storeAll(articles.subList(0, 20));
    crashing.crashAt = step;
    assertThrows(java.io.IOException.class, () -> crashing.storeAll(articles.subList(20, 40)));
    try (Archive reopened = Archive.open(dir)) {
      // Every crash step comes after SQLite's commit: the batch is kept, and recovery indexed it.
      assertConsistent(reopened, 40);
      // Re-storing everything finishes the job: the same archive as an uninterrupted run.
      reopened.storeAll(articles);
      try (Archive clean = Archive.open(reference)) {
        assertEquals(clean.fingerprint(), reopened.fingerprint());
        String pairs = "SELECT entity || ' ' || other || ' ' || articles FROM entity_comentions ORDER BY entity, other";
        assertEquals(ArchiveTest.query(clean, pairs), ArchiveTest.query(reopened, pairs));
      }
      assertCoMentionsCountedFromLinks(reopened);
    }
  }

  /** The resolver's joins of a batch (an unnamed participant identified as a named one) are kept or lost with it. */
  @ParameterizedTest
  @EnumSource(value = Archive.Step.class, mode = EnumSource.Mode.EXCLUDE, names = "STORE_HELD")
  void aCrashAfterTheResolverJoinedTwoEntitiesIsRecoveredOnOpen(Archive.Step step) throws Exception {
    List<ArticleAnalysis> story = Fixtures.unnamedThenNamed();
    try (Archive clean = Archive.open(reference)) {
      clean.storeAll(story.subList(0, 2));
      clean.storeAll(story.subList(2, 3));
      assertEquals(1, documentsNaming(clean, "ny1", "cbs"), "the clean run joined the unnamed woman to Raj Chohan");
    }
    Archive crashing = Archive.open(dir);
    crashing.holdCoMentions(1000); // the join writes the held counts first, in its batch's transaction
    crashing.storeAll(story.subList(0, 2));
    crashing.crashAt = step;
    assertThrows(java.io.IOException.class, () -> crashing.storeAll(story.subList(2, 3)));
    try (Archive reopened = Archive.open(dir)) {
      assertEquals(1, documentsNaming(reopened, "ny1", "cbs"), "recovery indexed the earlier report with its new link");
      assertCoMentionsCountedFromLinks(reopened);
      assertEquals(0, reopened.fingerprint().lines().filter(l -> l.endsWith("indexed=0")).count());
      reopened.storeAll(story);
      try (Archive clean = Archive.open(reference)) {
        assertEquals(clean.fingerprint(), reopened.fingerprint());
      }
    }
  }

  /** Stores that wait in one open transaction ({@link Archive#holdCommits}) are kept or lost together, in both stores. */
  @ParameterizedTest
  @EnumSource(Archive.Step.class)
  void heldStoresAreKeptOrLostTogetherWhateverStepACrashInterrupts(Archive.Step step) throws Exception {
    List<ArticleAnalysis> articles = Fixtures.generated(60, 5);
    try (Archive clean = Archive.open(reference)) {
      clean.storeAll(articles);
    }
    Archive crashing = Archive.open(dir);
    crashing.holdCoMentions(1000);
    crashing.storeAll(articles.subList(0, 20)); // committed
    boolean lost = step == Archive.Step.STORE_HELD; // a crash before the commit; the others come after SQLite's
    crashing.holdCommits(lost ? 1000 : 40);
    assertEquals(List.of(), crashing.storeAll(articles.subList(20, 40)).stored());
    crashing.crashAt = step;
    assertThrows(java.io.IOException.class, () -> crashing.storeAll(articles.subList(40, 60)));
    try (Archive reopened = Archive.open(dir)) {
      assertConsistent(reopened, lost ? 20 : 60);
      reopened.storeAll(articles);
      try (Archive clean = Archive.open(reference)) {
        assertEquals(clean.fingerprint(), reopened.fingerprint());
      }
      assertCoMentionsCountedFromLinks(reopened);
    }
  }

  /**
   * Consistent at once after the crash: {@code articles} committed to SQLite, exactly Lucene's documents, all marked
   * indexed, with their co-mentions counted from their links.
   */
  private static void assertConsistent(Archive reopened, long articles) throws Exception {
    String fingerprint = reopened.fingerprint();
    assertEquals(articles, reopened.stats().articles());
    assertEquals(articles, fingerprint.lines().filter(l -> l.startsWith("doc ")).count());
    assertEquals(0, fingerprint.lines().filter(l -> l.endsWith("indexed=0")).count());
    assertCoMentionsCountedFromLinks(reopened);
  }

  /** The stored co-mention pairs are those the committed links give: none lost or counted twice by the crash. */
  private static void assertCoMentionsCountedFromLinks(Archive archive) throws Exception {
    List<String> counted = ArchiveTest.query(archive, "SELECT l.entity || ' ' || o.entity || ' ' || count(DISTINCT l.article) "
        + "FROM entity_links l JOIN entity_links o ON o.article = l.article AND o.entity <> l.entity "
        + "GROUP BY l.entity, o.entity ORDER BY l.entity, o.entity");
    assertEquals(false, counted.isEmpty());
    assertEquals(counted, ArchiveTest.query(archive,
        "SELECT entity || ' ' || other || ' ' || articles FROM entity_comentions ORDER BY entity, other"));
  }

  /**
   * 1 when the index lists article {@code a} under the archive entity that {@code b}'s first entity
   * links to (and that entity is the one {@code a}'s first entity links to), 0 otherwise.
   */
  private static long documentsNaming(Archive archive, String a, String b) throws Exception {
    long[] entities = archive.read(db -> {
      long[] out = new long[2];
      String[] ids = {a, b};
      for (int i = 0; i < 2; i++) {
        try (var s = db.prepareStatement("SELECT l.entity FROM entity_links l JOIN articles x ON x.pk = l.article "
            + "WHERE x.id = ? AND l.local_id = 'e1'")) {
          s.setString(1, ids[i]);
          try (var r = s.executeQuery()) {
            r.next();
            out[i] = r.getLong(1);
          }
        }
      }
      return out;
    });
    if (entities[0] != entities[1]) return 0;
    return archive.readIndex(searcher -> (long) searcher.count(new org.apache.lucene.search.BooleanQuery.Builder()
        .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Archive.Fields.ENTITY_ID,
            Long.toString(entities[0]))), org.apache.lucene.search.BooleanClause.Occur.FILTER)
        .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Archive.Fields.ID, a)),
            org.apache.lucene.search.BooleanClause.Occur.FILTER)
        .build()));
  }

  @Test
  void documentsWithoutARowAreRemoved() throws Exception {
    List<ArticleAnalysis> articles = Fixtures.generated(10, 9);
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(articles);
    }
    // A document whose row SQLite lost (a power cut may lose SQLite's last commits, synchronous=NORMAL).
    try (ArticleIndex index = new ArticleIndex(dir.resolve("index"))) {
      index.put(Fixtures.medvedev(), Map.of());
      index.commit();
    }
    try (Archive archive = Archive.open(dir)) {
      String fingerprint = archive.fingerprint();
      assertEquals(List.of(), fingerprint.lines().filter(l -> l.equals("doc tass-medvedev")).toList());
      assertEquals(10, fingerprint.lines().filter(l -> l.startsWith("doc gen-")).count());
      assertEquals(List.of(), archive.search("Medvedev deserting", 5));
    }
  }

  @Test
  void rowsWithoutADocumentAreReindexed() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(Fixtures.generated(10, 9));
    }
    try (ArticleIndex index = new ArticleIndex(dir.resolve("index"))) {
      index.delete(List.of("gen-3"));
      index.commit();
    }
    try (Archive archive = Archive.open(dir)) {
      assertEquals(10, archive.fingerprint().lines().filter(l -> l.startsWith("doc gen-")).count());
      assertEquals("gen-3", archive.search("\"day 3\"", 5).get(0).id());
    }
  }

  @Test
  void aLostIndexIsRebuiltFromTheDatabase() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(Fixtures.generated(30, 2));
    }
    try (var files = java.nio.file.Files.walk(dir.resolve("index"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    try (Archive archive = Archive.open(dir)) {
      assertEquals(30, archive.fingerprint().lines().filter(l -> l.startsWith("doc ")).count());
    }
  }
}
