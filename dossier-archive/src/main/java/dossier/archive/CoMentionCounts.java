package dossier.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The co-mention counts a store transaction adds, summed in memory and written once before its
 * commit: the top entities are in most articles, so a batch of 500 articles repeats the same pairs
 * hundreds of times, and one upsert per pair and article was the writer's costliest SQL. Nothing
 * reads {@code entity_comentions} inside a store, so writing it at the end changes no decision.
 */
final class CoMentionCounts {
  private final Map<Long, Integer> byPair = new HashMap<>();

  /** One more article naming all of {@code entities} (distinct archive entities): each ordered pair counts once. */
  void addArticle(Collection<Long> entities) {
    for (long entity : entities) {
      for (long other : entities) {
        if (other != entity) byPair.merge(pair(entity, other), 1, Integer::sum);
      }
    }
  }

  /** Adds the counts to {@code entity_comentions} in the connection's transaction and forgets them. */
  void flush(Connection db) throws SQLException {
    if (byPair.isEmpty()) return;
    try (PreparedStatement upsert = db.prepareStatement("INSERT INTO entity_comentions (entity, other, articles) "
        + "VALUES (?, ?, ?) ON CONFLICT (entity, other) DO UPDATE SET articles = articles + excluded.articles")) {
      // In key order, so that the upserts walk the table's primary key in order.
      for (long pair : byPair.keySet().stream().mapToLong(Long::longValue).sorted().toArray()) {
        upsert.setLong(1, pair >>> 32);
        upsert.setLong(2, pair & 0xffffffffL);
        upsert.setInt(3, byPair.get(pair));
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
    byPair.clear();
  }

  private static long pair(long entity, long other) {
    // Entity ids are SQLite row ids counted from 1: two fit in one long key.
    return (long) Math.toIntExact(entity) << 32 | Math.toIntExact(other);
  }
}
