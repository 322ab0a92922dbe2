package dossier.eval.coref;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** B-cubed (Bagga and Baldwin 1998), per mention, with Pradhan et al.'s (2014) treatment of unmatched mentions. */
public final class BCubed {
  private BCubed() {}

  public static <T> CorefScore score(List<Set<T>> key, List<Set<T>> response) {
    double[] r = side(key, response);
    double[] p = side(response, key);
    return new CorefScore(r[0], r[1], p[0], p[1]);
  }

  /** {@code {sum over c, o of |c & o|^2 / |c|, number of mentions}} for the clusters c of {@code gold}. */
  private static <T> double[] side(List<Set<T>> gold, List<Set<T>> other) {
    Map<T, Integer> clusterOf = Muc.index(other);
    double num = 0;
    double den = 0;
    for (Set<T> c : gold) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (T m : c) {
        Integer i = clusterOf.get(m);
        // A mention missing on the other side shares nothing with any of its clusters.
        if (i != null) overlap.merge(i, 1, Integer::sum);
      }
      for (int n : overlap.values()) num += (double) n * n / c.size();
      den += c.size();
    }
    return new double[] {num, den};
  }
}
