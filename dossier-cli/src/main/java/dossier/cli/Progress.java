package dossier.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** Progress of a long run: a bar redrawn in place on a terminal, a log line every few seconds otherwise. */
final class Progress implements AutoCloseable {
  private static final long START_NANOS = System.nanoTime();
  private static final Instant START_INSTANT = Instant.now();

  private final PrintStream out;
  private final boolean terminal;
  private final long total;
  private final boolean exact;
  private final LongSupplier done, counted;
  private final long started = System.nanoTime();
  private final ScheduledExecutorService ticker;
  private String last = "";

  /**
   * @param total the expected count, or negative when unknown (no ETA)
   * @param exact whether {@code total} was counted (else it is an estimate, shown as "~N")
   * @param done items finished in any way; {@code counted} those that make the rate
   */
  Progress(PrintStream out, boolean terminal, long total, boolean exact, LongSupplier done, LongSupplier counted) {
    this.out = out;
    this.terminal = terminal;
    this.total = total;
    this.exact = exact;
    this.done = done;
    this.counted = counted;
    ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "dossier-progress");
      t.setDaemon(true);
      return t;
    });
    long period = terminal ? 250 : 10_000;
    ticker.scheduleAtFixedRate(this::show, period, period, TimeUnit.MILLISECONDS);
  }

  private synchronized void show() {
    String line = line();
    if (terminal) {
      out.print("\r" + line + " ".repeat(Math.max(0, last.length() - line.length())));
      out.flush();
    } else {
      out.println("dossier: " + line);
    }
    last = line;
  }

  String line() {
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    long n = done.getAsLong();
    double rate = counted.getAsLong() / seconds;
    StringBuilder b = new StringBuilder("ingest ");
    if (total > 0) {
      int width = 24;
      int filled = (int) Math.min(width, width * n / total);
      b.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ")
          .append(n).append('/').append(exact ? "" : "~").append(total);
    } else {
      b.append(n);
    }
    b.append(String.format(" articles, %.1f/s", rate));
    if (total > 0 && rate > 0 && n < total) b.append(", ETA ").append(format(Duration.ofSeconds((long) ((total - n) / rate))));
    return b.toString();
  }

  private static String format(Duration d) {
    long s = d.getSeconds();
    return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
        : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
  }

  /** The nano time of an instant, for elapsed times measured from {@link Instant}s. */
  static long toNanos(Instant instant) {
    return START_NANOS + Duration.between(START_INSTANT, instant).toNanos();
  }

  @Override
  public synchronized void close() {
    ticker.shutdownNow();
    if (terminal && !last.isEmpty()) {
      out.print("\r" + line() + "\n");
      out.flush();
    }
  }
}
