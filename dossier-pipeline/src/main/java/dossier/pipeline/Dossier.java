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

  private Dossier() {}

  /** Analyzes one article with the default pipeline (loaded on first use, then shared). */
  public static ArticleAnalysis analyze(RawArticle article) {
    return pipeline().analyze(article);
  }

  /** The default pipeline: the cleaner, CoreNLP, and Dossier's extractors (loaded on first use). */
  public static Pipeline pipeline() {
    return Default.PIPELINE;
  }

  /** Holds the pipeline; the JVM builds it once, on first use, safely across threads. */
  private static final class Default {
    static final Pipeline PIPELINE = new Pipeline(new Cleaner(), CoreNlpAnnotator.shared(),
        new EntityExtractor(Gazetteer.shared()), new TimeExtractor(), new QuoteExtractor(), new ClaimExtractor(),
        new EventExtractor(), new RelationExtractor());
  }
}
