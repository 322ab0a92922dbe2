package dossier.archive;

import dossier.model.ArticleAnalysis;
import dossier.model.Caption;
import dossier.model.Claim;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Quote;
import dossier.model.Relation;
import dossier.model.Span;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Pre-built analyses for archive tests: one hand-made article, and many generated ones. */
public final class Fixtures {
  public static final String TEXT = "Andrei Medvedev, 26, an ex-commander with Russia's notorious mercenary group Wagner, "
      + "crossed into Norway after deserting in November. \"I was afraid,\" Medvedev said. "
      + "Norwegian police believed he had crossed illegally. Yevgeny Prigozhin, the head of Wagner, "
      + "denied that Medvedev was mistreated.";

  private Fixtures() {}

  /** The Medvedev article with every kind of fact filled in. */
  public static ArticleAnalysis medvedev() {
    return new ArticleAnalysis(ArticleAnalysis.SCHEMA, "tass-medvedev", LocalDate.of(2023, 1, 31),
        "Wagner deserter asks for asylum in Norway", "TASS", "https://example.org/wagner-deserter", TEXT,
        List.of(),
        List.of(
            new Entity("e1", "Andrei Medvedev", "PERSON", null,
                List.of(span("Andrei Medvedev", 0), span("Medvedev", 1), span("Medvedev", 2)),
                List.of("ex-commander with Russia's notorious mercenary group Wagner"),
                Map.of("age", "26"), null, Map.of("age", span("Andrei Medvedev, 26,", 0))),
            new Entity("e2", "Wagner", "ORGANIZATION", "ARMED_GROUP",
                List.of(span("Wagner", 0), span("Wagner", 1)), List.of("mercenary group"), Map.of(), null, Map.of()),
            new Entity("e3", "Yevgeny Prigozhin", "PERSON", null, List.of(span("Yevgeny Prigozhin", 0)),
                List.of("the head of Wagner"), Map.of(), null, Map.of()),
            new Entity("e4", "Norway", "LOCATION", "COUNTRY", List.of(span("Norway", 0)), List.of(), Map.of(), null,
                Map.of())),
        List.of(new Quote(at("\"I was afraid,\"", 0), end("\"I was afraid,\"", 0), "\"I was afraid,\"", "direct", "e1",
            "Andrei Medvedev", "said")),
        List.of(claim("he had crossed illegally", null, "Norwegian police", "believed", "believed"),
            claim("Medvedev was mistreated", "e3", "Yevgeny Prigozhin", "denied", "denied")),
        List.of(new TimeExpression(at("in November", 0), end("in November", 0), "in November", "DATE", "2022-11")),
        List.of(new Event("desertion", span("deserting", 0),
            List.of(new Event.Participant("agent", "e1", "Medvedev"), new Event.Participant("target", "e2", "Wagner")),
            "e4", "Norway", "2022-11", null, null, "asserted", "actual", Map.of("deserters", "1"))),
        List.of(new Relation("e3", "head_of", "e2", at("head of Wagner", 0), end("head of Wagner", 0), "head of Wagner")));
  }

  private static final String[][] PEOPLE = {
      {"Recep Tayyip Erdoğan", "Erdoğan"}, {"Recep Tayyip Erdogan", "Erdogan"}, {"Dmitry Medvedev", "Medvedev"},
      {"Andrei Medvedev", "Medvedev"}, {"Olaf Scholz", "Scholz"}, {"Emmanuel Macron", "Macron"},
      {"Jens Stoltenberg", "Stoltenberg"}, {"Yevgeny Prigozhin", "Prigozhin"}};
  private static final String[] ORGS = {"Wagner", "NATO", "Syrian Democratic Forces", "Reuters", "the Kremlin"};
  private static final String[] PLACES = {"Norway", "Ankara", "Kyiv", "Moscow", "Paris", "Oslo"};
  private static final String[] VERBS = {"met", "criticized", "praised", "visited", "called"};

  /** {@code n} distinct small articles from a seeded random, with entities shared between them. */
  public static List<ArticleAnalysis> generated(int n, long seed) {
    Random random = new Random(seed);
    List<ArticleAnalysis> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(generated(i, random));
    return out;
  }

