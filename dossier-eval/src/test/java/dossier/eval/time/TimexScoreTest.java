package dossier.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimexScoreTest {

  private static final double EPS = 1e-9;

  private static Timex t(int start, int end, String type, String value) {
    return new Timex(start, end, "", type, value);
  }

  @Test
  void partOfTheGoldExtentIsARelaxedButNotAStrictMatch() {
    // gold "Sunday morning" [10, 24), system "Sunday" [10, 16)
    TimexScore s = TimexScore.of(List.of(t(10, 24, "TIME", "2013-03-17TMO")), List.of(t(10, 16, "DATE", "2013-03-17")));
    assertEquals(new TimexScore(1, 1, 0, 1, 0, 0), s);
    assertEquals(0, s.strictF1(), EPS);
    assertEquals(1, s.relaxedF1(), EPS);
  }

  @Test
  void aWrongValueScalesValueF1ByAccuracyOnRelaxedMatches() {
    List<Timex> gold = List.of(t(0, 5, "DATE", "2013"), t(10, 17, "DURATION", "P1M"), t(30, 36, "DATE", "2013-W11"));
    List<Timex> system = List.of(t(0, 5, "DATE", "2013"), t(10, 17, "DURATION", "P1M"),
        t(30, 36, "DATE", "2013-03-18"), t(50, 55, "DATE", "2012"));
    TimexScore s = TimexScore.of(gold, system);
    // P = 3/4, R = 3/3, F1 = 6/7; value accuracy 2/3 on the 3 relaxed matches.
    assertEquals(6.0 / 7, s.relaxedF1(), EPS);
    assertEquals(6.0 / 7, s.strictF1(), EPS);
    assertEquals(6.0 / 7, s.typeF1(), EPS);
    assertEquals(2.0 / 3 * 6 / 7, s.valueF1(), EPS);
  }

  @Test
  void oneSystemTimexAlignsWithOneGoldTimexOnly() {
    // "March 22, 2013" tagged as one timex where the gold has two: one match, one miss.
    List<Timex> gold = List.of(t(0, 8, "DATE", "XXXX-03-22"), t(10, 14, "DATE", "2013"));
    TimexScore s = TimexScore.of(gold, List.of(t(0, 14, "DATE", "2013-03-22")));
    assertEquals(new TimexScore(2, 1, 0, 1, 1, 0), s);
  }

  @Test
  void anIdenticalExtentWinsOverALargerOverlap() {
    Timex exact = t(0, 6, "DATE", "2013-03-17");
    Timex wide = t(0, 14, "TIME", "2013-03-17TMO");
    List<TimexScore.Pair> pairs = TimexScore.align(List.of(exact, t(7, 14, "TIME", "TMO")), List.of(wide, exact));
    assertEquals(new TimexScore.Pair(exact, exact), pairs.get(0));
    assertEquals(2, pairs.size());
  }

  @Test
  void countsAddUpOverFilesBeforeDividingAndEachDctIsAMatch() {
    TimexScore a = TimexScore.of(List.of(t(0, 4, "DATE", "2013")), List.of()).withDocumentTime();
    TimexScore b = TimexScore.of(List.of(t(0, 4, "DATE", "2013")), List.of(t(0, 4, "DATE", "2012"), t(9, 12, "SET", "P1D")))
        .withDocumentTime();
    TimexScore total = a.plus(b);
    assertEquals(new TimexScore(4, 4, 3, 3, 3, 2), total);
    // Micro: P = R = 3/4 and value accuracy 2/3; the mean of the files' value F1s (2/3 and 0.4) would be 0.533.
    assertEquals(0.75, total.relaxedF1(), EPS);
    assertEquals(2.0 / 3 * 0.75, total.valueF1(), EPS);
    assertEquals(1.0, TimexScore.ZERO.withDocumentTime().valueF1(), EPS);
  }
}
