package dossier.cli;

import dossier.archive.Archive;
import dossier.model.ArticleAnalysis;
import dossier.model.Json;
import dossier.pipeline.Dossier;
import dossier.pipeline.read.RawArticle;
import dossier.pipeline.read.ReadOptions;
import dossier.pipeline.read.ReadResult;
import dossier.pipeline.read.Readers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier ingest PATH...}: analyzes articles on all cores and stores them in the archive;
 * stores {@code dossier.article/1} JSONL made elsewhere as it is. Idempotent and resumable.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
        "Analyzes articles and stores them in the archive; dossier.article/1 JSONL is stored without re-analysis.",
        "Inputs: everything 'analyze' reads (seed and text files, JSONL, directories, - for stdin) and",
        "dossier.article/1 JSONL. Articles already in the archive (same id or same text) are skipped, so an",
        "interrupted ingest is finished by running it again.",
        "A report of failed inputs goes to ARCHIVE/reports/ingest-<time>.txt.",
        "Exit code 0 when every input was stored, 1 when some failed, 2 on bad usage."})
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
  List<String> inputs;

  @Option(names = "--archive", defaultValue = "dossier-data", paramLabel = "DIR",
      description = "The archive directory, created if missing. Default: ${DEFAULT-VALUE}.")
  Path archiveDir;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for inputs that do not carry one.")
  LocalDate date;

  @Option(names = "--max-chars", defaultValue = "" + ReadOptions.DEFAULT_MAX_CHARS, paramLabel = "N",
      description = "Refuse articles longer than N characters. Default: ${DEFAULT-VALUE}.")
  long maxChars;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads. Default: the number of cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--batch", defaultValue = "1000", paramLabel = "N",
      description = "Articles per hand-off to the archive. Default: ${DEFAULT-VALUE}.")
  int batch;

  @Option(names = "--commit-every", defaultValue = "" + COMMIT_EVERY, paramLabel = "N",
      description = "Articles per archive commit, in whole hand-offs; sooner when the input pauses. Default: ${DEFAULT-VALUE}.")
  int commitEvery;

  /** What analyzes a raw article; the shared pipeline unless a test says otherwise. */
  Function<RawArticle, ArticleAnalysis> analyzer = raw -> Dossier.pipeline().analyze(raw);
  PrintStream err = System.err;
  InputStream stdin = System.in;
  boolean terminal = System.console() != null;

  private static final Item END = new Item(null, null, null);

  /**
   * Articles whose co-mention counts the archive may hold in memory before writing them (see {@link Archive#holdCoMentions};
   * it writes them sooner when they reach its most pairs): at 100,000 articles one write of the counts instead of 4
   * (each write touches most of their table; the writer's CPU -11 %, docs/PERFORMANCE.md, "Ingest round 15").
   */
  static final int CO_MENTIONS_HELD = 100_000;

  /**
   * Articles per SQLite transaction and index commit ({@link Archive#holdCommits}): the index pages that every
   * hand-off changes at random keys are written once per commit (docs/PERFORMANCE.md, "Ingest round 14a").
   */
  static final int COMMIT_EVERY = 5_000;

  /** An article to store, with the JSONL line it was read from (UTF-8) or null. */
  private record Item(String origin, ArticleAnalysis analysis, byte[] json) {}

  private final AtomicLong read = new AtomicLong(), analyzed = new AtomicLong(), preAnalyzed = new AtomicLong(),
      stored = new AtomicLong(), skipped = new AtomicLong(), failedCount = new AtomicLong();
  private final Queue<String> failures = new ConcurrentLinkedQueue<>();
  private final AtomicReference<Exception> fatal = new AtomicReference<>();

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || batch < 1 || commitEvery < 1) {
      err.println("dossier: --threads, --batch and --commit-every must be positive");
      return 2;
    }
    Instant start = Instant.now();
    List<IngestInputs.Input> files = IngestInputs.expand(inputs);
    IngestInputs.Total total = IngestInputs.estimate(files);
    Archive archive;
    try {
      archive = Archive.open(archiveDir);
      // Each write of co-mention counts touches most of their table: written every 100 batches, not each
      // (docs/PERFORMANCE.md, "Ingest round 7", "round 12a" and "round 15"); close writes the rest.
      archive.holdCoMentions(CO_MENTIONS_HELD);
      archive.holdCommits(commitEvery);
    } catch (IOException e) {
      err.println("dossier: " + e.getMessage());
      return DossierCommand.SOME_FAILED;
    }
    Progress progress = new Progress(err, terminal, total.articles(), total.exact(), () -> stored.get() + skipped.get() + failedCount.get(),
        () -> stored.get() + skipped.get());
    try (archive; progress) {
      // One batch waits while the writer stores the previous one: the reader refills it long before the writer is
      // done. Every article waiting here is live at each young collection, which copies it: with two batches of
      // parsed pre-analyzed articles queued the collector took 0.20-0.22 ms of CPU per article at 20k, with one
      // 0.15 (docs/PERFORMANCE.md, "Ingest round 12c").
      BlockingQueue<Item> toStore = new ArrayBlockingQueue<>(Math.max(batch, 64));
      Thread writer = new Thread(() -> write(archive, toStore), "dossier-ingest-writer");
      writer.start();
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "dossier-analyze");
        t.setDaemon(true);
        return t;
      });
      // At most a few articles per thread wait or run: memory stays flat whatever the input size.
      Semaphore inFlight = new Semaphore(threads * 4);
      ReadOptions options = new ReadOptions(date, maxChars);
      for (IngestInputs.Input input : files) {
        if (fatal.get() != null) break;
        if (input.analyses()) {
          readAnalyses(Path.of(input.name()), toStore);
        } else {
          Readers.read(List.of(input.name()), stdin, options, result -> {
            if (fatal.get() == null) accept(result, archive, pool, inFlight, toStore);
          });
        }
      }
      pool.shutdown();
      pool.awaitTermination(365, TimeUnit.DAYS);
      put(toStore, END);
      writer.join();
    }
    Exception error = fatal.get();
    if (error != null) fail("archive " + archiveDir + ": " + error.getMessage());
    Path report = report(start, files.size());
    err.println(summary(start));
    if (report != null) err.println("dossier: report in " + report);
    return failedCount.get() == 0 && error == null ? 0 : DossierCommand.SOME_FAILED;
  }

  private void accept(ReadResult result, Archive archive, ExecutorService pool, Semaphore inFlight,
      BlockingQueue<Item> toStore) {
    if (result instanceof ReadResult.Failure failure) {
      fail(failure.toString());
      return;
    }
    RawArticle raw = ((ReadResult.Success) result).article();
    read.incrementAndGet();
    try {
      if (archive.contains(raw.id(), raw.text())) {
        skipped.incrementAndGet(); // stored by an earlier run: no need to analyze it again
        return;
      }
    } catch (IOException e) {
      fatal.compareAndSet(null, e);
      return;
    }
    inFlight.acquireUninterruptibly();
    pool.execute(() -> {
      try {
        ArticleAnalysis analysis = analyzer.apply(raw);
        analyzed.incrementAndGet();
        put(toStore, new Item(raw.origin(), analysis, null));
      } catch (RuntimeException | StackOverflowError e) {
        // One article the pipeline cannot handle must not end the run.
        fail(raw.origin() + ": analysis failed: " + e);
      } finally {
        inFlight.release();
      }
    });
  }

  /** Reads {@code dossier.article/1} JSONL line by line into the store queue, each record with its line. */
  private void readAnalyses(Path file, BlockingQueue<Item> toStore) {
    try (Utf8Lines in = new Utf8Lines(Files.newInputStream(file))) {
      int number = 0;
      while (in.next() && fatal.get() == null) {
        number++;
        CharBuffer chars = in.chars();
        // A record's line starts with its brace; anything else is looked at as a string (blank, a byte order mark).
        String line = chars.hasRemaining() && chars.get(0) == '{' ? null : chars.toString();
        if (line != null && line.isBlank()) continue;
        read.incrementAndGet();
        String origin = file + ":" + number;
        ArticleAnalysis analysis;
        try {
          analysis = line == null ? Json.readAnalysis(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining())
              : Json.readAnalysis(line.strip().startsWith("\uFEFF") ? line.strip().substring(1) : line);
        } catch (IOException e) {
          fail(origin + ": not a dossier.article/1 record: " + e.getMessage().lines().findFirst().orElse(""));
          continue;
        }
        if (!ArticleAnalysis.SCHEMA.equals(analysis.schema())) {
          fail(origin + ": not a dossier.article/1 record (schema " + analysis.schema() + ")");
          continue;
        }
        preAnalyzed.incrementAndGet();
        put(toStore, new Item(origin, analysis, in.bytes()));
      }
    } catch (IOException | RuntimeException e) {
      fail(file + ": cannot read: " + e.getMessage());
    }
  }

  /** The single writer: stores the queue in batches until {@link #END}. */
  private void write(Archive archive, BlockingQueue<Item> toStore) {
    List<Item> pending = new ArrayList<>(batch);
    try {
      boolean end = false;
      while (!end) {
        Item item = toStore.poll(500, TimeUnit.MILLISECONDS);
        if (item != null) {
          pending.add(item);
          // What else waits, in one hand-off: taken one at a time, each take woke the reader, which then
          // often took the writer's core (docs/PERFORMANCE.md, "Ingest round 8").
          toStore.drainTo(pending, batch - pending.size());
        }
        end = !pending.isEmpty() && pending.get(pending.size() - 1) == END;
        if (end) pending.remove(pending.size() - 1);
        if (pending.size() >= batch || end || item == null) store(archive, pending);
        // Nothing more for now (a slow analysis, a paused input) or ever: what waits uncommitted is committed.
        if (end || item == null) commit(archive);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void store(Archive archive, List<Item> pending) {
    if (pending.isEmpty()) return;
    if (fatal.get() == null) {
      Map<String, String> origins = new HashMap<>();
      for (Item item : pending) origins.putIfAbsent(item.analysis().id(), item.origin());
      try {
        Archive.StoreResult result = archive.storeIncoming(
            pending.stream().map(item -> new Archive.Incoming(item.analysis(), item.json())).toList());
        stored.addAndGet(result.stored().size());
        skipped.addAndGet(result.skipped().size());
        result.failed().forEach((id, why) -> fail(origins.getOrDefault(id, id) + ": cannot store: " + why));
      } catch (IOException | RuntimeException e) {
        fatal.compareAndSet(null, e);
      }
    }
    pending.clear(); // after a fatal error the rest is drained, so that readers never block
  }

  private void commit(Archive archive) {
    if (fatal.get() != null) return;
    try {
      stored.addAndGet(archive.commitStores().size());
    } catch (IOException | RuntimeException e) {
      fatal.compareAndSet(null, e);
    }
  }

  private void put(BlockingQueue<Item> queue, Item item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private void fail(String message) {
    failedCount.incrementAndGet();
    failures.add(message);
    if (!terminal) err.println("dossier: " + message);
  }

  private String summary(Instant start) {
    double seconds = Math.max(1e-3, (System.nanoTime() - Progress.toNanos(start)) / 1e9);
    return String.format("dossier: ingest: %d articles read: %d stored, %d already in the archive, %d failed "
            + "(%d analyzed, %d pre-analyzed) in %.1f s, %s articles/s",
        read.get(), stored.get(), skipped.get(), failedCount.get(), analyzed.get(), preAnalyzed.get(), seconds,
        rate((stored.get() + skipped.get()) / seconds));
  }

  /** Whole articles per second, or two decimals below 10 (analysis takes about a second per article). */
  static String rate(double perSecond) {
    return String.format(java.util.Locale.ROOT, perSecond >= 10 ? "%.0f" : "%.2f", perSecond);
  }

  private Path report(Instant start, int files) {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    Path report = archiveDir.resolve("reports").resolve("ingest-" + stamp + ".txt");
    try {
      Files.createDirectories(report.getParent());
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
        out.println("dossier ingest, started " + start + ", finished " + Instant.now());
        out.println("inputs: " + String.join(" ", inputs) + " (" + files + " files)");
        out.println("failed inputs: " + failures.size());
        for (String failure : failures) out.println("  " + failure);
        out.println(summary(start).substring("dossier: ".length()));
      }
      return report;
    } catch (IOException e) {
      err.println("dossier: cannot write report " + report + ": " + e.getMessage());
      return null;
    }
  }
}
