package dossier.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * The co-mention counts of stored articles not yet added to {@code entity_comentions}: held in memory
 * over several stores when the archive is asked to ({@link Archive#holdCoMentions}), because each write
 * of the counts touches most pages of that table (at 100,000 articles, ~150 MB rewritten per store of
 * 1,000 articles). {@code archive_marks.comentions_through} (V9) is the last article pk the table counts,
 * moved in the transaction that writes the counts; the articles after it are counted from their
 * {@code entity_links} when the held counts are not known (after a crash, or a rolled-back transaction
 * that had written them). Whatever changes links first writes what is held ({@link #write}), so the
 * links of the articles after the mark are still those the held counts were made from.
 */
final class HeldCoMentions {
  private final Connection db;
  /** Null when unknown: the articles after the mark are counted from their links before the next use. */
  private CoMentionCounts counts = new CoMentionCounts();
  private long articles;
  private int limit;

  HeldCoMentions(Connection db) {
    this.db = db;
  }

  /** Hold the counts of up to {@code articles} stored articles before writing them; 0 writes them with each store. */
  void limit(int articles) {
    limit = Math.max(0, articles);
  }

  /** Starts a transaction that stores articles or changes links: when what is held is unknown, counts it from the links first. */
  void begin() throws SQLException {
    if (counts != null) return;
    countAfterMark(db);
    counts = new CoMentionCounts();
    articles = 0;
  }

  /** One more article stored in the current transaction (after {@link #begin}), naming all of {@code entities} (distinct archive entities). */
  void addArticle(Collection<Long> entities) {
    counts.addArticle(entities);
    articles++;
  }

  /** Whether the store ending now writes the held counts. */
  boolean due() {
    return counts == null || articles >= limit;
  }

  /** Adds what is held to {@code entity_comentions} and moves the mark to the newest article, in the connection's transaction. */
  void write() throws SQLException {
    begin();
    counts.flush(db);
    mark(db);
    articles = 0;
  }

  /** The transaction that held or wrote counts was rolled back: what is held is no longer known. */
  void lost() {
    counts = null;
    articles = 0;
  }

  /** Whether articles after the mark wait to be counted: held counts, or unknown ones. */
  boolean pending() {
    return counts == null || articles > 0;
  }

  /**
   * Adds the co-mentions of the articles after the mark, counted from their links, to {@code entity_comentions}
   * and moves the mark to the newest article, in the connection's transaction. The same counts as
   * {@link CoMentionCounts#addArticle}: per ordered pair of distinct archive entities, the articles naming both.
   */
  static void countAfterMark(Connection db) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("INSERT INTO entity_comentions (entity, other, articles) "
        + "SELECT l.entity, o.entity, count(DISTINCT l.article) FROM entity_links l JOIN entity_links o "
        + "ON o.article = l.article AND o.entity <> l.entity "
        + "WHERE l.article > (SELECT value FROM archive_marks WHERE name = 'comentions_through') "
        + "GROUP BY l.entity, o.entity ORDER BY l.entity, o.entity "
        + "ON CONFLICT (entity, other) DO UPDATE SET articles = articles + excluded.articles")) {
      s.executeUpdate();
    }
    mark(db);
  }

  private static void mark(Connection db) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("UPDATE archive_marks SET value = "
        + "(SELECT coalesce(max(pk), 0) FROM articles) WHERE name = 'comentions_through'")) {
      s.executeUpdate();
    }
  }

  /** Whether articles after the mark are not counted in {@code entity_comentions} (a crash held their counts). */
  static boolean behind(Connection db) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT (SELECT coalesce(max(pk), 0) FROM articles) > "
        + "(SELECT value FROM archive_marks WHERE name = 'comentions_through')");
        ResultSet r = s.executeQuery()) {
      return r.next() && r.getBoolean(1);
    }
  }
}
