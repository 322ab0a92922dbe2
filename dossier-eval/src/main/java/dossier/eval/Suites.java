package dossier.eval;

import dossier.eval.quotes.QuotesSuite;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every evaluation suite, by name, in the order {@code dossier eval all} runs them. */
final class Suites {
  private Suites() {}

  static Map<String, Suite> all() {
    Map<String, Suite> suites = new LinkedHashMap<>();
    for (Suite s : List.<Suite>of(new QuotesSuite())) suites.put(s.name(), s);
    return suites;
  }
}
