package dossier.eval;

import dossier.eval.coref.XdocSuite;
import dossier.eval.entities.EntitiesSuite;
import dossier.eval.events.EventsSuite;
import dossier.eval.html.HtmlSuite;
import dossier.eval.quotes.QuotesSuite;
import dossier.eval.samples.SamplesSuite;
import dossier.eval.time.TimeSuite;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every evaluation suite, by name, in the order {@code dossier eval all} runs them. */
final class Suites {
  private Suites() {}

  static Map<String, Suite> all() {
    Map<String, Suite> suites = new LinkedHashMap<>();
    for (Suite s : List.<Suite>of(new TimeSuite(), new EntitiesSuite(), new QuotesSuite(), new EventsSuite(),
        new HtmlSuite(), new XdocSuite(), XdocSuite.dev(), XdocSuite.train(), new SamplesSuite())) {
      suites.put(s.name(), s);
    }
    return suites;
  }
}
