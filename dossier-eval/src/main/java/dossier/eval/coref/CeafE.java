package dossier.eval.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity-based CEAF (Luo 2005, phi4): the best one-to-one alignment of key and response clusters by
 * {@code 2|K & R| / (|K| + |R|)}; recall divides by the number of key clusters, precision by response clusters.
 */
public final class CeafE {
  private CeafE() {}

  public static <T> CorefScore score(List<Set<T>> key, List<Set<T>> response) {
    double similarity = 0;
    // Only clusters that share a mention can be aligned with profit, so the alignment is solved per
    // connected component of the overlap graph: exact, and small enough for Kuhn-Munkres on a corpus.
    for (int[][] component : components(key, response)) {
      int[] keys = component[0];
      int[] responses = component[1];
      double[][] phi = new double[keys.length][responses.length];
      for (int i = 0; i < keys.length; i++) {
        for (int j = 0; j < responses.length; j++) phi[i][j] = phi4(key.get(keys[i]), response.get(responses[j]));
      }
      int[] assigned = Hungarian.maximize(phi);
      for (int i = 0; i < keys.length; i++) {
        if (assigned[i] >= 0) similarity += phi[i][assigned[i]];
      }
    }
    return new CorefScore(similarity, key.size(), similarity, response.size());
  }

  static <T> double phi4(Set<T> k, Set<T> r) {
    int common = 0;
    for (T m : k) {
      if (r.contains(m)) common++;
    }
    return 2.0 * common / (k.size() + r.size());
  }

  /** Groups of key and response cluster indices connected by shared mentions: {@code {keys, responses}}. */
  private static <T> List<int[][]> components(List<Set<T>> key, List<Set<T>> response) {
    Map<T, Integer> responseOf = Muc.index(response);
    // Union-find over key clusters (0..k-1) and response clusters (k..k+r-1).
    int[] parent = new int[key.size() + response.size()];
    for (int i = 0; i < parent.length; i++) parent[i] = i;
    for (int i = 0; i < key.size(); i++) {
      for (T m : key.get(i)) {
        Integer j = responseOf.get(m);
        if (j != null) parent[find(parent, i)] = find(parent, key.size() + j);
      }
    }
    Map<Integer, List<Integer>> groups = new java.util.LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) groups.computeIfAbsent(find(parent, i), g -> new ArrayList<>()).add(i);
    List<int[][]> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      int[] keys = g.stream().filter(i -> i < key.size()).mapToInt(Integer::intValue).toArray();
      int[] responses = g.stream().filter(i -> i >= key.size()).mapToInt(i -> i - key.size()).toArray();
      if (keys.length > 0 && responses.length > 0) out.add(new int[][] {keys, responses});
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
