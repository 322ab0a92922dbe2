package dossier.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything Dossier extracts from one article: the {@code dossier.article/1} record.
 * All offsets are Unicode code-point offsets (end-exclusive) into {@code text}.
 */
public record ArticleAnalysis(
    String schema,
    String id,
    LocalDate date,
    String title,
    String source,
    String url,
    String text,
    List<Caption> captions,
    List<Entity> entities,
    List<Quote> quotes,
    List<Claim> claims,
    List<TimeExpression> times,
    List<Event> events,
    List<Relation> relations) {

  public static final String SCHEMA = "dossier.article/1";
}
