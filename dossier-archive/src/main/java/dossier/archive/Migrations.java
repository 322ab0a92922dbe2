package dossier.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations: {@code dossier/archive/migrations/V1.sql, V2.sql, ...} applied in order,
 * each in its own transaction together with its row in {@code schema_version}.
 * A migration once released is never edited; changes come as a new file.
 */
final class Migrations {
  private static final String PREFIX = "/dossier/archive/migrations/V";

  private Migrations() {}

  /** The newest version this build knows: the highest Vn.sql on the classpath. */
  static int latest() {
    int n = 0;
    while (Migrations.class.getResource(PREFIX + (n + 1) + ".sql") != null) n++;
    return n;
  }

  /** The version of the schema in {@code db}: 0 for an empty database. */
  static int current(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
      try (ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }

  /** Brings {@code db} up to {@code target}; refuses a database newer than this build. */
  static void migrate(Connection db, int target) throws SQLException {
    int version = current(db);
    if (version > latest()) {
      throw new SQLException("archive schema version " + version + " is newer than this build knows (" + latest()
          + "); use a newer dossier");
    }
    boolean autoCommit = db.getAutoCommit();
    db.setAutoCommit(false);
    try {
      for (int v = version + 1; v <= target; v++) {
        try (Statement s = db.createStatement()) {
          for (String sql : statements(load(v))) s.execute(sql);
          try (PreparedStatement p = db.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
            p.setInt(1, v);
            p.setString(2, Instant.now().toString());
            p.executeUpdate();
          }
          db.commit();
        } catch (SQLException e) {
          db.rollback();
          throw new SQLException("migration V" + v + " failed: " + e.getMessage(), e);
        }
      }
    } finally {
      db.setAutoCommit(autoCommit);
    }
  }

  private static String load(int version) throws SQLException {
    try (InputStream in = Migrations.class.getResourceAsStream(PREFIX + version + ".sql")) {
      if (in == null) throw new SQLException("migration V" + version + " missing from the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SQLException("cannot read migration V" + version, e);
    }
  }

  /** The statements of a script: split at semicolons ending a line, comments dropped. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      int comment = line.indexOf("--");
      String code = (comment >= 0 ? line.substring(0, comment) : line).stripTrailing();
      if (code.isBlank()) continue;
      current.append(code).append('\n');
      if (code.endsWith(";")) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) out.add(current.toString().strip());
    return out;
  }
}
