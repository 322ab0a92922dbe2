package dossier.eval.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  private static final double EPS = 1e-9;

  @Test
  void countsSnippetsWithWhitespaceNormalised() {
    Snippets s = new Snippets();
    // Found despite a line break and a no-break space; "Impressum" leaks; "31. Mai" stays out; one snippet missed.
    s.add(List.of("Die GEMA dreht völlig am Zeiger!", "http://www.openpetition.de", "nicht da"),
        List.of("31. Mai", "Impressum"),
        "Die GEMA dreht\n  völlig\u00a0am Zeiger! Siehe http://www.openpetition.de\nImpressum");
    // tp 2, fn 1, fp 1, tn 1
    assertEquals(3.0 / 5, s.accuracy(), EPS);
    assertEquals(2.0 / 3, s.precision(), EPS);
    assertEquals(2.0 / 3, s.recall(), EPS);
    assertEquals(2.0 / 3, s.f1(), EPS);
  }

  @Test
  void aFailedExtractionFindsNothing() {
    Snippets s = new Snippets();
    s.add(List.of("a", "b"), List.of("c"), null);
    // tp 0, fn 2, fp 0, tn 1
    assertEquals(1.0 / 3, s.accuracy(), EPS);
    assertEquals(0, s.recall(), EPS);
  }
}
