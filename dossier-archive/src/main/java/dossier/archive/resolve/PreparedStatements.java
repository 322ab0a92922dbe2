package dossier.archive.resolve;

import dossier.archive.EntityTable;
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
  /** The store's entity table, settled before each read (see {@link EntityTable#settle}), or null. */
  private final EntityTable settled;
  private final Map<String, PreparedStatement> bySql = new HashMap<>();

  PreparedStatements(Connection db) {
    this.db = db;
    settled = null;
  }

  /** Statements on a store's connection that see the rows the archive still holds back. */
  PreparedStatements(EntityTable entities) {
    db = entities.connection();
    settled = entities;
  }

  Connection connection() {
    return db;
  }

  /** The statement for {@code sql}, prepared on first use, to read with now; callers close its result sets, not it. */
  PreparedStatement get(String sql) throws SQLException {
    if (settled != null) settled.settle();
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
