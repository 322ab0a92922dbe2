package dossier.eval.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OraclesTest {

  /** One participant A in two documents, B in two, C found by nobody. */
  private static final List<Set<String>> KEY =
      List.of(Set.of("d1#1", "d1#2", "d2#1"), Set.of("d1#3", "d2#2"), Set.of("d2#3"));

  /** A is one cluster within d1 but not linked to d2's A; B is right; C not found. */
  private static final Map<String, String> SPLIT_ACROSS =
      Map.of("d1#1", "x", "d1#2", "x", "d2#1", "y", "d1#3", "z", "d2#2", "z");

  /** A is split within d1 and its d2 mention linked to one of the pieces; B is right. */
  private static final Map<String, String> SPLIT_WITHIN =
      Map.of("d1#1", "x", "d1#2", "w", "d2#1", "x", "d1#3", "z", "d2#2", "z");

  @Test
  void goldAcrossDocumentsRepairsOnlyTheLinksBetweenDocuments() {
    Map<String, String> across = Oracles.goldAcrossDocuments(KEY, SPLIT_ACROSS);
    assertEquals(across.get("d1#1"), across.get("d2#1"), "d1's and d2's A joined");
    assertEquals(1.0, score(across).conllF1(), 1e-9);
    // A split inside d1 stays split: the oracle keeps the response's clusters within a document.
    Map<String, String> within = Oracles.goldAcrossDocuments(KEY, SPLIT_WITHIN);
    assertEquals(within.get("d1#1"), within.get("d2#1"));
    assertEquals(within.get("d1#1"), within.get("d1#2"), "both d1 pieces have A as their majority cluster");
    assertNull(within.get("d2#3"), "a mention the response did not find stays unfound");
  }

  @Test
  void goldWithinDocumentsRepairsOnlyTheClustersInsideADocument() {
    Map<String, String> within = Oracles.goldWithinDocuments(KEY, SPLIT_WITHIN);
    assertEquals(within.get("d1#1"), within.get("d1#2"), "d1's pieces of A joined");
    // Between documents the response's links stand: d1's A took "w" (tie, smallest label), d2's A is "x".
    assertEquals("w", within.get("d1#1"));
    assertEquals("x", within.get("d2#1"));
    Map<String, String> across = Oracles.goldWithinDocuments(KEY, SPLIT_ACROSS);
    assertEquals(SPLIT_ACROSS, across, "already right within each document: nothing to repair");
    assertTrue(score(across).conllF1() < 1, "the split between documents still costs");
  }

  @Test
  void goldWhereFoundIsTheCeilingOfTheMentionsFound() {
    Map<String, String> found = Oracles.goldWhereFound(KEY, SPLIT_WITHIN);
    assertEquals(SPLIT_WITHIN.keySet(), found.keySet());
    assertEquals(found.get("d1#1"), found.get("d2#1"));
    assertEquals(1.0, score(found).conllF1(), 1e-9, "only C is missing, and C is a singleton in the key");
  }

  private static CorefScores score(Map<String, String> labels) {
    Map<String, Set<String>> groups = new java.util.HashMap<>();
    for (Set<String> c : KEY) for (String m : c) groups.computeIfAbsent(labels.getOrDefault(m, "self:" + m), l -> new java.util.TreeSet<>()).add(m);
    return CorefScores.of(KEY, List.copyOf(groups.values()));
  }
}
