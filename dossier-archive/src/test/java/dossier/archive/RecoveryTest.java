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
  @EnumSource(Archive.Step.class)
  void aCrashAtAnyStepIsRecoveredOnOpen(Archive.Step step) throws Exception {
    List<ArticleAnalysis> articles = Fixtures.generated(60, 5);
    try (Archive clean = Archive.open(reference)) {
      clean.storeAll(articles);
    }
    Archive crashing = Archive.open(dir);
    crashing.storeAll(articles.subList(0, 20));
    crashing.crashAt = step;
    assertThrows(java.io.IOException.class, () -> crashing.storeAll(articles.subList(20, 40)));
    try (Archive reopened = Archive.open(dir)) {
      // Consistent at once: SQLite's committed articles are exactly Lucene's documents, all marked indexed.
      String fingerprint = reopened.fingerprint();
      long articlesIn = reopened.stats().articles();
      // Every crash step comes after SQLite's commit: the batch is kept, and recovery indexed it.
      assertEquals(40, articlesIn);
      assertEquals(articlesIn, fingerprint.lines().filter(l -> l.startsWith("doc ")).count());
      assertEquals(0, fingerprint.lines().filter(l -> l.endsWith("indexed=0")).count());
      // Re-storing everything finishes the job: the same archive as an uninterrupted run.
      reopened.storeAll(articles);
      try (Archive clean = Archive.open(reference)) {
        assertEquals(clean.fingerprint(), reopened.fingerprint());
      }
    }
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
