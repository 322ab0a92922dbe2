package dossier.archive.query;

import dossier.archive.Fixtures;
import dossier.model.ArticleAnalysis;
import dossier.model.Claim;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Quote;
import dossier.model.Relation;
import dossier.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small archive with known answers for query tests: the Medvedev article, four reports of one Mogadishu
 * bombing with conflicting death tolls (12, 35, "over 100", 190), a later Mogadishu bombing, a Kabul bombing the
 * same day, and a Dmitry Medvedev article.
 */
public final class QueryFixtures {
  private QueryFixtures() {}

  public static List<ArticleAnalysis> all() {
    return List.of(Fixtures.medvedev(), bomb1(), bomb2(), bomb3(), bombLater(), kabul(), dmitry());
  }

  static ArticleAnalysis bomb1() {
    return new Builder("reuters-bomb", "Reuters", LocalDate.of(2023, 3, 5), "Car bombing in Mogadishu kills 12",
        "A car bombing in Mogadishu on Sunday killed 12 people, police said.")
        .entity("e1", "Mogadishu", "LOCATION", "Mogadishu")
        .event("bombing", "bombing", "e1", "Mogadishu", "2023-03-05", "police", Map.of("killed", "12"))
        .build();
  }

  static ArticleAnalysis bomb2() {
    return new Builder("afp-bomb", "AFP", LocalDate.of(2023, 3, 6), "Mogadishu bombing toll rises",
        "The toll of Sunday's bombing in Mogadishu rose to 35, hospital officials said. "
            + "Mayor Omar Filish said over 100 people died in the bombing. "
            + "\"This is a national tragedy,\" Filish said.")
        .entity("e1", "Mogadishu", "LOCATION", "Mogadishu")
        .entity("e2", "Omar Filish", "PERSON", "Omar Filish", "Filish")
        .event("bombing", "bombing", "e1", "Mogadishu", "2023-03-05", "hospital officials", Map.of("killed", "35"))
        .event("bombing", "bombing", "e1", "Mogadishu", "2023-03-05", "Omar Filish", Map.of("killed", "over 100"))
        .quote("\"This is a national tragedy,\"", "e2", "Omar Filish")
        .build();
  }

  static ArticleAnalysis bomb3() {
    return new Builder("daily-bomb", "Daily", LocalDate.of(2023, 3, 8), "Al-Shabaab claims Mogadishu attack",
        "Al-Shabaab claimed the Mogadishu bombing and said 190 soldiers were killed.")
        .entity("e1", "Al-Shabaab", "ORGANIZATION", "Al-Shabaab")
        .entity("e2", "Mogadishu", "LOCATION", "Mogadishu")
        .event("bombing", "bombing", "e2", null, null, "Al-Shabaab", Map.of("killed", "190"),
            new Event.Participant("agent", "e1", "Al-Shabaab"))
        .claim("190 soldiers were killed", "e1", "Al-Shabaab", "said", "alleged")
        .build();
  }

  static ArticleAnalysis bombLater() {
    return new Builder("reuters-bomb-june", "Reuters", LocalDate.of(2023, 6, 20), "Another blast in Mogadishu",
        "Another bombing in Mogadishu killed three people.")
        .entity("e1", "Mogadishu", "LOCATION", "Mogadishu")
        .event("bombing", "bombing", "e1", "Mogadishu", "2023-06-20", null, Map.of("killed", "three"))
        .build();
  }

  static ArticleAnalysis kabul() {
    return new Builder("wire-kabul", "Wire", LocalDate.of(2023, 3, 5), "Blast in Kabul",
        "A bombing in Kabul on Sunday killed 7 people.")
        .entity("e1", "Kabul", "LOCATION", "Kabul")
        .event("bombing", "bombing", "e1", "Kabul", "2023-03-05", null, Map.of("killed", "7"))
        .build();
  }

  static ArticleAnalysis dmitry() {
    return new Builder("tass-dmitry", "TASS", LocalDate.of(2023, 2, 10), "Dmitry Medvedev threatens the West",
        "Dmitry Medvedev said the West was to blame. Medvedev is the deputy head of the Security Council.")
        .entity("e1", "Dmitry Medvedev", "PERSON", "Dmitry Medvedev", "Medvedev")
        .entity("e2", "Security Council", "ORGANIZATION", "Security Council")
        .quote("the West was to blame", "e1", "Dmitry Medvedev")
        .relation("e1", "deputy_head_of", "e2", "deputy head of the Security Council")
        .build();
  }

  /** Builds an article whose spans are found in its text. */
  public static final class Builder {
    private final String id, source, title, text;
    private final LocalDate date;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    public Builder(String id, String source, LocalDate date, String title, String text) {
      this.id = id;
      this.source = source;
      this.date = date;
      this.title = title;
      this.text = text;
    }

    private Span span(String s, int from) {
      int at = text.indexOf(s, from);
      if (at < 0) throw new IllegalArgumentException("'" + s + "' not in " + id);
      return new Span(at, at + s.length(), s);
    }

    /** An entity whose mentions are the successive occurrences of the given texts. */
    public Builder entity(String localId, String name, String type, String... mentions) {
      List<Span> spans = new ArrayList<>();
      Map<String, Integer> next = new HashMap<>();
      for (String m : mentions) {
        Span s = span(m, next.getOrDefault(m, 0));
        next.put(m, s.end());
        spans.add(s);
      }
      entities.add(new Entity(localId, name, type, null, spans, List.of(), Map.of(), null, Map.of()));
      return this;
    }

    public Builder quote(String quote, String speaker, String speakerName) {
      Span s = span(quote, 0);
      quotes.add(new Quote(s.start(), s.end(), quote, quote.startsWith("\"") ? "direct" : "indirect", speaker,
          speakerName, "said"));
      return this;
    }

    public Builder claim(String claim, String source, String sourceName, String cue, String stance) {
      Span s = span(claim, 0);
      claims.add(new Claim(s.start(), s.end(), claim, source, sourceName, cue, stance));
      return this;
    }

    public Builder event(String type, String trigger, String place, String placeName, String time, String sourceName,
        Map<String, String> counts, Event.Participant... participants) {
      int from = 0;
      for (Event e : events) from = Math.max(from, e.trigger().end());
      events.add(new Event(type, span(trigger, from), List.of(participants), place, placeName, time, null, sourceName,
          sourceName == null ? "asserted" : "reported", "actual", counts));
      return this;
    }

    public Builder relation(String subject, String predicate, String object, String evidence) {
      Span s = span(evidence, 0);
      relations.add(new Relation(subject, predicate, object, s.start(), s.end(), evidence));
      return this;
    }

    public ArticleAnalysis build() {
      return new ArticleAnalysis(ArticleAnalysis.SCHEMA, id, date, title, source, null, text, List.of(),
          List.copyOf(entities), List.copyOf(quotes), List.copyOf(claims), List.of(), List.copyOf(events),
          List.copyOf(relations));
    }
  }
}
