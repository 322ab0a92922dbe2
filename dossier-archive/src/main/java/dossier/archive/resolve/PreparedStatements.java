package dossier.archive.resolve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Statements of one connection, prepared once and reused: the resolver's memory reads each new
 * entity's rows with them, and SQLite compiling their SQL each time was once most of the ingest
 * writer's time.
 */
final class PreparedStatements implements AutoCloseable {
  private final Connection db;
  private final Map<String, PreparedStatement> bySql = new HashMap<>();

  PreparedStatements(Connection db) {
    this.db = db;
  }

  Connection connection() {
    return db;
  }

  /** The statement for {@code sql}, prepared on first use; callers close its result sets, not it. */
  PreparedStatement get(String sql) throws SQLException {
    PreparedStatement s = bySql.get(sql);
    if (s == null) {
      s = db.prepareStatement(sql);
      bySql.put(sql, s);
    }
    return s;
  }

  @Override
  public void close() {
    for (PreparedStatement s : bySql.values()) {
      try {
        s.close();
      } catch (SQLException ignored) {
        // the connection may be gone already; so is the statement
      }
    }
    bySql.clear();
  }
}
