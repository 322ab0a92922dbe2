package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.archive.Archive;
import dossier.archive.Fixtures;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * THE kill test: an ingest process killed with SIGKILL at random moments, then run to completion,
 * leaves the same archive as an uninterrupted ingest: nothing lost, nothing duplicated. Three hand-offs of 20
 * articles wait in each transaction ({@code --commit-every 60}): kills land between commits as well as in them.
 */
class IngestKillTest {
  @TempDir Path tmp;

  @Test
  void anIngestKilledAtRandomMomentsAndRerunEqualsAnUninterruptedOne() throws Exception {
    Path input = IngestCommandTest.analysesJsonl(tmp.resolve("articles.jsonl"), Fixtures.generated(300, 42));
    Path reference = tmp.resolve("reference");
    Process clean = start(reference, input);
    assertTrue(clean.waitFor(120, TimeUnit.SECONDS), "uninterrupted run timed out");
    assertEquals(0, clean.exitValue(), new String(clean.getInputStream().readAllBytes()));

    Path archive = tmp.resolve("killed");
    Random random = new Random(20240131);
    List<String> log = new ArrayList<>();
    int midway = 0;
    for (int kill = 0; kill < 7; kill++) {
      Process process = start(archive, input);
      long before = storedSoFar(archive);
      String when;
      if (kill == 0) {
        // During start-up, opening or the first batch.
        long delay = random.nextInt(800);
        process.waitFor(delay, TimeUnit.MILLISECONDS);
        when = "at " + delay + " ms";
      } else {
        // Timing alone is at the mercy of the machine's load: wait until the run has committed a
        // random number of new articles (a share of what is left, so later runs still have some to
        // store), then kill it a random moment later, inside a later batch. The moment is short: a
        // quiet machine stores dozens of articles in 100 ms, and the last runs then had nothing left.
        long target = before + 1 + random.nextInt((int) Math.max(1, (300 - before) / (8 - kill)));
        long extra = random.nextInt(40);
        while (process.isAlive() && storedSoFar(archive) < target) Thread.sleep(10);
        process.waitFor(extra, TimeUnit.MILLISECONDS);
        when = "after " + target + " stored + " + extra + " ms";
      }
      boolean alive = process.isAlive();
      process.destroyForcibly();
      process.waitFor();
      long stored = storedSoFar(archive);
      if (alive && stored < 300) midway++;
      log.add("run " + kill + ": " + (alive ? "killed " : "finished before kill ") + when + ", " + stored + " stored");
    }
    Process last = start(archive, input);
    assertTrue(last.waitFor(60, TimeUnit.SECONDS), "final run timed out");
    assertEquals(0, last.exitValue(), new String(last.getInputStream().readAllBytes()));
    assertTrue(midway >= 4, "too few runs were killed mid-ingest to test anything: " + log);

    try (Archive expected = Archive.open(reference); Archive actual = Archive.open(archive)) {
      assertEquals(300, expected.stats().articles());
      assertEquals(expected.fingerprint(), actual.fingerprint(), String.join("\n", log));
      // Co-mention counts are held over batches (Archive.holdCoMentions): the kills lost held counts,
      // which opening the archive counted again from the links, neither lost nor counted twice.
      String coMentions = "SELECT e.type || ':' || e.key || ' ' || o.type || ':' || o.key || ' ' || c.articles "
          + "FROM entity_comentions c JOIN entities e ON e.id = c.entity JOIN entities o ON o.id = c.other ORDER BY 1";
      List<String> rows = dossier.archive.ArchiveTest.query(expected, coMentions);
      assertTrue(rows.size() > 100, rows.toString());
      assertEquals(rows, dossier.archive.ArchiveTest.query(actual, coMentions), String.join("\n", log));
    }
  }

  /** Articles committed so far, read without the archive (which would recover it here, not in the next run). */
  private static long storedSoFar(Path archive) throws Exception {
    Path db = archive.resolve("facts.db");
    if (!java.nio.file.Files.exists(db)) return 0;
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        var r = c.createStatement().executeQuery("SELECT count(*) FROM articles")) {
      return r.next() ? r.getLong(1) : 0;
    } catch (java.sql.SQLException e) {
      return 0; // killed before the schema was made
    }
  }

  private static Process start(Path archive, Path input) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        DossierCommand.class.getName(), "ingest", "--archive", archive.toString(), "--batch", "20", "--commit-every", "60", input.toString())
        .redirectErrorStream(true)
        .start();
  }
}
