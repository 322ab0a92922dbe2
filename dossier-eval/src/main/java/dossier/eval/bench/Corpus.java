package dossier.eval.bench;

import dossier.pipeline.read.RawArticle;
import dossier.pipeline.read.ReadOptions;
import dossier.pipeline.read.ReadResult;
import dossier.pipeline.read.Readers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The articles of one measurement, and the ones annotated before it to warm the JVM up. */
record Corpus(String name, List<RawArticle> warmUp, List<RawArticle> measured) {

  /** One article (the first in {@code file}), warmed up on and measured repeatedly. */
  static Corpus repeated(String name, Path file, int warmUps, int calls) {
    RawArticle article = read(file, 1).get(0);
    return new Corpus(name, Collections.nCopies(warmUps, article), Collections.nCopies(calls, article));
  }

  /** The first {@code n} articles of {@code file}, after warming up on the {@code warmUps} that follow them. */
  static Corpus firstOf(String name, Path file, int n, int warmUps) {
    List<RawArticle> articles = read(file, n + warmUps);
    if (articles.size() < n + warmUps) {
      throw new IllegalStateException(file + ": only " + articles.size() + " articles, need " + (n + warmUps));
    }
    // Warm-up articles are not among the measured ones, so no cache can have seen a measured text.
    return new Corpus(name, articles.subList(n, n + warmUps), articles.subList(0, n));
  }

  int tokens() {
    return measured.stream().mapToInt(a -> Tokens.count(a.text())).sum();
  }

  private static List<RawArticle> read(Path file, int limit) {
    List<RawArticle> out = new ArrayList<>();
    Readers.read(List.of(file.toString()), ReadOptions.defaults(), result -> {
      // Readers has no early stop; items after the limit are read and ignored.
      if (out.size() >= limit) return;
      if (result instanceof ReadResult.Success s) {
        out.add(s.article());
      } else if (result instanceof ReadResult.Failure f) {
        System.err.println("bench: skipped " + f);
      }
    });
    if (out.isEmpty()) throw new IllegalStateException(file + ": no article read");
    return out;
  }
}
