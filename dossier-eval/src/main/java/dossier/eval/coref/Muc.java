package dossier.eval.coref;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** MUC (Vilain et al. 1995): links kept, counted as clusters minus the parts the other side splits them into. */
public final class Muc {
  private Muc() {}

  public static <T> CorefScore score(List<Set<T>> key, List<Set<T>> response) {
    double[] r = side(key, response);
    double[] p = side(response, key);
    return new CorefScore(r[0], r[1], p[0], p[1]);
  }

  /** {@code {sum(|c| - parts(c)), sum(|c| - 1)}} over the clusters of {@code gold}, split by {@code other}. */
  private static <T> double[] side(List<Set<T>> gold, List<Set<T>> other) {
    Map<T, Integer> clusterOf = index(other);
    double num = 0;
    double den = 0;
    for (Set<T> c : gold) {
      Set<Object> parts = new HashSet<>();
      for (T m : c) {
        Integer i = clusterOf.get(m);
        // A mention the other side lacks is a part of its own (Pradhan et al. 2014, sec. 3).
        parts.add(i != null ? i : new Object());
      }
      num += c.size() - parts.size();
      den += c.size() - 1;
    }
    return new double[] {num, den};
  }

  static <T> Map<T, Integer> index(List<Set<T>> clusters) {
    Map<T, Integer> out = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      for (T m : clusters.get(i)) out.put(m, i);
    }
    return out;
  }
}
