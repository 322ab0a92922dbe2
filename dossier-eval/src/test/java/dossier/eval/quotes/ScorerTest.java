package dossier.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.eval.Prf;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

  //                                      1         2         3         4         5         6         7
  //                            01234567890123456789012345678901234567890123456789012345678901234567890123456789
  private static final String TEXT = "Smith said, \"We will win.\" Jones told reporters the plan failed. He left.";

  private static final Range SMITH = new Range(0, 5);
  private static final Range SAID = new Range(6, 10);
  private static final Range QUOTE = new Range(12, 26); // "We will win." with its marks
  private static final Range JONES = new Range(27, 32);
  private static final Range TOLD = new Range(33, 37);
  private static final Range CLAUSE = new Range(48, 63); // the plan failed
  private static final Range HE = new Range(65, 67);

  private static Attribution at(Range content, Range cue, Range source) {
    return new Attribution(List.of(content), cue == null ? List.of() : List.of(cue),
        source == null ? List.of() : List.of(source), "t");
  }

  @Test
  void quotationMarksAndEndPunctuationDoNotSpoilAnExactMatch() {
    List<Attribution> gold = List.of(at(new Range(13, 25), SAID, SMITH)); // We will win  (no marks, no dot)
    List<Attribution> pred = List.of(at(QUOTE, SAID, SMITH));
    Scorer.Score s = Scorer.align(TEXT, gold, pred).score();
    assertEquals(new Prf(1, 0, 0), s.contentExact());
    assertEquals(new Prf(1, 0, 0), s.contentOverlap());
    assertEquals(new Prf(1, 0, 0), s.source());
    assertEquals(new Prf(1, 0, 0), s.cue());
  }

  @Test
  void aLongerSpanOverlapsButIsNotExact() {
    // The prediction swallows the attribution: "told reporters the plan failed".
    List<Attribution> gold = List.of(at(CLAUSE, TOLD, JONES));
    List<Attribution> pred = List.of(at(new Range(33, 63), null, JONES));
    Scorer.Score s = Scorer.align(TEXT, gold, pred).score();
    assertEquals(new Prf(0, 1, 1), s.contentExact());
    assertEquals(new Prf(1, 0, 0), s.contentOverlap());
    assertEquals(new Prf(1, 0, 0), s.source());
    assertEquals(new Prf(0, 0, 1), s.cue()); // no cue predicted: a miss, not a false positive
  }

  @Test
  void aSourceCountsWhenAnyOfItsRangesOverlapsTheGoldSource() {
    // Dossier gives every mention of the speaker entity; one of them is the gold "Jones".
    Attribution pred = new Attribution(List.of(CLAUSE), List.of(TOLD), List.of(SMITH, new Range(28, 30)), "t");
    Scorer.Score s = Scorer.align(TEXT, List.of(at(CLAUSE, TOLD, JONES)), List.of(pred)).score();
    assertEquals(new Prf(1, 0, 0), s.source());
  }

  @Test
  void aWrongSpeakerIsBothAFalsePositiveAndAMiss() {
    Scorer.Score s = Scorer.align(TEXT, List.of(at(CLAUSE, TOLD, HE)), List.of(at(CLAUSE, TOLD, JONES))).score();
    assertEquals(new Prf(0, 1, 1), s.source());
    assertEquals(new Prf(1, 0, 0), s.cue());
  }

  @Test
  void unmatchedPredictionsAreFalsePositivesAndUnmatchedGoldsAreMisses() {
    List<Attribution> gold = List.of(at(QUOTE, SAID, SMITH), at(CLAUSE, TOLD, JONES));
    List<Attribution> pred = List.of(at(QUOTE, SAID, SMITH), at(new Range(65, 72), null, HE)); // "He left."
    Scorer.Alignment a = Scorer.align(TEXT, gold, pred);
    assertEquals(1, a.matched().size());
    assertEquals(List.of(gold.get(1)), a.missed());
    assertEquals(List.of(pred.get(1)), a.spurious());
    assertEquals(new Prf(1, 1, 1), a.score().contentOverlap());
    assertEquals(new Prf(1, 1, 1), a.score().source()); // the spurious quote's speaker is a false positive too
    assertEquals(new Prf(1, 0, 1), a.score().cue());
  }

  @Test
  void eachGoldMatchesOnePredictionTheOneOverlappingMost() {
    List<Attribution> gold = List.of(at(CLAUSE, TOLD, JONES));
    List<Attribution> pred = List.of(at(new Range(48, 56), null, null), at(new Range(52, 63), TOLD, JONES));
    Scorer.Alignment a = Scorer.align(TEXT, gold, pred);
    assertEquals(pred.get(1), a.matched().get(0).predicted());
    assertEquals(new Prf(1, 1, 0), a.score().contentOverlap());
    assertEquals(new Prf(0, 2, 1), a.score().contentExact());
  }

  @Test
  void discontinuousGoldIsExactOnlyWhenEveryFragmentIsMatched() {
    Attribution gold = new Attribution(List.of(CLAUSE, QUOTE), List.of(), List.of(), "t"); // out of order, as in PolNeAR
    Attribution whole = new Attribution(List.of(new Range(13, 25), new Range(48, 63)), List.of(), List.of(), "t");
    assertEquals(new Prf(1, 0, 0), Scorer.align(TEXT, List.of(gold), List.of(whole)).score().contentExact());
    assertEquals(new Prf(0, 1, 1), Scorer.align(TEXT, List.of(gold), List.of(at(QUOTE, null, null))).score().contentExact());
  }

  @Test
  void spansSharingOnlyPunctuationDoNotOverlap() {
    List<Attribution> gold = List.of(at(new Range(10, 13), null, null)); // ", \""
    List<Attribution> pred = List.of(at(new Range(11, 12), null, null));
    assertEquals(new Prf(0, 1, 1), Scorer.align(TEXT, gold, pred).score().contentOverlap());
  }

  @Test
  void aFragmentInsideAnotherCountsOnce() {
    // A partial quote inside the indirect one it belongs to, merged into one attribution.
    Attribution nested = new Attribution(List.of(CLAUSE, new Range(52, 56)), List.of(TOLD), List.of(JONES), "t");
    Scorer.Score s = Scorer.align(TEXT, List.of(at(CLAUSE, TOLD, JONES)), List.of(nested)).score();
    assertEquals(new Prf(1, 0, 0), s.contentExact());
  }
}
