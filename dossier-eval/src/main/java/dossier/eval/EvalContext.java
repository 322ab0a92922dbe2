package dossier.eval;

import dossier.pipeline.Dossier;
import dossier.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;

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

  /** Caps a document count by {@link #limit}. */
  public int cap(int n) {
    return limit > 0 ? Math.min(limit, n) : n;
  }
}
