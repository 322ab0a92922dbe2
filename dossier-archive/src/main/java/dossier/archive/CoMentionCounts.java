package dossier.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;

/**
 * Co-mention counts summed in memory and added to {@code entity_comentions} together: the top entities
 * are in most articles, so a few thousand articles repeat the same pairs thousands of times, and one
 * upsert per pair and article was the writer's costliest SQL. Nothing reads {@code entity_comentions}
 * inside a store, so writing it later changes no decision.
 *
 * <p>Each unordered pair is counted once (the table's two rows of a pair always hold the same count) in
 * one open-addressing array of primitive (key, count) slots: a {@code HashMap<Long, Integer>} was a fifth
 * of the writer's Java time (boxing, and tree bins, {@code Long.hashCode} of {@code a << 32 | b} being
 * {@code a ^ b}), and key and count side by side cost one cache miss per count instead of two.
 */
final class CoMentionCounts {
  /** Rows per upsert statement: one statement of 512 rows costs much less than 512 executions of a one-row statement. */
  static final int ROWS_PER_STATEMENT = 512;
  /** No key is 0: entity ids are SQLite row ids counted from 1. */
  private static final long EMPTY = 0;

  /** Slot i is {@code slots[2i]}, the pair key (lower id << 32 | higher id), and {@code slots[2i + 1]}, its count. */
  private long[] slots = new long[2 << 12];
  private int size;

  /** One more article naming all of {@code entities} (distinct archive entities): each pair of them counts once. */
  void addArticle(Collection<Long> entities) {
    long[] ids = new long[entities.size()];
    int n = 0;
    for (long id : entities) ids[n++] = id;
    if (n < 2) return;
    Arrays.sort(ids);
    Math.toIntExact(ids[n - 1]); // two ids below 2^31 fit in one key
    for (int i = 0; i < n; i++) {
      long lower = ids[i] << 32;
      for (int j = i + 1; j < n; j++) add(lower | ids[j], 1);
    }
  }

  /** {@code articles} more articles naming both {@code entity} and {@code other} (distinct archive entities). */
  void addPair(long entity, long other, long articles) {
    long lower = Math.min(entity, other), higher = Math.max(entity, other);
    add((long) Math.toIntExact(lower) << 32 | Math.toIntExact(higher), articles);
  }

  /**
   * Forgets the counts of every pair with one of {@code entities}, whose links changed: left as count 0 in
   * their slots (linear probing has no simple removal) and not written. One pass over the slots, a bit
   * per entity id (a batch of real news joins a few hundred entities).
   */
  void forget(long[] entities) {
    BitSet relinked = new BitSet();
    for (long entity : entities) relinked.set(Math.toIntExact(entity));
    for (int i = 0; i < slots.length; i += 2) {
      long key = slots[i];
      if (key != EMPTY && (relinked.get((int) (key >>> 32)) || relinked.get((int) (key & 0xffffffffL)))) slots[i + 1] = 0;
    }
  }

  /** The distinct pairs counted, forgotten ones included (each stands for two rows of {@code entity_comentions}). */
  int pairs() {
    return size;
  }

  /**
   * Adds the counts to {@code entity_comentions} in the connection's transaction, both rows of each pair,
   * in key order (the upserts walk the table's pages once, in order), and forgets them, also when SQLite
   * refuses them (their transaction is then rolled back).
   */
  void flush(Connection db) throws SQLException {
    if (size == 0) return;
    try {
      // The rows (entity, other, count) as (key, count) records in the slots array itself, which has room
      // for both rows of every pair (at most half its slots are used): first (lower, higher), then (higher, lower).
      int n = 0;
      for (int i = 0; i < slots.length; i += 2) {
        if (slots[i] == EMPTY || slots[i + 1] == 0) continue; // empty, or forgotten
        slots[n++] = slots[i];
        slots[n++] = slots[i + 1];
      }
      for (int i = 0; i < n; i += 2) {
        slots[n + i] = slots[i] << 32 | slots[i] >>> 32;
        slots[n + i + 1] = slots[i + 1];
      }
      long[] spare = new long[n];
      sortByKey(slots, 0, n, spare);
      sortByKey(slots, n, n, spare);
      writeInKeyOrder(db, n);
    } finally {
      Arrays.fill(slots, EMPTY); // the next counts are about as many: the array is kept, not grown again
      size = 0;
    }
  }

