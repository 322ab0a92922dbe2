package dossier.archive;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Copies SQLite's write-ahead log into the database file on a connection and thread of their own, beside
 * the writer: done by the writer's commits (SQLite's automatic checkpoint), the copy and its fsyncs were
 * most of a 100,000-article ingest's commit time (docs/PERFORMANCE.md, "Ingest round 8"). The
 * writer's connection never checkpoints ({@code wal_autocheckpoint = 0}) and asks for a passive
 * checkpoint after each commit ({@link #start}); before a bulk store it waits for the last one only
 * when the log has grown past {@link #LIMIT} ({@link #bound}), so that its next transaction finds the log
 * copied and SQLite restarts it from the beginning. Checkpoints change no content: a crash in one
 * leaves the log, which the next open reads as before.
 */
final class Checkpoints implements Closeable {
  /** The log size past which {@link #bound} waits for the checkpoints to catch up (a few batches of articles). */
  static final long LIMIT = 256L << 20;

  private final Connection db;
  private final Path wal;
  private final long limit;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "dossier-wal-checkpoint");
    t.setDaemon(true);
    return t;
  });
  /** A checkpoint asked for and not yet begun: it will copy every commit made until it begins. */
  private final AtomicBoolean queued = new AtomicBoolean();
  private volatile Future<?> last;

  /** Checkpoints through {@code db}, a write connection of its own, of the database whose log is {@code wal}. */
  Checkpoints(Connection db, Path wal, long limit) {
    this.db = db;
    this.wal = wal;
    this.limit = limit;
  }

  /** Asks for a passive checkpoint of everything committed so far, unless one that will do it waits to begin. */
  void start() {
    if (!queued.compareAndSet(false, true)) return;
    last = thread.submit(() -> {
      queued.set(false);
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA wal_checkpoint(PASSIVE)");
      }
      return null;
    });
  }

  /** Waits for the checkpoints asked for when the log is past the limit; call it outside a transaction. */
  void bound() throws IOException {
    Future<?> f = last;
    if (f == null || f.isDone()) return;
    try {
      if (Files.size(wal) < limit) return;
    } catch (NoSuchFileException e) {
      return;
    }
    await(f);
  }

  private static void await(Future<?> f) throws IOException {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a checkpoint", e);
    } catch (ExecutionException e) {
      // A failed checkpoint loses nothing: the log keeps the pages, and the next checkpoint copies them.
    }
  }

  /** Waits for the running checkpoint and closes its connection. */
  @Override
  public void close() throws IOException {
    Future<?> f = last;
    try {
      if (f != null) await(f);
    } finally {
      thread.shutdownNow();
      try {
        db.close();
      } catch (SQLException e) {
        throw new IOException(e);
      }
    }
  }
}
