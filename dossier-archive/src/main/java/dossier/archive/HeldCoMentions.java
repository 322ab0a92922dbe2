package dossier.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The co-mention counts of stored articles not yet added to {@code entity_comentions}: held in memory
 * over several stores when the archive is asked to ({@link Archive#holdCoMentions}), up to {@link #MAX_PAIRS},
 * because each write of the counts touches most pages of that table however few articles it adds (at
 * 100,000 articles, ~150 MB rewritten per write). {@code archive_marks.comentions_through} (V9) is the
 * last article pk the table counts, moved in the transaction that writes the counts; the articles after it are counted from their
 * {@code entity_links} when the held counts are not known (after a crash, or a rolled-back transaction
 * that had written them). Whatever changes links keeps the held counts those of the links of the articles
 * after the mark: an entity edit writes what is held first ({@link #write}), the resolver's joins count
 * the held pairs of the joined entities again ({@link #relinked}).
 */
public final class HeldCoMentions {
  /**
   * The most distinct pairs held before they are written, whatever {@link #limit} allows: at most 256 MB of
   * counts (16 bytes a slot, at most half the slots used) and 128 MB to sort them when written. The
   * 100,000-article bench holds ~2.3 M after 25,000 articles and 6.2 M after all of them.
   */
  static final int MAX_PAIRS = 8_000_000;

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
    return counts == null || articles >= limit || counts.pairs() >= MAX_PAIRS;
  }

  /** Adds what is held to {@code entity_comentions} and moves the mark to the newest article, in the connection's transaction. */
  void write() throws SQLException {
    begin();
    counts.flush(db);
    mark(db);
    articles = 0;
  }

  /**
   * The query of entity {@code ?1}'s co-mentions, (other entity, articles naming both), in the articles on one
   * side of the mark: {@code "<="} those {@code entity_comentions} counts, {@code ">"} those held in memory.
   */
  public static String coMentionsOf(String side) {
    return "SELECT o.entity AS other, count(DISTINCT l.article) AS articles FROM entity_links l JOIN entity_links o "
        + "ON o.article = l.article AND o.entity <> l.entity WHERE l.entity = ?1 AND l.article " + side
        + " (SELECT value FROM archive_marks WHERE name = 'comentions_through') GROUP BY o.entity";
  }

  /**
   * The links of {@code entities} changed in the current transaction (the resolver joined them, {@link
   * EntityEditor#join}, which recounts the rows of {@code entity_comentions} from the links up to the mark):
   * their pairs' held counts are counted again from the links of the articles after the mark. Real news
   * joins entities in nearly every batch (an unnamed "woman" identified as the named victim; 169 of the 455
   * Wikinews demo articles have such links): writing all that is held first made holding useless there.
   */
  void relinked(Collection<Long> entities) throws SQLException {
    long[] ids = entities.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    counts.forget(ids);
    try (PreparedStatement s = db.prepareStatement(coMentionsOf(">"))) {
      for (long entity : ids) {
        s.setLong(1, entity);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            long other = r.getLong(1);
            // A pair of two relinked entities is counted from its lower one.
            if (other > entity || Arrays.binarySearch(ids, other) < 0) counts.addPair(entity, other, r.getLong(2));
          }
        }
      }
    }
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
   * and moves the mark to the newest article, in the connection's transaction: the same counts as
   * {@link CoMentionCounts#addArticle} of each article's distinct archive entities. Counted here from the
   * links in article order, which is twice as fast as SQLite's self-join of the links grouped by pair.
   */
  static void countAfterMark(Connection db) throws SQLException {
    CoMentionCounts counts = new CoMentionCounts();
    try (PreparedStatement s = db.prepareStatement("SELECT article, entity FROM entity_links "
        + "WHERE article > (SELECT value FROM archive_marks WHERE name = 'comentions_through') ORDER BY article");
        ResultSet r = s.executeQuery()) {
      Set<Long> entities = new HashSet<>();
      long article = -1;
      while (r.next()) {
        if (r.getLong(1) != article) {
          counts.addArticle(entities);
          entities.clear();
          if (counts.pairs() >= MAX_PAIRS) counts.flush(db);
          article = r.getLong(1);
        }
        entities.add(r.getLong(2));
      }
      counts.addArticle(entities);
    }
    counts.flush(db);
    mark(db);
  }

  private static void mark(Connection db) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("UPDATE archive_marks SET value = "
        + "(SELECT coalesce(max(pk), 0) FROM articles) WHERE name = 'comentions_through'")) {
      s.executeUpdate();
    }
  }

  /** Whether articles after the mark are not counted in {@code entity_comentions}: an ingest holds their counts, or held them when it crashed. */
  public static boolean behind(Connection db) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT (SELECT coalesce(max(pk), 0) FROM articles) > "
        + "(SELECT value FROM archive_marks WHERE name = 'comentions_through')");
        ResultSet r = s.executeQuery()) {
      return r.next() && r.getBoolean(1);
    }
  }
}
