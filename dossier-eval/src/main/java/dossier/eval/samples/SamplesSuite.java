package dossier.eval.samples;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.eval.EvalContext;
import dossier.eval.Suite;
import dossier.eval.SuiteResult;
import dossier.model.Json;
import dossier.pipeline.read.ReadOptions;
import dossier.pipeline.read.ReadResult;
import dossier.pipeline.read.Readers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every hand-written {@code *.expected.json} (in {@code ../shared/samples} and the project's
 * reference example), scored on Dossier's analysis of the {@code .txt} beside it exactly as
 * {@code score_expectations.py} scores it.
 */
public final class SamplesSuite implements Suite {

  private static final String SUFFIX = ".expected.json";
  /** The project's own reference example, relative to the repository root the launcher runs in. */
  private static final Path REFERENCE = Path.of("dossier-pipeline", "src", "test", "resources", "reference");
  private static final String NO_BASELINE = "no CoreNLP baseline: the expectations are Dossier's schema";

  @Override
  public String name() {
    return "samples";
  }

  @Override
  public String description() {
    return "hand-written expected facts (../shared/samples, the reference example), scored like score_expectations.py";
  }

  @Override
  public List<SuiteResult> run(EvalContext context) throws IOException {
    List<Path> expectations = expectations(List.of(context.data().toAbsolutePath().getParent().resolve("samples"), REFERENCE));
    if (expectations.isEmpty()) {
      return List.of(SuiteResult.unavailable(name(), "samples", "no *" + SUFFIX + " in ../shared/samples or " + REFERENCE));
    }
    Path outputs = Files.createDirectories(context.out().resolve("samples"));
    List<SuiteResult> results = new ArrayList<>();
    for (Path expected : expectations.subList(0, context.cap(expectations.size()))) {
      results.add(score(context, expected, outputs));
    }
    return results;
  }

  private SuiteResult score(EvalContext context, Path expected, Path outputs) throws IOException {
    String file = expected.getFileName().toString();
    String stem = file.substring(0, file.length() - SUFFIX.length());
    Path text = expected.resolveSibling(stem + ".txt");
    if (!Files.exists(text)) {
      return new SuiteResult(name(), "dossier", "dev", file, 0, Map.of(), "no " + text.getFileName() + " beside it");
    }
    List<ReadResult> read = new ArrayList<>();
    Readers.read(List.of(text.toString()), ReadOptions.defaults(), read::add);
    if (read.size() != 1 || !(read.get(0) instanceof ReadResult.Success article)) {
      return new SuiteResult(name(), "dossier", "dev", file, 0, Map.of(), "cannot read " + text + ": " + read);
    }
    JsonNode output = Json.mapper().valueToTree(context.pipeline().analyze(article.article()));
    // Kept so that the Python script can be run on exactly what was scored here.
    Files.writeString(outputs.resolve(stem + ".json"), Json.writePretty(output));
    ExpectationScore s = ExpectationScorer.score(Json.mapper().readTree(expected.toFile()), output);
    Files.write(outputs.resolve(stem + ".misses.txt"), s.misses());
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("score", s.score());
    s.sections().forEach((section, points) -> {
      if (points[1] > 0) metrics.put("section_" + section, points[0] / points[1]);
    });
    String note = String.format("%.1f/%.1f points, optional %.1f/%.1f; %s", s.earned(), s.total(), s.bonus(),
        s.bonusTotal(), NO_BASELINE);
    return new SuiteResult(name(), "dossier", "dev", file, 1, metrics, note);
  }

  /** The expectations files under the folders, a file that is byte-identical to one already found counted once. */
  private static List<Path> expectations(List<Path> folders) throws IOException {
    List<Path> found = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) continue;
      List<Path> files;
      try (Stream<Path> walk = Files.walk(folder)) {
        files = walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
      }
      for (Path f : files) {
        byte[] bytes = Files.readAllBytes(f);
        if (contents.stream().noneMatch(c -> Arrays.equals(c, bytes))) {
          found.add(f);
          contents.add(bytes);
        }
      }
    }
    return found;
  }
}
