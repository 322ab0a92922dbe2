package dossier.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.eval.EvalContext;
import dossier.eval.Suite;
import dossier.eval.SuiteResult;
import dossier.model.ArticleAnalysis;
import dossier.model.Json;
import dossier.pipeline.Pipeline;
import dossier.pipeline.read.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** WikiEvents dev and test: trigger identification and classification F1 and argument F1, in KAIROS terms. */
public final class EventsSuite implements Suite {

  private static final String DATASET = "wikievents";
  private static final String NOTE = "KAIROS mapping and matching rules: docs/evaluation/events.md";

  @Override
  public String name() {
    return "events";
  }

  @Override
  public String description() {
    return "WikiEvents (KAIROS) dev/test: trigger_id_f1 trigger_cls_f1 arg_f1";
  }

  @Override
  public List<SuiteResult> run(EvalContext context) throws IOException {
    Path dir = context.dataset(DATASET);
    if (dir == null) return List.of(SuiteResult.unavailable(name(), DATASET, "no " + DATASET + "/ in " + context.data()));
    List<SuiteResult> out = new ArrayList<>();
    for (String split : List.of("dev", "test")) {
      List<WikiEventsDoc> docs = read(dir, split, context);
      ErrorLog errors = new ErrorLog();
      EventScorer.Score full = EventScorer.Score.ZERO;
      EventScorer.Score coarse = EventScorer.Score.ZERO;
      Pipeline pipeline = context.pipeline();
      for (WikiEventsDoc doc : docs) {
        ArticleAnalysis a = pipeline.analyze(new RawArticle(doc.id(), null, null, null, null, doc.text(), DATASET));
        List<ScoredEvent> system = DossierEvents.of(a, doc);
        full = full.plus(EventScorer.score(doc.gold(), system, errors, doc.id()));
        coarse = coarse.plus(EventScorer.score(doc.gold().stream().map(ScoredEvent::twoLevels).toList(),
            system.stream().map(ScoredEvent::twoLevels).toList(), new ErrorLog(), doc.id()));
      }
      Files.writeString(context.out().resolve("events-" + split + "-errors.md"), errors.markdown());
      Map<String, Double> metrics = new LinkedHashMap<>();
      metrics.put("trigger_id_f1", full.triggerId().f1());
      metrics.put("trigger_cls_f1", full.triggerCls().f1());
      metrics.put("arg_f1", full.arguments().f1());
      metrics.put("trigger_cls_2level_f1", coarse.triggerCls().f1());
      metrics.put("trigger_id_p", full.triggerId().precision());
      metrics.put("trigger_id_r", full.triggerId().recall());
      metrics.put("arg_p", full.arguments().precision());
      metrics.put("arg_r", full.arguments().recall());
      out.add(new SuiteResult(name(), "dossier", split, DATASET, docs.size(), metrics, NOTE));
    }
    out.add(new SuiteResult(name(), "corenlp", "test", DATASET, 0, Map.of(), "CoreNLP has no event extractor"));
    return out;
  }

  private static List<WikiEventsDoc> read(Path dir, String split, EvalContext context) throws IOException {
    ObjectMapper json = Json.mapper();
    Map<String, List<List<String>>> clusters = new HashMap<>();
    Path coref = dir.resolve("coref").resolve(split + ".jsonlines");
    if (Files.exists(coref)) {
      for (String line : Files.readAllLines(coref)) {
        if (line.isBlank()) continue;
        JsonNode c = json.readTree(line);
        List<List<String>> cs = new ArrayList<>();
        for (JsonNode cluster : c.get("clusters")) {
          List<String> ids = new ArrayList<>();
          cluster.forEach(id -> ids.add(id.asText()));
          cs.add(ids);
        }
        clusters.put(c.get("doc_key").asText(), cs);
      }
    }
    List<String> lines = Files.readAllLines(dir.resolve(split + ".jsonl")).stream().filter(l -> !l.isBlank()).toList();
    List<WikiEventsDoc> docs = new ArrayList<>();
    for (String line : lines.subList(0, context.cap(lines.size()))) {
      JsonNode doc = json.readTree(line);
      docs.add(WikiEventsDoc.of(doc, clusters.getOrDefault(doc.get("doc_id").asText(), List.of())));
    }
    return docs;
  }
}
