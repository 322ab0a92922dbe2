package dossier.pipeline;

import dossier.model.ArticleAnalysis;
import dossier.model.Caption;
import dossier.model.Claim;
import dossier.model.CodePoints;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Quote;
import dossier.model.TimeExpression;
import dossier.pipeline.annotate.Annotated;
import dossier.pipeline.annotate.Annotator;
import dossier.pipeline.clean.CaptionRange;
import dossier.pipeline.clean.CleanArticle;
import dossier.pipeline.clean.Cleaner;
import dossier.pipeline.extract.ClaimExtractor;
import dossier.pipeline.extract.Coreference;
import dossier.pipeline.extract.EntityExtractor;
import dossier.pipeline.extract.EntityIndex;
import dossier.pipeline.extract.EventExtractor;
import dossier.pipeline.extract.QuoteSpeakers;
import dossier.pipeline.extract.QuoteExtractor;
import dossier.pipeline.extract.RelationExtractor;
import dossier.pipeline.extract.TimeExtractor;
import dossier.pipeline.read.RawArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * clean -> annotate -> extract, for one article at a time. Pure and thread-safe: the same instance
 * serves the CLI, a server and Spark tasks.
 */
public final class Pipeline {

  private final Cleaner cleaner;
  private final Annotator annotator;
  private final EntityExtractor entities;
  private final TimeExtractor times;
  private final QuoteExtractor quotes;
  private final ClaimExtractor claims;
  private final EventExtractor events;
  private final RelationExtractor relations;
  private final Coreference coreference;

  /** The pipeline with the default in-article coreference ({@link Coreference#shared()}). */
  public Pipeline(Cleaner cleaner, Annotator annotator, EntityExtractor entities, TimeExtractor times,
      QuoteExtractor quotes, ClaimExtractor claims, EventExtractor events, RelationExtractor relations) {
    this(cleaner, annotator, entities, times, quotes, claims, events, relations, Coreference.shared());
  }

  /** @param coreference adds pronoun and nominal mentions to the entities; null: names only */
  public Pipeline(Cleaner cleaner, Annotator annotator, EntityExtractor entities, TimeExtractor times,
      QuoteExtractor quotes, ClaimExtractor claims, EventExtractor events, RelationExtractor relations,
      Coreference coreference) {
    this.coreference = coreference;
    this.cleaner = cleaner;
    this.annotator = annotator;
    this.entities = entities;
    this.times = times;
    this.quotes = quotes;
    this.claims = claims;
    this.events = events;
    this.relations = relations;
  }

  /** The {@code dossier.article/1} record of one article. */
  public ArticleAnalysis analyze(RawArticle raw) {
    CleanArticle clean = cleaner.clean(raw);
    Annotated annotated = annotator.annotate(clean);
    List<Entity> found = entities.extract(annotated);
    EntityIndex index = new EntityIndex(raw.text(), found);
    List<Quote> speech = quotes.extract(annotated, index);
    List<Claim> attributed = claims.extract(annotated, index, speech);
    List<TimeExpression> dated = times.extract(annotated);
    var happened = events.extract(annotated, index, dated, speech, attributed);
    var related = relations.extract(annotated, index);
    // Pronoun and nominal mentions join the entities last: the extractors above link text to
    // entities by their names, as they were tuned to (quote attribution resolves its own he/she).
    List<Entity> referred = coreference == null ? found : coreference.resolve(annotated, found);
    List<Quote> said = coreference == null ? speech : QuoteSpeakers.resolve(speech, referred);
    // A participant the text does not name gets the entity Coreference made of its phrase ("an inmate").
    List<Event> withEntities = coreference == null ? happened.events() : happened.withEntities(raw.text(), referred);
    return new ArticleAnalysis(ArticleAnalysis.SCHEMA, raw.id(), raw.date(), raw.title(), raw.source(), raw.url(),
        raw.text(), captions(clean), referred, said, attributed, dated, withEntities, related);
  }

  private static List<Caption> captions(CleanArticle clean) {
    CodePoints offsets = new CodePoints(clean.raw().text());
    List<Caption> out = new ArrayList<>();
    for (CaptionRange c : clean.captions()) {
      var span = offsets.span(c.caption().start(), c.caption().end());
      String credit = c.credit() == null ? null : c.credit().of(clean.raw().text());
      out.add(new Caption(span.start(), span.end(), span.text(), credit));
    }
    return out;
  }
}