  /**
   * Upserts the records of the two runs sorted by key, {@code [0, run)} and {@code [run, 2 * run)} of the
   * slots array, merged in key order: {@code run / 2} pairs, as many rows in each run.
   */
  private void writeInKeyOrder(Connection db, int run) throws SQLException {
    int rows = run, a = 0, b = run; // the next record of each run
    try (PreparedStatement full = db.prepareStatement(upsert(ROWS_PER_STATEMENT))) {
      for (int done = 0; done < rows; done += ROWS_PER_STATEMENT) {
        int count = Math.min(ROWS_PER_STATEMENT, rows - done);
        try (PreparedStatement last = count < ROWS_PER_STATEMENT ? db.prepareStatement(upsert(count)) : null) {
          PreparedStatement upsert = last != null ? last : full;
          for (int param = 1; param <= 3 * count; ) {
            int r;
            if (b == 2 * run || a < run && slots[a] < slots[b]) { // no key is in both runs
              r = a;
              a += 2;
            } else {
              r = b;
              b += 2;
            }
            upsert.setLong(param++, slots[r] >>> 32);
            upsert.setLong(param++, slots[r] & 0xffffffffL);
            upsert.setLong(param++, slots[r + 1]);
          }
          upsert.executeUpdate();
        }
      }
    }
  }

  private static String upsert(int rows) {
    return "INSERT INTO entity_comentions (entity, other, articles) VALUES "
        + String.join(", ", Collections.nCopies(rows, "(?, ?, ?)"))
        + " ON CONFLICT (entity, other) DO UPDATE SET articles = articles + excluded.articles";
  }

  /**
   * Sorts the {@code length / 2} (key, count) records at {@code from} by key: a least-significant-digit
   * radix sort, 8 bits a pass, skipping the digits in which no two keys differ (entity ids are small,
   * so most are). Sorting the keys alone and looking each count up again cost more than the sort.
   */
  private static void sortByKey(long[] records, int from, int length, long[] spare) {
    long differ = 0;
    for (int i = from; i < from + length; i += 2) differ |= records[i] ^ records[from];
    long[] src = records, dst = spare;
    int srcFrom = from, dstFrom = 0;
    for (int shift = 0; shift < 64; shift += 8) {
      if ((differ >>> shift & 0xff) == 0) continue;
      int[] start = new int[257];
      for (int i = srcFrom; i < srcFrom + length; i += 2) start[(int) (src[i] >>> shift & 0xff) + 1] += 2;
      for (int d = 0; d < 256; d++) start[d + 1] += start[d];
      for (int i = srcFrom; i < srcFrom + length; i += 2) {
        int to = dstFrom + start[(int) (src[i] >>> shift & 0xff)];
        start[(int) (src[i] >>> shift & 0xff)] += 2;
        dst[to] = src[i];
        dst[to + 1] = src[i + 1];
      }
      long[] a = src;
      src = dst;
      dst = a;
      int f = srcFrom;
      srcFrom = dstFrom;
      dstFrom = f;
    }
    if (src != records) System.arraycopy(src, 0, records, from, length);
  }

  private void add(long pair, long articles) {
    int i = slot(pair);
    if (slots[i] == EMPTY) {
      slots[i] = pair;
      if (++size * 4 > slots.length) { // more than half the slots taken
        grow();
        i = slot(pair);
      }
    }
    slots[i + 1] += articles;
  }

  /** The index of the slot holding {@code pair}, or of the empty one where it belongs (linear probing). */
  private int slot(long pair) {
    int mask = slots.length / 2 - 1;
    int i = (int) (mix(pair) & mask);
    while (slots[2 * i] != EMPTY && slots[2 * i] != pair) i = (i + 1) & mask;
    return 2 * i;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    for (int j = 0; j < old.length; j += 2) {
      if (old[j] == EMPTY) continue;
      int i = slot(old[j]);
      slots[i] = old[j];
      slots[i + 1] = old[j + 1];
    }
  }

  /** A 64-bit finalizer (MurmurHash3's): every bit of both ids reaches the slot bits. */
  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    return k ^ (k >>> 33);
  }
}
