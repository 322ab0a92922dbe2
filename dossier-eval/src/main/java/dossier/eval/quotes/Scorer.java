package dossier.eval.quotes;

import dossier.eval.Prf;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted attributions against gold ones of the same article (rules in
 * docs/evaluation/quotes.md). Content spans are compared after trimming non-alphanumeric characters
 * at each fragment's ends and merging overlapping fragments; exact = the same trimmed fragments,
 * overlap = at least one shared letter or digit. Pairs are made one-to-one, largest overlap first.
 * Source and cue are scored on the overlap pairs, so a right speaker on an unmatched quote still
 * counts as a false positive.
 */
final class Scorer {
  private Scorer() {}

  /** Counts for the four headline metrics; add them up over articles. */
  record Score(Prf source, Prf cue, Prf contentExact, Prf contentOverlap) {
    static final Score ZERO = new Score(Prf.ZERO, Prf.ZERO, Prf.ZERO, Prf.ZERO);

    Score plus(Score o) {
      return new Score(source.plus(o.source), cue.plus(o.cue), contentExact.plus(o.contentExact),
          contentOverlap.plus(o.contentOverlap));
    }

    /** The headline F1s first, in the order issue 3 fixes, then precision and recall of each. */
    Map<String, Double> metrics() {
      Map<String, Prf> parts = new LinkedHashMap<>();
      parts.put("source", source);
      parts.put("cue", cue);
      parts.put("content_exact", contentExact);
      parts.put("content_overlap", contentOverlap);
      Map<String, Double> m = new LinkedHashMap<>();
      parts.forEach((k, v) -> m.put(k + "_f1", v.f1()));
      parts.forEach((k, v) -> {
        m.put(k + "_precision", v.precision());
        m.put(k + "_recall", v.recall());
      });
      return m;
    }
  }

  /** A gold and a predicted attribution whose contents overlap, with what else agrees. */
  record Pair(Attribution gold, Attribution predicted, boolean exact, boolean source, boolean cue) {}

  /** How one article's predictions line up with its gold. */
  record Alignment(List<Pair> matched, List<Attribution> missed, List<Attribution> spurious, Score score) {}

  static Alignment align(String text, List<Attribution> gold, List<Attribution> predicted) {
    int[] cps = text.codePoints().toArray();
    List<List<Range>> goldContent = gold.stream().map(a -> trim(cps, a.content())).toList();
    List<List<Range>> predContent = predicted.stream().map(a -> trim(cps, a.content())).toList();

    record Candidate(int g, int p, int overlap) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        int overlap = overlap(cps, goldContent.get(g), predContent.get(p));
        if (overlap > 0) candidates.add(new Candidate(g, p, overlap));
      }
    }
    // Largest overlap first; ties by text order so that a run is reproducible.
    candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed()
        .thenComparingInt(Candidate::g).thenComparingInt(Candidate::p));
    Set<Integer> usedGold = new HashSet<>();
    Set<Integer> usedPred = new HashSet<>();
    List<Pair> matched = new ArrayList<>();
    for (Candidate c : candidates) {
      if (usedGold.contains(c.g) || usedPred.contains(c.p)) continue;
      usedGold.add(c.g);
      usedPred.add(c.p);
      Attribution g = gold.get(c.g);
      Attribution p = predicted.get(c.p);
      matched.add(new Pair(g, p, goldContent.get(c.g).equals(predContent.get(c.p)),
          anyOverlap(g.source(), p.source()), anyOverlap(g.cue(), p.cue())));
    }
    List<Attribution> missed = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) if (!usedGold.contains(g)) missed.add(gold.get(g));
    List<Attribution> spurious = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) if (!usedPred.contains(p)) spurious.add(predicted.get(p));

    int sourceTp = (int) matched.stream().filter(Pair::source).count();
    int cueTp = (int) matched.stream().filter(Pair::cue).count();
    int exactTp = exactMatches(goldContent, predContent);
    Score score = new Score(
        counts(sourceTp, predicted.stream().filter(Attribution::hasSource).count(),
            gold.stream().filter(Attribution::hasSource).count()),
        counts(cueTp, predicted.stream().filter(Attribution::hasCue).count(),
            gold.stream().filter(Attribution::hasCue).count()),
        counts(exactTp, predicted.size(), gold.size()),
        counts(matched.size(), predicted.size(), gold.size()));
    return new Alignment(matched, missed, spurious, score);
  }

  private static Prf counts(int tp, long predicted, long gold) {
    return new Prf(tp, predicted - tp, gold - tp);
  }

  /** One-to-one pairs of identical trimmed contents. */
  private static int exactMatches(List<List<Range>> gold, List<List<Range>> predicted) {
    List<List<Range>> left = new ArrayList<>(gold);
    int tp = 0;
    for (List<Range> p : predicted) {
      if (!p.isEmpty() && left.remove(p)) tp++;
    }
    return tp;
  }

  /** Each fragment without the spaces, punctuation and quotation marks at its ends; empty ones dropped; sorted. */
  static List<Range> trim(int[] cps, List<Range> fragments) {
    List<Range> out = new ArrayList<>();
    for (Range r : fragments) {
      int s = Math.min(r.start(), cps.length);
      int e = Math.min(r.end(), cps.length);
      while (s < e && !Character.isLetterOrDigit(cps[s])) s++;
      while (e > s && !Character.isLetterOrDigit(cps[e - 1])) e--;
      if (e > s) out.add(new Range(s, e));
    }
    out.sort(null);
    // Overlapping fragments (a partial quote inside the indirect one it belongs to) count once.
    List<Range> merged = new ArrayList<>();
    for (Range r : out) {
      Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && r.start() <= last.end()) {
        merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), r.end())));
      } else {
        merged.add(r);
      }
    }
    return merged;
  }

  /** Letters and digits that both sets of fragments cover. */
  private static int overlap(int[] cps, List<Range> a, List<Range> b) {
    int n = 0;
    for (Range x : a) {
      for (Range y : b) {
        for (int i = Math.max(x.start(), y.start()); i < Math.min(x.end(), y.end()); i++) {
          if (Character.isLetterOrDigit(cps[i])) n++;
        }
      }
    }
    return n;
  }

  private static boolean anyOverlap(List<Range> a, List<Range> b) {
    for (Range x : a) {
      for (Range y : b) if (x.overlaps(y)) return true;
    }
    return false;
  }
}
