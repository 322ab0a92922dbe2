package dossier.eval.time;

import dossier.eval.Prf;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TempEval-3 Task A counts for one or more files, added up for micro-averaging.
 *
 * @param gold gold timexes
 * @param system system timexes
 * @param strict aligned pairs with identical extents
 * @param relaxed aligned pairs (extents overlap)
 * @param typeMatches aligned pairs whose type strings are equal
 * @param valueMatches aligned pairs whose value strings are equal
 */
record TimexScore(int gold, int system, int strict, int relaxed, int typeMatches, int valueMatches) {

  static final TimexScore ZERO = new TimexScore(0, 0, 0, 0, 0, 0);

  /** A gold timex and the system timex aligned with it. */
  record Pair(Timex gold, Timex system) {}

  /** Scores one file's timexes (without its DCT: see {@link #withDocumentTime()}). */
  static TimexScore of(List<Timex> gold, List<Timex> system) {
    int strict = 0;
    int type = 0;
    int value = 0;
    List<Pair> pairs = align(gold, system);
    for (Pair p : pairs) {
      if (p.gold().sameExtent(p.system())) strict++;
      if (p.gold().type().equals(p.system().type())) type++;
      if (p.gold().value().equals(p.system().value())) value++;
    }
    return new TimexScore(gold.size(), system.size(), strict, pairs.size(), type, value);
  }

  /**
   * One-to-one alignment, as the TimeML-Normalizer gives an overlapping gold and system timex the
   * same id: identical extents pair first, then the remaining overlaps, largest overlap first.
   */
  static List<Pair> align(List<Timex> gold, List<Timex> system) {
    List<Pair> candidates = new ArrayList<>();
    for (Timex g : gold) {
      for (Timex s : system) {
        if (g.overlaps(s)) candidates.add(new Pair(g, s));
      }
    }
    candidates.sort(Comparator.comparing((Pair p) -> !p.gold().sameExtent(p.system()))
        .thenComparing(p -> -p.gold().overlap(p.system())));
    List<Pair> pairs = new ArrayList<>();
    // Identity sets: two mentions can be equal records (same span twice in a system's output).
    Set<Timex> usedGold = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Timex> usedSystem = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Pair p : candidates) {
      if (!usedGold.contains(p.gold()) && !usedSystem.contains(p.system())) {
        pairs.add(p);
        usedGold.add(p.gold());
        usedSystem.add(p.system());
      }
    }
    return pairs;
  }

  /**
   * Adds the file's DCT on both sides: the official scorer counts every TIMEX3 of the file, and a
   * system keeps the given DCT unchanged, so it is always a strict match with the right type and value.
   */
  TimexScore withDocumentTime() {
    return plus(new TimexScore(1, 1, 1, 1, 1, 1));
  }

  TimexScore plus(TimexScore o) {
    return new TimexScore(gold + o.gold, system + o.system, strict + o.strict, relaxed + o.relaxed,
        typeMatches + o.typeMatches, valueMatches + o.valueMatches);
  }

  double strictF1() {
    return f1(strict);
  }

  double relaxedF1() {
    return f1(relaxed);
  }

  /** Accuracy of the type on relaxed matches, scaled by relaxed F1. */
  double typeF1() {
    return relaxed == 0 ? 0 : (double) typeMatches / relaxed * relaxedF1();
  }

  /** Accuracy of the value on relaxed matches, scaled by relaxed F1: the TempEval-3 headline. */
  double valueF1() {
    return relaxed == 0 ? 0 : (double) valueMatches / relaxed * relaxedF1();
  }

  /** The suite's metrics, headline names first. */
  Map<String, Double> metrics() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("strict_f1", strictF1());
    m.put("relaxed_f1", relaxedF1());
    m.put("type_f1", typeF1());
    m.put("value_f1", valueF1());
    m.put("relaxed_precision", system == 0 ? 0 : (double) relaxed / system);
    m.put("relaxed_recall", gold == 0 ? 0 : (double) relaxed / gold);
    return m;
  }

  private double f1(int matches) {
    return new Prf(matches, system - matches, gold - matches).f1();
  }
}
