package dossier.eval.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationScorerTest {

  private static final double EPS = 1e-9;

  private static JsonNode json(String text) throws IOException {
    return Json.mapper().readTree(text.replace('\'', '"'));
  }

  private static JsonNode resource(String name) throws IOException {
    try (InputStream in = ExpectationScorerTest.class.getResourceAsStream("/samples/" + name)) {
      return Json.mapper().readTree(in);
    }
  }

  @Test
  void normalizesLikeThePythonScript() {
    assertEquals("russia's wagner", ExpectationScorer.norm("  \u201cRussia\u2019s\n\tWagner.\u201d "));
    assertEquals("", ExpectationScorer.norm(null));
    assertEquals("fi", ExpectationScorer.norm("\uFB01"));
  }

  @Test
  void handMadeCaseEarnsTheKnownPoints() throws IOException {
    JsonNode expected = json("""
        {'date': '2023-01-31',
         'entities': [{'name': 'Andrei Medvedev', 'type': 'PERSON', 'aliases': ['Medvedev'], 'attributes': {'age': '26'}},
                      {'name': 'Kyiv', 'type': 'LOCATION'},
                      {'name': 'TASS', 'type': 'ORGANIZATION', 'optional': true}],
         'quotes': [{'text': 'There were a lot of such cases.', 'speaker': 'Medvedev'}],
         'times': [{'text': 'in November', 'value': '2022-11', 'text_may_omit': 'in '},
                   {'text': 'four months', 'value': 'P4M'}]}
        """);
    JsonNode output = json("""
        {'date': '2023-01-31',
         'entities': [{'id': 'e1', 'name': 'Medvedev', 'type': 'ORGANIZATION', 'mentions': [], 'attributes': {'age': 26}},
                      {'id': 'e2', 'name': 'TASS', 'type': 'ORGANIZATION', 'mentions': []}],
         'quotes': [{'text': '\u201cThere were a lot of such cases\u201d', 'speaker': 'e1', 'speaker_name': null}],
         'times': [{'text': 'November', 'value': '2022-11'}, {'text': 'four months', 'value': 'P3M'}]}
        """);
    ExpectationScore s = ExpectationScorer.score(expected, output);
    // date 1 + Medvedev 0.5 (wrong type) + age 1 + Kyiv 0 + quote 1 + November 1 + four months 0.25;
    // the script prints "score: 0.679 (4.8/7.0, optional 1.0/1.0)" for the same pair.
    assertEquals(4.75, s.earned(), EPS);
    assertEquals(7, s.total(), EPS);
    assertEquals(1, s.bonus(), EPS);
    assertEquals(1, s.bonusTotal(), EPS);
    assertEquals(4.75 / 7, s.score(), EPS);
    assertArrayEquals(new double[] {0.5, 2}, s.sections().get("entities"), EPS);
    assertEquals(3, s.misses().size());
  }

  @Test
  void givesThePythonScriptsScoreOnDossiersReferenceOutput() throws IOException {
    // python3 ../shared/tools/score_expectations.py reference.expected.json reference.output.json
    // -> "score: 0.957 (45.0/47.0, optional 7.0/8.0)"; relations 0.0/2.0, every other section full.
    ExpectationScore s = ExpectationScorer.score(resource("reference.expected.json"), resource("reference.output.json"));
    assertEquals(45.0, s.earned(), EPS);
    assertEquals(47.0, s.total(), EPS);
    assertEquals(7.0, s.bonus(), EPS);
    assertEquals(8.0, s.bonusTotal(), EPS);
    assertArrayEquals(new double[] {0, 2}, s.sections().get("relations"), EPS);
  }

  @Test
  void givesThePythonScriptsScoreOnADegradedOutput() throws IOException {
    // The reference output with wrong types, values, speakers, stances, roles, a split entity and
    // a shortened quote; the script prints "score: 0.798 (37.5/47.0, optional 7.0/8.0)" and these sections.
    ExpectationScore s = ExpectationScorer.score(resource("reference.expected.json"), resource("reference.degraded.json"));
    assertEquals(37.5, s.earned(), EPS);
    assertEquals(47.0, s.total(), EPS);
    assertEquals(7.0, s.bonus(), EPS);
    assertEquals(8.0, s.bonusTotal(), EPS);
    List<String> sections = List.of("date", "captions", "entities", "attributes", "descriptors", "must_not", "quotes",
        "times", "claims", "events", "relations");
    double[][] points = {{1, 1}, {1.5, 2}, {12.5, 14}, {0, 1}, {3, 4}, {1, 3}, {5.5, 6}, {5.25, 6}, {3.5, 4}, {3.25, 4},
        {1, 2}};
    assertEquals(sections, List.copyOf(s.sections().keySet()));
    for (int i = 0; i < points.length; i++) assertArrayEquals(points[i], s.sections().get(sections.get(i)), EPS, sections.get(i));
    assertEquals(14, s.misses().size());
  }
}
