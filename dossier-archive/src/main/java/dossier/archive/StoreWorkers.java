package dossier.archive;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads that work beside the SQLite writer: they prepare articles and add their index documents. Preparing
 * goes first: the writer waits for the next prepared article at once, for the index documents only at the commit.
 * In submission order otherwise, so that a task may wait for the tasks of its kind submitted before it.
 */
final class StoreWorkers {
  private final AtomicLong submitted = new AtomicLong();
  private final ThreadPoolExecutor pool;

  /**
   * One thread fewer than cores (at least one): the writer is the ingest's one serial thread, and it waited for
   * a core behind the workers (2 cores, 100k: its run-queue wait 0.16 -> 0.12 ms per article with one worker;
   * docs/PERFORMANCE.md, "Ingest round 15").
   */
  StoreWorkers() {
    this(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
  }

  StoreWorkers(int threads) {
    pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "dossier-archive-worker");
      t.setDaemon(true);
      return t;
    });
  }

  /** Runs {@code task} before any index work waiting. */
  <T> Future<T> prepare(Callable<T> task) {
    return submit(task, true);
  }

  /** Runs {@code task} after the preparing waiting, and after the index work submitted before it. */
  <T> Future<T> index(Callable<T> task) {
    return submit(task, false);
  }

  private <T> Future<T> submit(Callable<T> task, boolean first) {
    Task<T> t = new Task<>(task, first, submitted.getAndIncrement());
    pool.execute(t);
    return t;
  }

  void shutdownNow() {
    pool.shutdownNow();
  }

  private static final class Task<T> extends FutureTask<T> implements Comparable<Task<?>> {
    private final boolean first;
    private final long order;

    Task(Callable<T> task, boolean first, long order) {
      super(task);
      this.first = first;
      this.order = order;
    }

    @Override
    public int compareTo(Task<?> other) {
      if (first != other.first) return first ? -1 : 1;
      return Long.compare(order, other.order);
    }
  }
}
