package dossier.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import dossier.model.Quote;
import dossier.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DossierAttributionsTest {

  //                                 1         2         3         4         5         6
  //                       0123456789012345678901234567890123456789012345678901234567890123456
  private static final String TEXT = "\"We won,\" Smith said. \"They lost.\" Smith said she was \"glad\".";

  private static ArticleAnalysis analysis(List<Quote> quotes) {
    Entity smith = new Entity("e1", "Smith", "PERSON", null,
        List.of(new Span(10, 15, "Smith"), new Span(35, 40, "Smith")), List.of(), Map.of(), null, Map.of());
    return new ArticleAnalysis(ArticleAnalysis.SCHEMA, "t", null, null, null, null, TEXT, List.of(), List.of(smith),
        quotes, List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void placesTheCueNearestTheQuoteAndTakesEveryMentionOfTheSpeaker() {
    List<Attribution> a = DossierAttributions.of(analysis(List.of(
        new Quote(23, 33, "They lost.", "direct", "e1", "Smith", "said"))));
    assertEquals(List.of(new Range(16, 20)), a.get(0).cue());
    assertEquals(List.of(new Range(10, 15), new Range(35, 40)), a.get(0).source());
  }

  @Test
  void quotesOfOneSpeakerAndOneCueAreOneAttribution() {
    List<Attribution> a = DossierAttributions.of(analysis(List.of(
        new Quote(46, 60, "she was \"glad\"", "indirect", "e1", "Smith", "said"),
        new Quote(55, 59, "glad", "partial", "e1", "Smith", "said"),
        new Quote(1, 7, "We won", "direct", "e1", "Smith", "said"))));
    assertEquals(2, a.size());
    assertEquals(List.of(new Range(46, 60), new Range(55, 59)), a.get(0).content());
    assertEquals(List.of(new Range(1, 7)), a.get(1).content());
  }
}
