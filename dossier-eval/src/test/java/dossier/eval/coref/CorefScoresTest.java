package dossier.eval.coref;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorefScoresTest {

  private static final double EPS = 1e-9;

  private static void assertScore(double recall, double precision, CorefScore s) {
    assertEquals(recall, s.recall(), EPS, "recall");
    assertEquals(precision, s.precision(), EPS, "precision");
  }

  /**
   * Pradhan, Luo, Recasens, Hovy, Ng and Strube (2014), "Scoring Coreference Partitions of Predicted
   * Mentions: A Reference Implementation", ACL, sec. 3 / Fig. 1: key {a,b,c},{d,e,f,g}, response
   * {a,b},{c,d},{f,g,h,i}. Mention e is missing from the response, h and i are not in the key. The paper
   * reports MUC 0.40/0.40/0.40, B3 R 35/84 P 1/2 F 0.45, CEAF-e R 0.65 P 0.43 F 0.52; derivations below.
   */
  private static final List<Set<String>> KEY = List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g"));
  private static final List<Set<String>> RESPONSE = List.of(Set.of("a", "b"), Set.of("c", "d"), Set.of("f", "g", "h", "i"));

  @Test
  void mucOnPradhanEtAl() {
    // R: {a,b,c} splits into {a,b},{c}: 3-2; {d,e,f,g} into {d},{e},{f,g}: 4-3; over (3-1)+(4-1) = 2/5.
    // P: {a,b} 2-1; {c,d} 2-2; {f,g,h,i} into {f,g},{h},{i}: 4-3; over 1+1+3 = 2/5.
    assertScore(0.4, 0.4, Muc.score(KEY, RESPONSE));
    assertEquals(0.4, Muc.score(KEY, RESPONSE).f1(), EPS);
  }

  @Test
  void bCubedOnPradhanEtAl() {
    // R = (2^2/3 + 1^2/3 + 1^2/4 + 2^2/4) / 7 = (35/12) / 7 = 35/84; P = (2^2/2 + 1/2 + 1/2 + 2^2/4) / 8 = 1/2.
    CorefScore s = BCubed.score(KEY, RESPONSE);
    assertScore(35.0 / 84, 0.5, s);
    assertEquals(2 * (35.0 / 84) * 0.5 / (35.0 / 84 + 0.5), s.f1(), EPS); // 0.4545
  }

  @Test
  void ceafEOnPradhanEtAl() {
    // phi4: {a,b,c}~{a,b} 4/5, {a,b,c}~{c,d} 2/5, {d,e,f,g}~{c,d} 1/3, {d,e,f,g}~{f,g,h,i} 1/2.
    // Best alignment 4/5 + 1/2 = 1.3: R = 1.3/2 = 0.65, P = 1.3/3, F = 0.52.
    CorefScore s = CeafE.score(KEY, RESPONSE);
    assertScore(0.65, 1.3 / 3, s);
    assertEquals(0.52, s.f1(), EPS);
  }

  @Test
  void conllIsTheMeanOfTheThree() {
    double b3 = 2 * (35.0 / 84) * 0.5 / (35.0 / 84 + 0.5);
    assertEquals((0.4 + b3 + 0.52) / 3, CorefScores.of(KEY, RESPONSE).conllF1(), EPS);
  }

  @Test
  void singletonsCountForBCubedAndCeafButNotMuc() {
    // Key {a},{b,c}; response all singletons. MUC has no links to find or to predict: 0/1 and 0/0.
    List<Set<String>> key = List.of(Set.of("a"), Set.of("b", "c"));
    List<Set<String>> response = List.of(Set.of("a"), Set.of("b"), Set.of("c"));
    assertScore(0, 0, Muc.score(key, response));
    // B3: R = (1 + 1/2 + 1/2) / 3, P = 3/3.
    assertScore(2.0 / 3, 1, BCubed.score(key, response));
    // CEAF-e: {a}~{a} 1, {b,c}~{b} 2/3: 5/3 over 2 key and 3 response clusters.
    assertScore(5.0 / 6, 5.0 / 9, CeafE.score(key, response));
  }

  @Test
  void identicalPartitionsScoreOne() {
    CorefScores s = CorefScores.of(KEY, KEY);
    assertEquals(1, s.conllF1(), EPS);
  }

  @Test
  void mucOnVilainEtAlsExample() {
    // Vilain et al. (1995): key {A,B,C,D}, response {A,B},{C,D}: R = (4-2)/(4-1) = 2/3, P = (1+1)/(1+1) = 1.
    assertScore(2.0 / 3, 1, Muc.score(List.of(Set.of("A", "B", "C", "D")), List.of(Set.of("A", "B"), Set.of("C", "D"))));
  }

  @Test
  void hungarianBeatsGreedy() {
    // Greedy takes 0.9 first and ends with 0.9; the optimum pairs 0.8 + 0.8.
    assertArrayEquals(new int[] {1, 0}, Hungarian.maximize(new double[][] {{0.9, 0.8}, {0.8, 0}}));
  }

  @Test
  void hungarianOnRectangularMatrices() {
    assertArrayEquals(new int[] {2, 0}, Hungarian.maximize(new double[][] {{0.1, 0.2, 0.9}, {0.7, 0.6, 0.8}}));
    assertArrayEquals(new int[] {-1, 0, 1}, Hungarian.maximize(new double[][] {{0.1, 0.1}, {0.9, 0.2}, {0.5, 0.8}}));
  }

  @Test
  void hungarianMatchesBruteForceOnRandomMatrices() {
    java.util.Random random = new java.util.Random(7);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + random.nextInt(5);
      int m = 1 + random.nextInt(5);
      double[][] w = new double[n][m];
      for (double[] row : w) {
        for (int j = 0; j < m; j++) row[j] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
      }
      int[] a = Hungarian.maximize(w);
      double sum = 0;
      java.util.Set<Integer> cols = new java.util.HashSet<>();
      for (int i = 0; i < n; i++) {
        if (a[i] >= 0) {
          sum += w[i][a[i]];
          assertEquals(true, cols.add(a[i]), "a column is assigned twice");
        }
      }
      assertEquals(best(w, 0, new boolean[m]), sum, EPS);
    }
  }

  private static double best(double[][] w, int row, boolean[] used) {
    if (row == w.length) return 0;
    double result = best(w, row + 1, used); // this row unassigned
    for (int j = 0; j < used.length; j++) {
      if (used[j]) continue;
      used[j] = true;
      result = Math.max(result, w[row][j] + best(w, row + 1, used));
      used[j] = false;
    }
    return result;
  }
}
