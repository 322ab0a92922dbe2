package dossier.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
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
      for (int j = i + 1; j < n; j++) add(lower | ids[j]);
    }
  }

  /** The distinct pairs counted (each stands for two rows of {@code entity_comentions}). */
  int pairs() {
    return size;
  }

  /**
   * Adds the counts to {@code entity_comentions} in the connection's transaction, both rows of each pair,
   * in key order (the upserts walk the table's pages once, in order), and forgets them.
   */
  void flush(Connection db) throws SQLException {
    if (size == 0) return;
    long[] rows = new long[2 * size];
    int n = 0;
    for (int i = 0; i < slots.length; i += 2) {
      long key = slots[i];
      if (key == EMPTY) continue;
      rows[n++] = key;
      rows[n++] = key << 32 | key >>> 32;
    }
    Arrays.sort(rows);
    try (PreparedStatement full = db.prepareStatement(upsert(ROWS_PER_STATEMENT))) {
      int from = 0;
      for (; from + ROWS_PER_STATEMENT <= n; from += ROWS_PER_STATEMENT) write(full, rows, from, ROWS_PER_STATEMENT);
      if (from < n) {
        try (PreparedStatement rest = db.prepareStatement(upsert(n - from))) {
          write(rest, rows, from, n - from);
        }
      }
    }
    Arrays.fill(slots, EMPTY); // the next counts are about as many: the array is kept, not grown again
    size = 0;
  }

  private static String upsert(int rows) {
    return "INSERT INTO entity_comentions (entity, other, articles) VALUES "
        + String.join(", ", Collections.nCopies(rows, "(?, ?, ?)"))
        + " ON CONFLICT (entity, other) DO UPDATE SET articles = articles + excluded.articles";
  }

  private void write(PreparedStatement upsert, long[] rows, int from, int count) throws SQLException {
    for (int r = 0, p = 1; r < count; r++) {
      long row = rows[from + r];
      long entity = row >>> 32, other = row & 0xffffffffL;
      upsert.setLong(p++, entity);
      upsert.setLong(p++, other);
      upsert.setLong(p++, slots[slot(entity < other ? row : other << 32 | entity) + 1]);
    }
    upsert.executeUpdate();
  }

  private void add(long pair) {
    int i = slot(pair);
    if (slots[i] == EMPTY) {
      slots[i] = pair;
      if (++size * 4 > slots.length) { // more than half the slots taken
        grow();
        i = slot(pair);
      }
    }
    slots[i + 1]++;
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
