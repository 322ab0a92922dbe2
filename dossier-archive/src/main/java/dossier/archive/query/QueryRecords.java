package dossier.archive.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The plain records the query layer takes and returns ({@link Queries}). Dates are ISO strings
 * ({@code yyyy-mm-dd}, or a TIMEX3 value such as {@code 2022-11} for event times), null when unknown.
 * They serialize with {@code dossier.model.Json} as they are, for the CLI's {@code --format json}
 * and the REST API.
 */
public final class QueryRecords {
  private QueryRecords() {}

  /** Full-text search: {@code query} in Lucene syntax (blank = every article), filters null when unused, limit of hits. */
  public record SearchRequest(String query, String entity, String type, LocalDate from, LocalDate to, String source,
      int limit) {}

  /** An article found, best first. */
  public record SearchHit(String id, String title, String date, String source, float score) {}

  /** A value of a facet and how many matching articles have it. */
  public record Count(String value, long count) {}

  /** An archive entity and how many articles (matching, or shared) have it. */
  public record EntityCount(long id, String name, String type, long count) {}

  /** Counts over all matching articles (not only the hits shown): by source, entity type, entity, year-month. */
  public record Facets(List<Count> sources, List<Count> types, List<EntityCount> entities, List<Count> months) {}

  /**
   * What a search found: {@code total} matching articles, the best {@code hits}, the facets, and the archive
   * entities the {@code --entity} filter matched (empty when there was none).
   */
  public record SearchResult(long total, List<SearchHit> hits, Facets facets, List<EntityRef> entityFilter) {}

  /** An archive entity in short. */
  public record EntityRef(long id, String name, String type, long articles, long mentions, String firstSeen,
      String lastSeen) {}

  /** Which article a fact comes from. */
  public record ArticleRef(String id, String title, String date, String source) {}

  /** An attribute of the entity as one article states it, with the text that states it. */
  public record Attribute(String key, String value, String evidence, ArticleRef article) {}

  /** A quote; {@code speakerId} is the archive entity of the speaker when known. */
  public record QuoteRow(ArticleRef article, int ord, String text, String kind, Long speakerId, String speaker,
      String cue) {}

  /** A claim; {@code sourceId} is the archive entity of its source when known. */
  public record ClaimRow(ArticleRef article, int ord, String text, Long sourceId, String source, String cue,
      String stance) {}

  /** A participant of an event: role, archive entity (null when unnamed) and the text. */
  public record Participant(String role, Long entityId, String name) {}

  /**
   * One event as one article reports it. {@code time} is the event's TIMEX3 value, else null;
   * {@code day} the day used for ordering and grouping (the event's date when it has a full one, else the article date).
   */
  public record EventRow(ArticleRef article, int ord, String type, String trigger, Long placeId, String place,
      String time, String day, String reportedBy, String stance, String modality, List<Participant> participants,
      Map<String, String> counts) {}

  /** An event the entity takes part in, and how (a participant role, or "place", or "source"). */
  public record EntityEvent(String role, EventRow event) {}

  /** A figure for an event as one report gives it: as written, its number (lower bound; null if none), and who gives it. */
  public record Figure(String figure, Long value, ArticleRef article, String reporter) {}

  /** All figures given for one counted thing ("killed") of an event; {@code conflicting} when their numbers differ. */
  public record FigureSet(String what, List<Figure> figures, boolean conflicting) {}

  /**
   * One real-world event as reported by one or more articles (see {@link EventGroups} for the rule):
   * its type, place, time, first and last day, the reports and the figures side by side.
   */
  public record EventGroup(String type, String place, String time, String firstDay, String lastDay,
      List<EventRow> reports, List<FigureSet> figures) {
    /** Whether any counted thing has figures that differ (also in the JSON). */
    @com.fasterxml.jackson.annotation.JsonProperty("conflicting")
    public boolean conflicting() {
      return figures.stream().anyMatch(FigureSet::conflicting);
    }
  }

  /** Which events: all filters optional (null); {@code articleIds} limits to those articles. */
  public record EventFilter(String type, Long entityId, List<String> articleIds, LocalDate from, LocalDate to,
      int limit) {}

  /** The profile of an archive entity: every section, each capped by the profile limit. */
  public record EntityProfile(EntityRef entity, List<Count> aliases, List<Count> descriptors,
      List<Attribute> attributes, List<QuoteRow> quotesBy, List<QuoteRow> quotesAbout, List<ClaimRow> claimsBy,
      List<ClaimRow> claimsAbout, List<EntityEvent> events, List<EntityCount> coMentioned) {}

  /** Quotes: by speaker (an entity name, or the speaker name as written), containing all the words of {@code text}. */
  public record QuoteFilter(String speaker, String text, int limit) {}

  /** Claims: by source (an entity name, or the source as written), by stance. */
  public record ClaimFilter(String source, String stance, int limit) {}

  /** A timeline of an archive entity ({@code entityId}) or of the articles matching {@code query}. */
  public record TimelineRequest(Long entityId, String query, int limit) {}

  /**
   * One line of a timeline: {@code when} (event time, else article date), {@code kind} "event", "quote" or "claim",
   * and the one item of that kind.
   */
  public record TimelineEntry(String when, String kind, EventGroup event, QuoteRow quote, ClaimRow claim) {}
}
