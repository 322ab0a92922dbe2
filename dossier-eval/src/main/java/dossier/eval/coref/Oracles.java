package dossier.eval.coref;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Diagnostic responses that take one part of the answer from the key, to show where a response loses:
 * in the mentions it finds, in its clusters within a document, or in its links across documents.
 * Responses are labels by mention id ({@code file#m_id}, so the file is the document); a mention
 * without a label is one the system did not find (a singleton when scored).
 */
final class Oracles {
  private Oracles() {}

  /** The key's cluster for every mention the response found: the ceiling of the mentions it finds. */
  static Map<String, String> goldWhereFound(List<Set<String>> key, Map<String, String> response) {
    Map<String, String> gold = goldLabels(key), out = new HashMap<>();
    response.keySet().forEach(m -> out.put(m, gold.get(m)));
    return out;
  }

  /**
   * The response's clusters within each document, linked across documents as the key links them:
   * each (document, response label) group takes the key cluster most of its mentions have.
   */
  static Map<String, String> goldAcrossDocuments(List<Set<String>> key, Map<String, String> response) {
    Map<String, String> gold = goldLabels(key);
    return byMajority(response, m -> document(m) + "\t" + response.get(m), gold);
  }

  /**
   * The key's clusters within each document, linked across documents as the response links them:
   * each (document, key cluster) group takes the response label most of its found mentions have.
   */
  static Map<String, String> goldWithinDocuments(List<Set<String>> key, Map<String, String> response) {
    Map<String, String> gold = goldLabels(key);
    return byMajority(response, m -> document(m) + "\t" + gold.get(m), response);
  }

  /** Each found mention's group takes the most frequent value among its members (ties: the smallest value). */
  private static Map<String, String> byMajority(Map<String, String> response,
      java.util.function.Function<String, String> group, Map<String, String> values) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    response.keySet().forEach(m -> counts.computeIfAbsent(group.apply(m), g -> new HashMap<>()).merge(values.get(m), 1, Integer::sum));
    Map<String, String> winner = new HashMap<>();
    counts.forEach((g, c) -> winner.put(g, c.entrySet().stream()
        .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow().getKey()));
    Map<String, String> out = new HashMap<>();
    response.keySet().forEach(m -> out.put(m, winner.get(group.apply(m))));
    return out;
  }

  private static Map<String, String> goldLabels(List<Set<String>> key) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < key.size(); i++) for (String m : key.get(i)) out.put(m, "g" + i);
    return out;
  }

  private static String document(String mention) {
    int hash = mention.indexOf('#');
    return hash < 0 ? mention : mention.substring(0, hash);
  }
}
