package dossier.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;

/**
 * The co-mention counts a store transaction adds, summed in memory and written once before its
 * commit: the top entities are in most articles, so a batch of 500 articles repeats the same pairs
 * hundreds of times, and one upsert per pair and article was the writer's costliest SQL. Nothing
 * reads {@code entity_comentions} inside a store, so writing it at the end changes no decision.
 *
 * <p>Pairs are summed in an open-addressing table of primitive keys: a {@code HashMap<Long, Integer>}
 * was a fifth of the writer's Java time, most of it in tree bins, because {@code Long.hashCode} of
 * {@code entity << 32 | other} is {@code entity ^ other} and a batch's pairs collide by thousands.
 */
final class CoMentionCounts {
  private static final long EMPTY = -1; // pair keys are never negative (ids below 2^31)
  private long[] keys = newKeys(1 << 14);
  private int[] counts = new int[keys.length];
  private int size;

  /** One more article naming all of {@code entities} (distinct archive entities): each ordered pair counts once. */
  void addArticle(Collection<Long> entities) {
    long[] ids = entities.stream().mapToLong(Long::longValue).toArray();
    for (long entity : ids) {
      for (long other : ids) {
        if (other != entity) add(pair(entity, other), 1);
      }
    }
  }

  /** Adds the counts to {@code entity_comentions} in the connection's transaction and forgets them. */
  void flush(Connection db) throws SQLException {
    if (size == 0) return;
    long[] pairs = new long[size];
    int n = 0;
    for (long k : keys) if (k != EMPTY) pairs[n++] = k;
    // In key order, so that the upserts walk the table's primary key in order.
    Arrays.sort(pairs);
    try (PreparedStatement upsert = db.prepareStatement("INSERT INTO entity_comentions (entity, other, articles) "
        + "VALUES (?, ?, ?) ON CONFLICT (entity, other) DO UPDATE SET articles = articles + excluded.articles")) {
      for (long pair : pairs) {
        upsert.setLong(1, pair >>> 32);
        upsert.setLong(2, pair & 0xffffffffL);
        upsert.setInt(3, counts[slot(pair)]);
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
    keys = newKeys(1 << 14);
    counts = new int[keys.length];
    size = 0;
  }

  private void add(long pair, int count) {
    int i = slot(pair);
    if (keys[i] == EMPTY) {
      keys[i] = pair;
      if (++size * 2 > keys.length) grow();
      i = slot(pair);
    }
    counts[i] += count;
  }

  /** The slot holding {@code pair}, or the empty one where it belongs (linear probing, table at most half full). */
  private int slot(long pair) {
    int mask = keys.length - 1;
    int i = (int) (mix(pair) & mask);
    while (keys[i] != EMPTY && keys[i] != pair) i = (i + 1) & mask;
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = newKeys(oldKeys.length * 2);
    counts = new int[keys.length];
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] == EMPTY) continue;
      int i = slot(oldKeys[j]);
      keys[i] = oldKeys[j];
      counts[i] = oldCounts[j];
    }
  }

  private static long[] newKeys(int length) {
    long[] k = new long[length];
    Arrays.fill(k, EMPTY);
    return k;
  }

  /** A 64-bit finalizer (MurmurHash3's): every bit of both ids reaches the slot bits. */
  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    return k ^ (k >>> 33);
  }

  private static long pair(long entity, long other) {
    // Entity ids are SQLite row ids counted from 1: two fit in one long key.
    return (long) Math.toIntExact(entity) << 32 | Math.toIntExact(other);
  }
}
