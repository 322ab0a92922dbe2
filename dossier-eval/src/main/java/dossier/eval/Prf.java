package dossier.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** Precision, recall and F1 from counts, micro-averaged by adding counts. */
public record Prf(double tp, double fp, double fn) {

  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf plus(Prf other) {
    return new Prf(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  public double precision() {
    return tp + fp == 0 ? 0 : tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** {@code precision, recall, f1} under the given key prefix ("" for the suite's headline). */
  public Map<String, Double> metrics(String prefix) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put(prefix + "precision", precision());
    m.put(prefix + "recall", recall());
    m.put(prefix + "f1", f1());
    return m;
  }
}
