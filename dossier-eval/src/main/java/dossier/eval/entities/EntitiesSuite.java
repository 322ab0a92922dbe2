package dossier.eval.entities;

import dossier.eval.EvalContext;
import dossier.eval.Suite;
import dossier.eval.SuiteResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code entities}: named entity mention P/R/F1, exact span and type, per type, on MEANTIME and the
 * GUM Wikinews documents, for Dossier and plain CoreNLP NER. Rules: docs/evaluation/entities.md.
 */
public final class EntitiesSuite implements Suite {

  private static final List<String> SPLITS = List.of("train", "dev", "test");

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public String description() {
    return "entity mention P/R/F1 (exact span and type) on MEANTIME and GUM Wikinews";
  }

  @Override
  public List<SuiteResult> run(EvalContext context) throws IOException {
    List<MentionSystem> systems = List.of(new DossierMentions(context.pipeline()), new CoreNlpMentions());
    List<SuiteResult> results = new ArrayList<>();
    try (Writer errors = Files.newBufferedWriter(context.out().resolve("entities-errors.tsv"), StandardCharsets.UTF_8)) {
      errors.write("system\tdataset\tsplit\tdoc\terror\ttype\tstart\tend\ttext\tcontext\n");
      Path meantime = context.dataset("meantime");
      if (meantime == null) results.add(SuiteResult.unavailable(name(), "meantime", "no meantime/ in the eval data"));
      else score("meantime", meantime(meantime.resolve("intra-doc_annotation")), context, systems, errors, results);
      Path gum = context.dataset("gum-wikinews");
      if (gum == null) results.add(SuiteResult.unavailable(name(), "gum-wikinews", "no gum-wikinews/ in the eval data"));
      else score("gum-wikinews", gum(gum), context, systems, errors, results);
    }
    return results;
  }

  private void score(String dataset, List<GoldDocument> docs, EvalContext context, List<MentionSystem> systems,
      Writer errors, List<SuiteResult> results) throws IOException {
    for (String split : SPLITS) {
      List<GoldDocument> chosen = docs.stream().filter(d -> d.split().equals(split)).toList();
      if (chosen.isEmpty()) continue;
      chosen = chosen.subList(0, context.cap(chosen.size()));
      int goldCount = chosen.stream().mapToInt(d -> d.gold().size()).sum();
      for (MentionSystem system : systems) {
        MentionScore score = new MentionScore();
        int crashed = 0;
        List<EvalContext.Outcome<List<Mention>>> outcomes = inParallel(chosen, system);
        for (int i = 0; i < chosen.size(); i++) {
          GoldDocument doc = chosen.get(i);
          List<Mention> found = outcomes.get(i).value();
          if (outcomes.get(i).failure() != null) {
            // A user of a crashing pipeline gets no entities for the document: score it so, and say so.
            System.err.println("dossier eval: entities: " + system.name() + " failed on " + dataset + " " + doc.id()
                + ": " + outcomes.get(i).failure());
            crashed++;
            found = List.of();
          }
          MentionScore.Errors e = score.add(doc.gold(), doc.ignored(), doc.annotated(found));
          for (Mention m : e.falsePositives()) write(errors, system, dataset, doc, "FP", m);
          for (Mention m : e.falseNegatives()) write(errors, system, dataset, doc, "FN", m);
        }
        String note = goldCount + " gold name mentions" + (crashed > 0 ? "; " + crashed + " docs crashed, scored empty" : "");
        results.add(new SuiteResult(name(), system.name(), split, dataset, chosen.size(), score.metrics(), note));
      }
    }
  }

  private static List<EvalContext.Outcome<List<Mention>>> inParallel(List<GoldDocument> docs, MentionSystem system)
      throws IOException {
    try {
      return EvalContext.inParallel(docs, system::mentions);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static void write(Writer out, MentionSystem system, String dataset, GoldDocument doc, String kind, Mention m)
      throws IOException {
    String text = doc.text();
    int start = text.offsetByCodePoints(0, m.start());
    int end = text.offsetByCodePoints(start, m.end() - m.start());
    String context = text.substring(Math.max(0, start - 40), start) + "[" + text.substring(start, end) + "]"
        + text.substring(end, Math.min(text.length(), end + 40));
    out.write(String.join("\t", system.name(), dataset, doc.split(), doc.id(), kind, m.type(),
        String.valueOf(m.start()), String.valueOf(m.end()), clean(m.text()), clean(context)) + "\n");
  }

  private static String clean(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private static List<GoldDocument> meantime(Path folder) throws IOException {
    List<GoldDocument> docs = new ArrayList<>();
    for (Path file : files(folder, ".xml")) docs.add(MeantimeReader.read(file));
    return docs;
  }

  private static List<GoldDocument> gum(Path folder) throws IOException {
    Path splitsFile = folder.resolve("splits.md");
    Map<String, String> splits = Files.exists(splitsFile)
        ? GumReader.splits(Files.readString(splitsFile, StandardCharsets.UTF_8)) : new LinkedHashMap<>();
    List<GoldDocument> docs = new ArrayList<>();
    for (Path file : files(folder.resolve("dep"), ".conllu")) {
      docs.add(GumReader.parse(Files.readString(file, StandardCharsets.UTF_8), splits));
    }
    return docs;
  }

  private static List<Path> files(Path folder, String suffix) throws IOException {
    if (!Files.isDirectory(folder)) throw new IOException("missing " + folder);
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
