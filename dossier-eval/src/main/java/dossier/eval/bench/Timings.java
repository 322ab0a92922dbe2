package dossier.eval.bench;

import java.util.Arrays;
import java.util.List;

/** Per-article times of one measured run, in milliseconds: mean and nearest-rank percentiles. */
final class Timings {

  private final double[] sorted;

  Timings(List<Double> millis) {
    if (millis.isEmpty()) throw new IllegalArgumentException("no timings");
    this.sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  double total() {
    return Arrays.stream(sorted).sum();
  }

  double mean() {
    return total() / sorted.length;
  }

  /** The smallest time that at least {@code p} (0..1] of the articles took no longer than. */
  double percentile(double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }
}
