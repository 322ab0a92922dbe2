package dossier.eval.coref;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** MUC, B-cubed and CEAF-e of one response against one key, and their mean, the CoNLL F1. */
public record CorefScores(CorefScore muc, CorefScore bCubed, CorefScore ceafE) {

  public static <T> CorefScores of(List<Set<T>> key, List<Set<T>> response) {
    return new CorefScores(Muc.score(key, response), BCubed.score(key, response), CeafE.score(key, response));
  }

  /** The CoNLL-2011/2012 score: the unweighted mean of the three F1s. */
  public double conllF1() {
    return (muc.f1() + bCubed.f1() + ceafE.f1()) / 3;
  }

  /** {@code muc_f1 b3_f1 ceafe_f1 conll_f1}, the xdoc suite's metrics. */
  public Map<String, Double> metrics() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("muc_f1", muc.f1());
    m.put("b3_f1", bCubed.f1());
    m.put("ceafe_f1", ceafE.f1());
    m.put("conll_f1", conllF1());
    return m;
  }
}
