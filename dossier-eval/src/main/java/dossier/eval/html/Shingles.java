package dossier.eval.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ScrapingHub benchmark's page score (its {@code evaluate.py}): 4-gram shingles of {@code \w+} tokens,
 * TP/FP/FN as multiset overlap, normalised by their sum so that long pages do not weigh more.
 */
public final class Shingles {
  private Shingles() {}

  /** One page's normalised {@code tp, fp, fn}. */
  public record Page(double tp, double fp, double fn) {}

  public static Page score(String gold, String predicted) {
    Map<List<String>, Integer> g = shingles(gold);
    Map<List<String>, Integer> p = shingles(predicted);
    Set<List<String>> all = new HashSet<>(g.keySet());
    all.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> s : all) {
      int gc = g.getOrDefault(s, 0);
      int pc = p.getOrDefault(s, 0);
      tp += Math.min(gc, pc);
      fp += Math.max(0, pc - gc);
      fn += Math.max(0, gc - pc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new Page(tp / sum, fp / sum, fn / sum) : new Page(0, 0, 0);
  }

  /** {@code precision, recall, f1}: P and R averaged over the pages where they are defined, F1 of the averages. */
  public static double[] prf(List<Page> pages) {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    for (Page x : pages) {
      if (x.tp + x.fp > 0) {
        p += x.fp == 0 && x.fn == 0 ? 1 : x.tp / (x.tp + x.fp);
        np++;
      }
      if (x.tp + x.fn > 0) {
        r += x.fp == 0 && x.fn == 0 ? 1 : x.tp / (x.tp + x.fn);
        nr++;
      }
    }
    p = np == 0 ? 0 : p / np;
    r = nr == 0 ? 0 : r / nr;
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  /** Shingle counts; a text of fewer than 4 tokens is one shorter shingle, none when empty (as in evaluate.py). */
  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - 3); i++) {
      List<String> s = tokens.subList(i, Math.min(tokens.size(), i + 4));
      if (!s.isEmpty()) out.merge(List.copyOf(s), 1, Integer::sum);
    }
    return out;
  }

  /** Python's {@code re.findall(r'\w+')} on str: runs of letters, numbers (any Unicode number) and underscores. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    int start = -1;
    int i = 0;
    while (i <= text.length()) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      if (isWord(cp)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += i < text.length() ? Character.charCount(cp) : 1;
    }
    return out;
  }

  private static boolean isWord(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER || cp == '_';
  }
}
