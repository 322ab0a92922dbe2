package dossier.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoints' own connection keeps the write-ahead log bounded while the writer's commits never checkpoint. */
class CheckpointsTest {
  @TempDir Path dir;

  private static final int COMMITS = 40;
  private static final long LIMIT = 1L << 20;

  @Test
  void theLogStaysNearItsLimitAndLosesNothing() throws Exception {
    Path db = dir.resolve("with.db");
    long largest;
    try (Connection writer = connect(db); Checkpoints checkpoints = new Checkpoints(connect(db),
        Path.of(db + "-wal"), LIMIT)) {
      largest = writeMegabytes(writer, checkpoints, db);
      try (Statement s = writer.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM t")) {
        assertEquals(COMMITS * 64, r.getInt(1));
      }
    }
    // 40 MiB committed, the log never above a few commits' worth.
    assertTrue(largest < 8 * LIMIT, "largest log " + largest);
  }

  @Test
  void withoutThemTheLogHoldsEveryCommit() throws Exception {
    Path db = dir.resolve("without.db");
    try (Connection writer = connect(db)) {
      assertTrue(writeMegabytes(writer, null, db) > 30 * LIMIT);
    }
  }

  /** Commits a MiB at a time, with the calls a bulk store makes; returns the largest log seen. */
  private static long writeMegabytes(Connection writer, Checkpoints checkpoints, Path db) throws Exception {
    try (Statement s = writer.createStatement()) {
      s.execute("CREATE TABLE t (b BLOB)");
    }
    writer.commit();
    long largest = 0;
    for (int i = 0; i < COMMITS; i++) {
      if (checkpoints != null) checkpoints.bound();
      try (Statement s = writer.createStatement()) {
        s.execute("INSERT INTO t SELECT randomblob(16384) FROM (WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL "
            + "SELECT x + 1 FROM n WHERE x < 64) SELECT x FROM n)");
      }
      writer.commit();
      if (checkpoints != null) checkpoints.start();
      largest = Math.max(largest, Files.size(Path.of(db + "-wal")));
    }
    return largest;
  }

  private static Connection connect(Path db) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("PRAGMA wal_autocheckpoint = 0");
    }
    c.setAutoCommit(false);
    return c;
  }
}
