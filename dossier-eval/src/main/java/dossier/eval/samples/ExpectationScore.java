package dossier.eval.samples;

import java.util.List;
import java.util.Map;

/**
 * What {@code score_expectations.py} prints for one expectations file.
 *
 * @param earned points earned on required items
 * @param total points of the required items
 * @param bonus points earned on optional items
 * @param bonusTotal points of the optional items
 * @param sections per section, {earned, total} of its required items, in the order first met
 * @param misses one line per item not fully earned, like the script's {@code miss} lines
 */
public record ExpectationScore(double earned, double total, double bonus, double bonusTotal,
    Map<String, double[]> sections, List<String> misses) {

  /** The fraction of required points earned: the script's {@code score:} line. */
  public double score() {
    return total == 0 ? 0 : earned / total;
  }
}
