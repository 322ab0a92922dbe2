package dossier.eval.bench;

import dossier.model.ArticleAnalysis;
import dossier.pipeline.Dossier;
import dossier.pipeline.Pipeline;
import dossier.pipeline.read.RawArticle;
import java.util.List;
import java.util.function.ToIntFunction;

/** The systems a benchmark can load by name; each returns a count of what it found, as a checksum. */
final class Systems {

  static final List<String> NAMES = List.of("dossier", "corenlp-all");

  private Systems() {}

  /** Loads a system's models; the caller times this as the system's load time. */
  static ToIntFunction<RawArticle> load(String name) {
    return switch (name) {
      case "dossier" -> {
        Pipeline pipeline = Dossier.pipeline();
        yield article -> found(pipeline.analyze(article));
      }
      case "corenlp-all" -> new CoreNlpAll();
      default -> throw new IllegalArgumentException("unknown system " + name + "; one of " + NAMES);
    };
  }

  private static int found(ArticleAnalysis analysis) {
    return analysis.entities().size() + analysis.times().size();
  }
}
