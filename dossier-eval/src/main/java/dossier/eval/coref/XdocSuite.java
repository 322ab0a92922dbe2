package dossier.eval.coref;

import dossier.eval.EvalContext;
import dossier.eval.Suite;
import dossier.eval.SuiteResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** ECB+ test topics 36-45: cross-document entity coreference, MUC, B-cubed, CEAF-e and CoNLL F1. */
public final class XdocSuite implements Suite {

  private static final String DATASET = "ecbplus-36-45";
  private static final List<Integer> TEST_TOPICS = IntStream.rangeClosed(36, 45).boxed().toList();

  @Override
  public String name() {
    return "xdoc";
  }

  @Override
  public String description() {
    return "ECB+ topics 36-45, cross-document entity coreference: muc_f1 b3_f1 ceafe_f1 conll_f1";
  }

  @Override
  public List<SuiteResult> run(EvalContext context) throws Exception {
    Path dir = context.dataset("ecbplus");
    if (dir == null) return List.of(SuiteResult.unavailable(name(), DATASET, "no ecbplus/ in " + context.data()));
    EcbPlus.Key key = EcbPlus.read(dir, TEST_TOPICS, context.limit());
    String gold = key.mentions() + " gold entity mentions in " + key.clusters().size()
        + " clusters (validated sentences, gold mentions, singletons included)";
    // Every mention alone: the floor a resolver must clear, scored by the same scorers.
    List<Set<String>> singletons = key.clusters().stream().flatMap(Set::stream).map(Set::of).toList();
    return List.of(
        new SuiteResult(name(), "dossier", "test", DATASET, key.docs(), Map.of(),
            "not implemented: needs the archive's cross-document resolver (issue 6); " + gold),
        new SuiteResult(name(), "baseline-singletons", "test", DATASET, key.docs(),
            CorefScores.of(key.clusters(), singletons).metrics(), gold));
  }
}
