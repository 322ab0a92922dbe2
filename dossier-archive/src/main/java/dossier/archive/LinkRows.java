package dossier.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code entity_links} rows and alias counts of a store's articles, held back and written together:
 * links in entity order, so that consecutive rows land in the same pages of the five to eight indexes
 * that start with the entity (one at a time, each row went to a random page of each), and aliases summed
 * per (entity, alias), one upsert instead of one per article naming it. Whoever reads those tables
 * inside the store writes the held rows first ({@link #flush}, through {@link EntityTable#settle}), so
 * every read sees what writing each article's rows at once would have given.
 */
final class LinkRows {
  private record Link(long article, String localId, long entity, String method, double score,
      Archive.LinkColumns columns) {}

  private static final Comparator<Link> ENTITY_ORDER = Comparator.comparingLong(Link::entity)
      .thenComparingLong(Link::article).thenComparing(Link::localId);

  private final PreparedStatement linkInsert, aliasUpsert;
  private final List<Link> links = new ArrayList<>();
  /** By entity, alias -> count. */
  private final Map<Long, Map<String, Integer>> aliases = new HashMap<>();

  LinkRows(Connection db) throws SQLException {
    linkInsert = db.prepareStatement("INSERT INTO entity_links (article, local_id, entity, method, score, date, "
        + "described, attributed, speaks, sources, quoted, claimed, event_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    aliasUpsert = db.prepareStatement("INSERT INTO entity_aliases (entity, alias, count) VALUES (?, ?, ?) "
        + "ON CONFLICT (entity, alias) DO UPDATE SET count = count + excluded.count");
  }

  /** Holds the link of article entity {@code localId} and one count of each of its aliases. */
  void add(long article, String localId, long entity, String method, double score, Archive.LinkColumns columns,
      Iterable<String> names) {
    links.add(new Link(article, localId, entity, method, score, columns));
    Map<String, Integer> counts = aliases.computeIfAbsent(entity, k -> new HashMap<>());
    for (String alias : names) counts.merge(alias, 1, Integer::sum);
  }

  /** Writes the held rows in the connection's transaction and forgets them. */
  void flush() throws SQLException {
    if (links.isEmpty()) return;
    links.sort(ENTITY_ORDER);
    for (Link l : links) {
      Archive.LinkColumns c = l.columns();
      FactWriter.set(linkInsert, l.article(), l.localId(), l.entity(), l.method(), l.score(), c.date(), c.described(),
          c.attributed(), c.speaks(), c.sources(), c.quoted(), c.claimed(), c.eventDay());
      linkInsert.addBatch();
    }
    for (var entity : new TreeMap<>(aliases).entrySet()) {
      for (var alias : new TreeMap<>(entity.getValue()).entrySet()) {
        FactWriter.set(aliasUpsert, entity.getKey(), alias.getKey(), alias.getValue());
        aliasUpsert.addBatch();
      }
    }
    clear(); // held rows go once: into SQLite, or away with the transaction SQLite refused them in
    try {
      linkInsert.executeBatch();
      aliasUpsert.executeBatch();
    } catch (SQLException | RuntimeException e) {
      // Nothing queued may reach a later flush.
      linkInsert.clearBatch();
      aliasUpsert.clearBatch();
      throw e;
    }
  }

  /** Forgets the held rows (their transaction was rolled back). */
  void clear() {
    links.clear();
    aliases.clear();
  }
}