  private static ArticleAnalysis generated(int i, Random random) {
    String[] person = PEOPLE[random.nextInt(PEOPLE.length)];
    String org = ORGS[random.nextInt(ORGS.length)];
    String place = PLACES[random.nextInt(PLACES.length)];
    String verb = VERBS[random.nextInt(VERBS.length)];
    String quote = "\"We will not back down,\"";
    String text = person[0] + " " + verb + " " + org + " in " + place + " on day " + i + ". " + quote + " "
        + person[1] + " said. " + org + " is believed to have " + verb + " officials " + (i * 7919 % 1000) + " times.";
    int personAt = 0, orgAt = text.indexOf(org), placeAt = text.indexOf(" in " + place) + 4;
    int surnameAt = text.indexOf(person[1] + " said");
    int quoteAt = text.indexOf(quote);
    String claimText = org + " is believed to have " + verb + " officials";
    int claimAt = text.indexOf(claimText);
    LocalDate date = LocalDate.of(2023, 1, 1).plusDays(i % 365);
    List<Entity> entities = List.of(
        new Entity("e1", person[0], "PERSON", null, List.of(new Span(personAt, personAt + person[0].length(), person[0]),
            new Span(surnameAt, surnameAt + person[1].length(), person[1])), List.of(), Map.of(), null, Map.of()),
        new Entity("e2", org, "ORGANIZATION", null, List.of(new Span(orgAt, orgAt + org.length(), org)), List.of(),
            Map.of(), null, Map.of()),
        new Entity("e3", place, "LOCATION", null, List.of(new Span(placeAt, placeAt + place.length(), place)), List.of(),
            Map.of(), null, Map.of()));
    int verbAt = text.indexOf(verb);
    return new ArticleAnalysis(ArticleAnalysis.SCHEMA, "gen-" + i, date, "Article " + i + ": " + person[1] + " " + verb,
        i % 2 == 0 ? "Wire" : "Daily", null, text, List.of(), entities,
        List.of(new Quote(quoteAt, quoteAt + quote.length(), quote, "direct", "e1", person[0], "said")),
        List.of(new Claim(claimAt, claimAt + claimText.length(), claimText, null, null, "believed", "believed")),
        List.of(),
        List.of(new Event("meeting", new Span(verbAt, verbAt + verb.length(), verb),
            List.of(new Event.Participant("agent", "e1", person[0])), "e3", place, date.toString(), null, null,
            "asserted", "actual", Map.of())),
        List.of());
  }

  /**
   * One hit-and-run in three reports: two that never name the victim ("the woman", in Queens and
   * Richmond Hill) and a third that names her, Raj Chohan, and also calls her "A woman" (a nominal
   * mention), so that the resolver identifies the first two reports' unnamed woman as her.
   */
  public static List<ArticleAnalysis> unnamedThenNamed() {
    return List.of(
        report("ny1", "A woman died in Queens after a crash in Richmond Hill.", "woman", null),
        report("wcbs", "The woman was hit in Queens, near Richmond Hill, police said.", "woman", null),
        report("cbs", "A woman died in Queens on Sunday. Raj Chohan, 59, was hit in Richmond Hill.", "woman",
            "Raj Chohan"));
  }

  /** A report with the place names Queens and Richmond Hill, and the victim: unnamed, or named with a nominal mention. */
  private static ArticleAnalysis report(String id, String text, String noun, String name) {
    int queens = text.indexOf("Queens"), hill = text.indexOf("Richmond Hill"), nounAt = text.indexOf(noun);
    int nominalAt = text.lastIndexOf(' ', Math.max(0, nounAt - 2)) + 1; // "A woman" / "The woman"
    Entity victim = name == null
        ? new Entity("e1", "the " + noun, "PERSON", null, List.of(new Span(nominalAt, nounAt + noun.length(),
            text.substring(nominalAt, nounAt + noun.length())).withKind(Span.NOMINAL)), List.of(), Map.of(), null, Map.of())
        : new Entity("e1", name, "PERSON", null, List.of(
            new Span(0, nounAt + noun.length(), text.substring(0, nounAt + noun.length())).withKind(Span.NOMINAL),
            new Span(text.indexOf(name), text.indexOf(name) + name.length(), name)), List.of(), Map.of(), null, Map.of());
    return new ArticleAnalysis(ArticleAnalysis.SCHEMA, id, LocalDate.of(2013, 9, 14), "Hit-and-run in Queens", "test",
        null, text, List.of(), List.of(victim,
            new Entity("e2", "Queens", "LOCATION", null, List.of(new Span(queens, queens + 6, "Queens")), List.of(),
                Map.of(), null, Map.of()),
            new Entity("e3", "Richmond Hill", "LOCATION", null, List.of(new Span(hill, hill + 13, "Richmond Hill")),
                List.of(), Map.of(), null, Map.of())),
        List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static Span span(String text, int occurrence) {
    return new Span(at(text, occurrence), end(text, occurrence), text);
  }

  private static int at(String text, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = TEXT.indexOf(text, at + 1);
      if (at < 0) throw new IllegalArgumentException(text + " #" + occurrence + " not in the fixture");
    }
    return at;
  }

  private static int end(String text, int occurrence) {
    return at(text, occurrence) + text.length();
  }

  private static Claim claim(String text, String source, String sourceName, String cue, String stance) {
    return new Claim(at(text, 0), end(text, 0), text, source, sourceName, cue, stance);
  }
}
