package dossier.eval;

import com.fasterxml.jackson.databind.SerializationFeature;
import dossier.model.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier eval SUITE...}: scores Dossier and its CoreNLP baseline on public gold sets. */
@Command(name = "dossier eval", mixinStandardHelpOptions = true,
    description = {"Scores Dossier and plain CoreNLP on the public gold sets in ../shared/eval-data.",
        "Suites: time, entities, quotes, events, html, xdoc, samples, or all; xdoc-dev, xdoc-train (ECB+ dev and train topics, for tuning)."})
public final class EvalCommand implements Callable<Integer> {

  enum Format { table, json }

  @Parameters(arity = "1..*", paramLabel = "SUITE", description = "Suites to run, or 'all'.")
  List<String> names;

  @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "At most N documents per split (0: all).")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table or json (one object per line).")
  Format format;

  @Option(names = "--data", paramLabel = "DIR", description = "The eval-data folder. Default: ../shared/eval-data.")
  Path data;

  @Option(names = "--out", defaultValue = "target/eval", paramLabel = "DIR", description = "Where results are written.")
  Path out;

  @Option(names = "--update-docs", paramLabel = "FILE", arity = "0..1", fallbackValue = "docs/EVALUATION.md",
      description = "Write the results into docs/EVALUATION.md (or FILE), with the command, date and commit.")
  Path docs;

  @Override
  public Integer call() throws IOException {
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Map<String, Suite> suites = Suites.all();
    List<Suite> chosen = new ArrayList<>();
    for (String name : names) {
      if (name.equals("all")) {
        // Dev and train splits are for tuning, not part of 'all'.
        suites.values().stream().filter(s -> !s.name().endsWith("-dev") && !s.name().endsWith("-train")).forEach(chosen::add);
      } else if (suites.containsKey(name)) {
        chosen.add(suites.get(name));
      } else {
        System.err.println("dossier eval: no suite '" + name + "'; suites: " + String.join(", ", suites.keySet()));
        return 2;
      }
    }
    Path dataDir = data != null ? data : Path.of("..", "shared", "eval-data");
    if (!Files.isDirectory(dataDir)) {
      System.err.println("dossier eval: no eval data at " + dataDir.toAbsolutePath().normalize()
          + " (give --data DIR; the gold sets are not part of the repository)");
      return 2;
    }
    Files.createDirectories(out);
    EvalContext context = new EvalContext(dataDir, limit, out);
    List<SuiteResult> results = new ArrayList<>();
    int failed = 0;
    for (Suite suite : chosen) {
      long started = System.nanoTime();
      List<SuiteResult> these;
      try {
        these = suite.run(context);
      } catch (Exception e) {
        // One broken suite is reported and the others still run.
        System.err.println("dossier eval: suite " + suite.name() + " failed: " + e);
        failed++;
        continue;
      }
      results.addAll(these);
      writeJson(out.resolve(suite.name() + ".json"), these);
      for (SuiteResult r : these) print(stdout, r);
      System.err.printf("dossier eval: %s done in %.1f s%n", suite.name(), (System.nanoTime() - started) / 1e9);
    }
    if (docs != null) EvaluationDoc.update(docs, results, commandLine());
    return failed == 0 ? 0 : 1;
  }

  private void print(PrintStream stdout, SuiteResult r) {
    if (format == Format.json) {
      stdout.println(Json.write(r.toJson()));
      return;
    }
    StringBuilder b = new StringBuilder(String.format("%-9s %-8s %-5s %-28s %5d", r.suite(), r.system(), r.split(),
        r.dataset(), r.nDocs()));
    r.metrics().forEach((k, v) -> b.append(String.format("  %s %.3f", k, v)));
    if (r.note() != null) b.append("  (").append(r.note()).append(')');
    stdout.println(b);
  }

  private static void writeJson(Path file, List<SuiteResult> results) throws IOException {
    List<Map<String, Object>> rows = results.stream().map(SuiteResult::toJson).toList();
    Files.writeString(file, Json.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
  }

  private String commandLine() {
    StringBuilder b = new StringBuilder("./dossier eval");
    for (String n : names) b.append(' ').append(n);
    if (limit > 0) b.append(" --limit ").append(limit);
    b.append(" --update-docs");
    return b.toString();
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalCommand()).execute(args));
  }
}
