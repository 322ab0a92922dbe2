package dossier.pipeline;

import dossier.model.ArticleAnalysis;
import dossier.pipeline.annotate.CoreNlpAnnotator;
import dossier.pipeline.clean.Cleaner;
import dossier.pipeline.extract.ClaimExtractor;
import dossier.pipeline.extract.EntityExtractor;
import dossier.pipeline.extract.EventExtractor;
import dossier.pipeline.extract.Gazetteer;
import dossier.pipeline.extract.QuoteExtractor;
import dossier.pipeline.extract.RelationExtractor;
import dossier.pipeline.extract.TimeExtractor;
import dossier.pipeline.read.RawArticle;

/** The entry point for embedding Dossier: {@code Dossier.analyze(article)}. */
public final class Dossier {

  private static volatile Pipeline pipeline;

  private Dossier() {}

  /** Analyzes one article with the default pipeline (loaded on first use, then shared). */
  public static ArticleAnalysis analyze(RawArticle article) {
    return pipeline().analyze(article);
  }

  /** The default pipeline: the cleaner, CoreNLP, and Dossier's extractors. */
  public static Pipeline pipeline() {
    Pipeline local = pipeline;
    if (local == null) {
      synchronized (Dossier.class) {
        local = pipeline;
        if (local == null) {
          pipeline = local = new Pipeline(new Cleaner(), CoreNlpAnnotator.shared(),
              new EntityExtractor(Gazetteer.shared()), new TimeExtractor(), new QuoteExtractor(), new ClaimExtractor(), new EventExtractor(), new RelationExtractor());
        }
      }
    }
    return local;
  }
}
