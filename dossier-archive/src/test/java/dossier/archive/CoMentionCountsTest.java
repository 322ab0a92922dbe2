package dossier.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Each pair is counted once in memory and written as both of its rows: what a write adds to
 * {@code entity_comentions} is, per ordered pair of distinct entities, the articles naming both.
 */
class CoMentionCountsTest {

  @Test
  void writesBothRowsOfEachPairAndAddsToTheRowsThere() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      Migrations.migrate(db, Migrations.latest());
      Random random = new Random(7);
      Map<String, Integer> expected = new TreeMap<>();
      CoMentionCounts counts = new CoMentionCounts();
      // Enough entities and articles for the table to grow several times and for many full statements
      // and a shorter last one; a few ids with high bits set, the rest small, as an archive's are.
      for (int write = 0; write < 2; write++) {
        for (int article = 0; article < 400; article++) {
          Set<Long> entities = new TreeSet<>();
          int named = random.nextInt(25);
          for (int i = 0; i < named; i++) {
            entities.add(random.nextInt(10) == 0 ? Integer.MAX_VALUE - random.nextInt(3) : 1L + random.nextInt(600));
          }
          counts.addArticle(new ArrayList<>(entities));
          for (long a : entities) {
            for (long b : entities) if (a != b) expected.merge(a + " " + b, 1, Integer::sum);
          }
        }
        counts.flush(db);
        assertEquals(0, counts.pairs(), "forgotten once written");
        assertEquals(expected, rows(db), "after write " + (write + 1));
      }
    }
  }

  @Test
  void anArticleWithOneEntityOrNoneCountsNothing() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      Migrations.migrate(db, Migrations.latest());
      CoMentionCounts counts = new CoMentionCounts();
      counts.addArticle(List.of());
      counts.addArticle(List.of(3L));
      assertEquals(0, counts.pairs());
      counts.addArticle(List.of(5L, 3L));
      counts.addArticle(List.of(3L, 5L, 4L));
      assertEquals(3, counts.pairs());
      counts.flush(db);
      assertEquals(Map.of("3 4", 1, "4 3", 1, "3 5", 2, "5 3", 2, "4 5", 1, "5 4", 1), rows(db));
    }
  }

  /** A relinked entity's pairs are forgotten and counted again by the caller; the others stay. */
  @Test
  void forgottenPairsAreNotWrittenAndPairsAddedAgainAre() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      Migrations.migrate(db, Migrations.latest());
      CoMentionCounts counts = new CoMentionCounts();
      counts.addArticle(List.of(3L, 4L, 5L));
      counts.addArticle(List.of(3L, 5L));
      counts.forget(new long[] {5});
      counts.addPair(5, 3, 4);
      counts.addArticle(List.of(4L, 5L, 6L));
      counts.flush(db);
      assertEquals(Map.of("3 4", 1, "4 3", 1, "3 5", 4, "5 3", 4, "4 5", 1, "5 4", 1, "4 6", 1, "6 4", 1, "5 6", 1,
          "6 5", 1), rows(db));
    }
  }

  private static Map<String, Integer> rows(Connection db) throws Exception {
    Map<String, Integer> rows = new TreeMap<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT entity, other, articles FROM entity_comentions ORDER BY entity, other")) {
      while (r.next()) rows.put(r.getLong(1) + " " + r.getLong(2), r.getInt(3));
    }
    return rows;
  }
}
