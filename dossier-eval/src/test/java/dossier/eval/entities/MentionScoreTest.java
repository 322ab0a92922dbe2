package dossier.eval.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.eval.Prf;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionScoreTest {

  private static Mention m(int start, int end, String type) {
    return new Mention(start, end, type, "x".repeat(end - start));
  }

  @Test
  void exactSpanAndTypeIsTheOnlyMatch() {
    MentionScore s = new MentionScore();
    s.add(List.of(m(0, 5, "PERSON"), m(10, 15, "PERSON")), List.of(), List.of(m(0, 5, "PERSON"), m(10, 16, "PERSON")));
    assertEquals(new Prf(1, 1, 1), s.of("PERSON"));
    assertEquals(0.5, s.overall().precision());
    assertEquals(0.5, s.overall().recall());
    assertEquals(0.5, s.metrics().get("f1"));
  }

  @Test
  void wrongTypeIsAFalsePositiveOfItsTypeAndAFalseNegativeOfTheGoldType() {
    MentionScore s = new MentionScore();
    MentionScore.Errors e = s.add(List.of(m(0, 6, "ORGANIZATION")), List.of(), List.of(m(0, 6, "LOCATION")));
    assertEquals(new Prf(0, 1, 0), s.of("LOCATION"));
    assertEquals(new Prf(0, 0, 1), s.of("ORGANIZATION"));
    assertEquals(List.of(m(0, 6, "LOCATION")), e.falsePositives());
    assertEquals(List.of(m(0, 6, "ORGANIZATION")), e.falseNegatives());
  }

  @Test
  void perTypeF1AndMicroAverageAcrossDocuments() {
    MentionScore s = new MentionScore();
    // Document 1: 2 of 2 persons right, one spurious place.
    s.add(List.of(m(0, 4, "PERSON"), m(8, 12, "PERSON")), List.of(),
        List.of(m(0, 4, "PERSON"), m(8, 12, "PERSON"), m(20, 25, "LOCATION")));
    // Document 2: 1 of 3 organizations found; a person found twice counts once.
    s.add(List.of(m(0, 3, "ORGANIZATION"), m(5, 9, "ORGANIZATION"), m(11, 14, "ORGANIZATION"), m(20, 22, "PERSON")),
        List.of(), List.of(m(0, 3, "ORGANIZATION"), m(20, 22, "PERSON"), m(20, 22, "PERSON")));
    // Micro: tp 4, fp 1, fn 2 (not the mean of the per-document F1s).
    assertEquals(new Prf(4, 1, 2), s.overall());
    assertEquals(0.8, s.metrics().get("precision"), 1e-9);
    assertEquals(4.0 / 6, s.metrics().get("recall"), 1e-9);
    assertEquals(1.0, s.metrics().get("f1_person"), 1e-9);
    assertEquals(0.5, s.metrics().get("f1_organization"), 1e-9);
    assertEquals(0.0, s.metrics().get("f1_location"), 1e-9);
    assertEquals(0.0, s.metrics().get("f1_misc"), 1e-9);
  }

  @Test
  void aMentionOnAnIgnoredGoldSpanIsNeitherRightNorWrong() {
    MentionScore s = new MentionScore();
    MentionScore.Errors e = s.add(List.of(), List.of(m(3, 9, null)), List.of(m(3, 9, "MISC"), m(3, 8, "MISC")));
    assertEquals(new Prf(0, 1, 0), s.overall());
    assertEquals(List.of(m(3, 8, "MISC")), e.falsePositives());
  }

  @Test
  void normalizationDropsALeadingArticleAndATrailingPossessiveOnBothSides() {
    assertEquals(new Mention(14, 25, "ORGANIZATION", "US Treasury"),
        new Mention(10, 25, "ORGANIZATION", "the US Treasury").normalized());
    assertEquals(new Mention(0, 6, "PERSON", "Lessig"), new Mention(0, 9, "PERSON", "Lessig 's").normalized());
    assertEquals(new Mention(0, 6, "PERSON", "Lessig"), new Mention(0, 8, "PERSON", "Lessig\u2019s").normalized());
    // Offsets count code points: "\uD835\uDC00" (bold A) is one code point, two Java chars.
    assertEquals(new Mention(4, 6, "MISC", "\uD835\uDC00B"), new Mention(0, 6, "MISC", "The \uD835\uDC00B").normalized());
  }
}
