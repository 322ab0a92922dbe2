package dossier.eval.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {

  private static final double EPS = 1e-9;

  @Test
  void tokensAreUnicodeWordRuns() {
    assertEquals(List.of("Don", "t", "stop", "3", "Grüße", "x_y"), Shingles.tokens("Don't stop: 3 Grüße, x_y!"));
  }

  @Test
  void perfectExtractionIsAllTruePositives() {
    Shingles.Page p = Shingles.score("a b c d e", "a  b\nc d e.");
    assertEquals(new Shingles.Page(1, 0, 0), p);
  }

  @Test
  void extraAndMissingShinglesAreNormalised() {
    // Gold "a b c d e" has shingles abcd, bcde; prediction "b c d e f" has bcde, cdef: tp 1, fp 1, fn 1, over 3.
    Shingles.Page p = Shingles.score("a b c d e", "b c d e f");
    assertEquals(1.0 / 3, p.tp(), EPS);
    assertEquals(1.0 / 3, p.fp(), EPS);
    assertEquals(1.0 / 3, p.fn(), EPS);
  }

  @Test
  void shortTextsAreOneShingleAndRepeatsCount() {
    assertEquals(1, Shingles.shingles("two words").size());
    assertEquals(0, Shingles.shingles("").size());
    // A repeated shingle is counted as often as it occurs.
    assertEquals(2, Shingles.shingles("a b c d a b c d").get(List.of("a", "b", "c", "d")));
  }

  @Test
  void precisionAndRecallAreAveragedOverPages() {
    // Page 1 perfect; page 2 half its prediction is wrong and it finds all gold: P 1/2, R 1; page 3 empty prediction:
    // no precision (tp+fp = 0, skipped), recall 0. P = (1 + 1/2) / 2, R = (1 + 1 + 0) / 3.
    List<Shingles.Page> pages = List.of(new Shingles.Page(1, 0, 0), new Shingles.Page(0.5, 0.5, 0),
        new Shingles.Page(0, 0, 1));
    double[] prf = Shingles.prf(pages);
    assertEquals(0.75, prf[0], EPS);
    assertEquals(2.0 / 3, prf[1], EPS);
    assertEquals(2 * 0.75 * (2.0 / 3) / (0.75 + 2.0 / 3), prf[2], EPS);
  }
}
