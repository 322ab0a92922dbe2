package dossier.eval;

import dossier.pipeline.Dossier;
import dossier.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What a suite needs: where the gold data is, how many documents to take, where to write.
 *
 * @param data the eval-data folder ({@code ../shared/eval-data} by default)
 * @param limit at most this many documents per split (quick runs), or 0 for all
 * @param out where suites write their per-document results ({@code target/eval})
 */
public record EvalContext(Path data, int limit, Path out) {

  /** Dossier's pipeline, shared by all suites of a run. */
  public Pipeline pipeline() {
    return Dossier.pipeline();
  }

  /** A data set's folder, or null when it is missing. */
  public Path dataset(String name) {
    Path p = data.resolve(name);
    return Files.isDirectory(p) ? p : null;
  }

  /** A step over one document that may fail. */
  public interface Step<T, R> {
    R apply(T item) throws Exception;
  }

  /**
   * {@code step} over every item on all cores, results in item order: the pipelines are thread-safe,
   * and a suite of 256 documents should not leave a core idle. A failing item yields its exception.
   */
  public static <T, R> List<Outcome<R>> inParallel(List<T> items, Step<T, R> step) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      List<Callable<Outcome<R>>> tasks = new ArrayList<>();
      for (T item : items) {
        tasks.add(() -> {
          try {
            return new Outcome<>(step.apply(item), null);
          } catch (Exception e) {
            return new Outcome<>(null, e);
          }
        });
      }
      List<Outcome<R>> out = new ArrayList<>();
      for (Future<Outcome<R>> f : pool.invokeAll(tasks)) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          out.add(new Outcome<>(null, e.getCause()));
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** One item's result, or what it failed with. */
  public record Outcome<R>(R value, Throwable failure) {}

  /** Caps a document count by {@link #limit}. */
  public int cap(int n) {
    return limit > 0 ? Math.min(limit, n) : n;
  }
}
