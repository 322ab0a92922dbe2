package dossier.eval.html;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The trafilatura set's score ({@code tests/eval_common.py}): whitespace-normalised substring matching of
 * must-appear ({@code with}) and must-not-appear ({@code without}) snippets, counts added over pages.
 */
public final class Snippets {

  private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private int tp;
  private int fp;
  private int fn;
  private int tn;

  /** Counts one page; a null {@code extracted} (the extractor failed) finds nothing. */
  public void add(List<String> with, List<String> without, String extracted) {
    String text = extracted == null ? null : norm(extracted);
    int found = text == null ? 0 : (int) with.stream().filter(w -> text.contains(norm(w))).count();
    int leaked = text == null ? 0 : (int) without.stream().filter(w -> text.contains(norm(w))).count();
    tp += found;
    fn += with.size() - found;
    fp += leaked;
    tn += without.size() - leaked;
  }

  /** Share of snippets handled right: must-appear found plus must-not-appear absent, over all snippets. */
  public double accuracy() {
    int total = tp + fp + fn + tn;
    return total == 0 ? 0 : (double) (tp + tn) / total;
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
  }

  static String norm(String text) {
    return SPACE.matcher(text).replaceAll(" ").strip();
  }
}
