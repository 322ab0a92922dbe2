package dossier.eval.time;

import dossier.eval.EvalContext;
import dossier.eval.Suite;
import dossier.eval.SuiteResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * TempEval-3 Task A: strict and relaxed extent F1, type and value F1 of Dossier's times and of
 * CoreNLP's SUTime, micro-averaged over files, DCTs counted, as the official scorer does.
 */
public final class TimeSuite implements Suite {

  @Override
  public String name() {
    return "time";
  }

  @Override
  public String description() {
    return "TempEval-3 timexes: platinum (test) and TBAQ (train); strict/relaxed/type/value F1";
  }

  @Override
  public List<SuiteResult> run(EvalContext context) throws Exception {
    Path tempeval3 = context.dataset("tempeval3");
    if (tempeval3 == null) {
      return List.of(SuiteResult.unavailable(name(), "tempeval3-platinum", "no tempeval3/ in " + context.data()));
    }
    List<TimeTagger> taggers = List.of(new DossierTimeTagger(context.pipeline()), new SuTimeTagger());
    List<SuiteResult> results = new ArrayList<>();
    List<TimeCorpus.Case> platinum = TimeCorpus.platinum(tempeval3, context.limit());
    List<TimeCorpus.Case> tbaq = TimeCorpus.tbaq(tempeval3, context.limit());
    for (TimeTagger tagger : taggers) {
      results.add(score(context, tagger, "test", "tempeval3-platinum", platinum));
      results.add(score(context, tagger, "train", "tbaq", tbaq));
    }
    return results;
  }

  private SuiteResult score(EvalContext context, TimeTagger tagger, String split, String dataset,
      List<TimeCorpus.Case> cases) throws Exception {
    long started = System.nanoTime();
    TimexScore total = TimexScore.ZERO;
    TimexErrors errors = new TimexErrors();
    List<EvalContext.Outcome<List<Timex>>> tagged = EvalContext.inParallel(cases, c -> tagger.tag(c.input()));
    for (int i = 0; i < cases.size(); i++) {
      TimeCorpus.Case c = cases.get(i);
      if (tagged.get(i).failure() instanceof Exception e) throw e;
      List<Timex> found = tagged.get(i).value();
      total = total.plus(TimexScore.of(c.gold().timexes(), found).withDocumentTime());
      errors.add(c.gold().docId(), c.gold().timexes(), found);
    }
    Path report = context.out().resolve("time-" + tagger.system() + "-" + split + ".tsv");
    errors.write(report);
    String note = String.format("%d gold timexes incl. %d DCTs, %d system; %.0f s; errors in %s", total.gold(),
        cases.size(), total.system(), (System.nanoTime() - started) / 1e9, report.getFileName());
    return new SuiteResult(name(), tagger.system(), split, dataset, cases.size(), total.metrics(), note);
  }
}
