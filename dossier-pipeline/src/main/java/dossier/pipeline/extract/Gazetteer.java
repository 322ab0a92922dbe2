package dossier.pipeline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fine classes of names and words (COUNTRY, CITY, NATIONALITY, TITLE, ...) from the KBP gazetteer
 * that ships in CoreNLP's models jar, plus Dossier's own news lists. Looking up a found name costs
 * nothing next to running CoreNLP's fine-grained NER over every token.
 */
public final class Gazetteer {

  private static final String KBP = "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  private static final String NEWS = "/dossier/ner/news-classes.tsv";
  /** When a name has several classes, the first here wins: Norway is a country before a city. */
  private static final List<String> PRIORITY = List.of(
      "MEDIA", "NGO", "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY", "CITY", "TITLE");

  private final Map<String, String> classes;

  private Gazetteer(Map<String, String> classes) {
    this.classes = classes;
  }

  /** The JVM's one gazetteer, loaded on first use (about a second). */
  public static Gazetteer shared() {
    return Shared.GAZETTEER;
  }

  /** Holds the gazetteer; the JVM loads it once, on first use, safely across threads. */
  private static final class Shared {
    static final Gazetteer GAZETTEER = load();

    private static Gazetteer load() {
      Map<String, String> classes = new HashMap<>(1 << 20);
      Gazetteer.load(KBP, classes);
      Gazetteer.load(NEWS, classes);
      return new Gazetteer(classes);
    }
  }

  /** The fine class of a name or word ("Norway" -> COUNTRY, "president" -> TITLE), case-insensitive. */
  public Optional<String> classOf(String phrase) {
    return Optional.ofNullable(classes.get(key(phrase)));
  }

  public boolean is(String phrase, String fineClass) {
    return fineClass.equals(classes.get(key(phrase)));
  }

  private static String key(String phrase) {
    return phrase.toLowerCase(Locale.ROOT).replace('’', '\'').trim();
  }

  private static void load(String resource, Map<String, String> classes) {
    InputStream in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("missing gazetteer " + resource);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab <= 0 || line.startsWith("#")) continue;
        int tab2 = line.indexOf('\t', tab + 1);
        String phrase = line.substring(0, tab);
        String fineClass = line.substring(tab + 1, tab2 < 0 ? line.length() : tab2);
        if (!PRIORITY.contains(fineClass) || phrase.indexOf('[') >= 0 || phrase.indexOf('\\') >= 0) continue;
        classes.merge(key(phrase), fineClass,
            (old, neu) -> PRIORITY.indexOf(old) <= PRIORITY.indexOf(neu) ? old : neu);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + resource, e);
    }
  }
}
