package dossier.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Hand-built articles for the model tests: one with every field filled, one as bare as allowed. */
final class Articles {
  static final String TEXT = "Andrei Medvedev, 26, an ex-commander with Russia's notorious mercenary group Wagner, "
      + "crossed into Norway after deserting in November. \"I was afraid,\" Medvedev said. "
      + "Norwegian police believed he had crossed illegally. Yevgeny Prigozhin, the head of Wagner, "
      + "denied that Medvedev was mistreated.\n"
      + "Medvedev in Oslo on January 30. Photo: Ivan Noyabrev / TASS";

  private Articles() {}

  /** An article in which every list is populated and every nullable field is set. */
  static ArticleAnalysis full() {
    return new ArticleAnalysis(
        ArticleAnalysis.SCHEMA,
        "tass-2023-01-31-medvedev",
        LocalDate.of(2023, 1, 31),
        "Wagner deserter asks for asylum in Norway",
        "TASS",
        "https://example.org/wagner-deserter",
        TEXT,
        List.of(caption("Medvedev in Oslo on January 30. Photo: Ivan Noyabrev / TASS", "Ivan Noyabrev / TASS")),
        List.of(
            new Entity("e1", "Andrei Medvedev", "PERSON", null,
                List.of(span("Andrei Medvedev", 0), span("Medvedev", 1), span("Medvedev", 2)),
                List.of("ex-commander with Russia's notorious mercenary group Wagner"),
                Map.of("age", "26"), null, Map.of("age", span("Andrei Medvedev", 0))),
            new Entity("e2", "Wagner", "ORGANIZATION", "MILITARY_UNIT",
                List.of(span("Wagner", 0), span("Wagner", 1)), List.of("mercenary group"), Map.of(),
                "Q105547011", Map.of()),
            new Entity("e3", "Yevgeny Prigozhin", "PERSON", null,
                List.of(span("Yevgeny Prigozhin", 0)), List.of("the head of Wagner"),
                Map.of("title", "head of Wagner"), null, Map.of()),
            new Entity("e4", "Norway", "LOCATION", "COUNTRY", List.of(span("Norway", 0)), List.of(), Map.of(),
                null, Map.of())),
        List.of(quote("\"I was afraid,\"", "direct", "e1", "Andrei Medvedev", "said")),
        List.of(
            claim("he had crossed illegally", null, "Norwegian police", "believed", "believed"),
            claim("Medvedev was mistreated", "e3", "Yevgeny Prigozhin", "denied", "denied")),
        List.of(
            time("in November", "DATE", "2022-11"),
            time("January 30", "DATE", "2023-01-30")),
        List.of(new Event("desertion", span("deserting", 0),
            List.of(new Event.Participant("agent", "e1", "Medvedev"), new Event.Participant("target", "e2", "Wagner")),
            "e4", "Norway", "2022-11", "e1", "Andrei Medvedev", "reported", "actual", Map.of("deserters", "1"))),
        List.of(relation("e3", "head_of", "e2", "the head of Wagner")));
  }

  /** An article with nothing found: every nullable field null, every list empty. */
  static ArticleAnalysis bare() {
    return new ArticleAnalysis(ArticleAnalysis.SCHEMA, "a1", null, null, null, null, "", List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** An article whose nested nullable fields are all null. */
  static ArticleAnalysis sparse() {
    return new ArticleAnalysis(ArticleAnalysis.SCHEMA, "a2", null, null, null, null, TEXT,
        List.of(caption("Medvedev in Oslo on January 30. Photo: Ivan Noyabrev / TASS", null)),
        List.of(new Entity("e1", "Medvedev", "MISC", null, List.of(), List.of(), Map.of(), null, Map.of())),
        List.of(quote("\"I was afraid,\"", "partial", null, null, null)),
        List.of(claim("he had crossed illegally", null, null, null, "uncertain")),
        List.of(time("in November", "SET", "XXXX-11")),
        List.of(new Event("desertion", span("deserting", 0), List.of(new Event.Participant("agent", null, "they")),
            null, null, null, null, null, "asserted", "hypothetical", Map.of())),
        List.of());
  }

  /** The {@code occurrence}-th (from 0) place {@code needle} occurs in {@link #TEXT}. */
  static Span span(String needle, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = TEXT.indexOf(needle, at + 1);
      if (at < 0) throw new IllegalArgumentException(needle + " #" + occurrence + " not in text");
    }
    return new CodePoints(TEXT).span(at, at + needle.length());
  }

  private static Caption caption(String text, String credit) {
    Span s = span(text, 0);
    return new Caption(s.start(), s.end(), s.text(), credit);
  }

  private static Quote quote(String text, String kind, String speaker, String speakerName, String cue) {
    Span s = span(text, 0);
    return new Quote(s.start(), s.end(), s.text(), kind, speaker, speakerName, cue);
  }

  private static Claim claim(String text, String source, String sourceName, String cue, String stance) {
    Span s = span(text, 0);
    return new Claim(s.start(), s.end(), s.text(), source, sourceName, cue, stance);
  }

  private static TimeExpression time(String text, String type, String value) {
    Span s = span(text, 0);
    return new TimeExpression(s.start(), s.end(), s.text(), type, value);
  }

  private static Relation relation(String subject, String predicate, String object, String evidence) {
    Span s = span(evidence, 0);
    return new Relation(subject, predicate, object, s.start(), s.end(), s.text());
  }
}
