package dossier.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

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
  /**
   * Where the pairs are counted and sorted, one task after another in the order given, or null for the
   * caller's thread. The table below is touched only there (before the flush's wait).
   */
  private final ExecutorService helper;
  private long[] keys = newKeys(1 << 14);
  private int[] counts = new int[keys.length];
  private int size;
  private volatile RuntimeException failure;
  /** The batch's pairs in key order with their counts, once {@link #finish} was called. */
  private Future<Sorted> sorted;

  private record Sorted(long[] pairs, int[] counts) {}

  /** Counts on the caller's thread. */
  CoMentionCounts() {
    this(null);
  }

  /**
   * Counts and sorts on {@code helper} (a single thread), beside the SQLite writer: the ~380 pair
   * additions per article into a table of up to a million slots, and the sort of a batch's ~315k
   * pairs, were ~0.15 ms per article on the ingest's writer thread.
   */
  CoMentionCounts(ExecutorService helper) {
    this.helper = helper;
  }

  /** One more article naming all of {@code entities} (distinct archive entities): each ordered pair counts once. */
  void addArticle(Collection<Long> entities) {
    long[] ids = entities.stream().mapToLong(Long::longValue).toArray();
    for (long id : ids) Math.toIntExact(id); // fails here, in the article's store, not later on the helper
    run(() -> {
      for (long entity : ids) {
        for (long other : ids) {
          if (other != entity) add(pair(entity, other), 1);
        }
      }
    });
  }

  private void run(Runnable task) {
    if (helper == null) {
      task.run();
      return;
    }
    helper.execute(() -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        failure = e;
      }
    });
  }

  /** No more articles: starts sorting the pairs (on the helper, while the writer writes other rows). */
  void finish() {
    if (sorted != null) return;
    sorted = helper == null ? CompletableFuture.completedFuture(sort()) : helper.submit(this::sort);
  }

  private Sorted sort() {
    long[] pairs = new long[size];
    int n = 0;
    for (long k : keys) if (k != EMPTY) pairs[n++] = k;
    // In key order, so that the upserts walk the table's primary key in order.
    Arrays.sort(pairs);
    int[] sortedCounts = new int[n];
    for (int i = 0; i < n; i++) sortedCounts[i] = counts[slot(pairs[i])];
    return new Sorted(pairs, sortedCounts);
  }

  /** Adds the counts to {@code entity_comentions} in the connection's transaction and forgets them. */
  void flush(Connection db) throws SQLException {
    finish();
    Sorted s;
    try {
      s = sorted.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while counting co-mentions", e);
    } catch (ExecutionException e) {
      throw new SQLException("cannot count co-mentions: " + e.getCause(), e.getCause());
    }
    if (failure != null) throw new SQLException("cannot count co-mentions: " + failure, failure);
    // Every task of this table has run (the sort came last): it may be reset here.
    keys = newKeys(1 << 14);
    counts = new int[keys.length];
    size = 0;
    sorted = null;
    if (s.pairs().length == 0) return;
    try (PreparedStatement upsert = db.prepareStatement("INSERT INTO entity_comentions (entity, other, articles) "
        + "VALUES (?, ?, ?) ON CONFLICT (entity, other) DO UPDATE SET articles = articles + excluded.articles")) {
      long[] pairs = s.pairs();
      for (int i = 0; i < pairs.length; i++) {
        upsert.setLong(1, pairs[i] >>> 32);
        upsert.setLong(2, pairs[i] & 0xffffffffL);
        upsert.setInt(3, s.counts()[i]);
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
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
