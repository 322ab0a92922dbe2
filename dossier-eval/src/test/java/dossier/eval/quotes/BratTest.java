package dossier.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BratTest {

  // Text: The Post said "we won" and "they lost," a source added.
  private static final String ANN = String.join("\n",
      "T1\tSource 0 8\tThe Post",
      "T2\tCue 9 13\tsaid",
      "T3\tContent 14 22;27 39\t\"we won\" \"they lost,\"",
      "T4\tAttribution 9 13\tsaid",
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
      "T5\tCue 49 54\tadded",
      "T6\tContent 40 48\ta source",
      "The\tnext line of a span text that holds a line break",
      "T7\tContent2 0 4\tThe ",
      "T8\tAttribution-no-source 49 54\tadded",
      "E2\tAttribution-no-source:T8 Cue:T5 Content:T6 Content2:T7",
      "T9\tDiscard 0 3\tThe",
      "#1\tAnnotatorNotes T1\ta note",
      "");

  @Test
  void readsDiscontinuousSpansAndLinksRolesByEventLines() {
    List<Attribution> all = Brat.parse(ANN);
    assertEquals(2, all.size());
    Attribution first = all.get(0);
    assertEquals(List.of(new Range(14, 22), new Range(27, 39)), first.content());
    assertEquals(List.of(new Range(9, 13)), first.cue());
    assertEquals(List.of(new Range(0, 8)), first.source());
    assertEquals("E1", first.label());
  }

  @Test
  void collectsEveryContentRoleAndAllowsAMissingSource() {
    Attribution second = Brat.parse(ANN).get(1);
    assertEquals(List.of(new Range(40, 48), new Range(0, 4)), second.content());
    assertTrue(second.source().isEmpty());
    assertEquals(List.of(new Range(49, 54)), second.cue());
  }

  @Test
  void ignoresSpansThatNoEventLinks() {
    assertTrue(Brat.parse("T9\tDiscard 0 3\tThe\n").isEmpty());
  }
}
