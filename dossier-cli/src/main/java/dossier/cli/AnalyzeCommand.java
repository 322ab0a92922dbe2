package dossier.cli;

import dossier.model.ArticleAnalysis;
import dossier.model.Json;
import dossier.pipeline.Dossier;
import dossier.pipeline.Pipeline;
import dossier.pipeline.read.ReadOptions;
import dossier.pipeline.read.Duplicates;
import dossier.pipeline.read.ReadResult;
import dossier.pipeline.read.Readers;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier analyze FILE...}: prints the dossier.article/1 record of each article. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {
        "Analyzes articles and prints their dossier.article/1 records.",
        "Inputs: seed files ('date YYYY-MM-DD' header), plain text, JSONL (id, date, title, url, source, text),",
        "HTML pages (.html, .htm, .html.gz), WARC/ARC crawls (.warc, .warc.gz, .arc), directories (recursively)",
        "and - for standard input. An article that repeats an earlier one, exactly or nearly, is noted on",
        "stderr and not analyzed again.",
        "Exit code 0 when every input was analyzed, 1 when some failed (each named on stderr), 2 on bad usage."})
final class AnalyzeCommand implements Callable<Integer> {

  enum Format { json, jsonl, text }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, directories, or - for standard input.")
  List<String> inputs;

  @Option(names = "--format", defaultValue = "json",
      description = "json (one object, or an array for several articles), jsonl, or text. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that do not carry one.")
  LocalDate date;

  @Option(names = "--max-chars", defaultValue = "" + ReadOptions.DEFAULT_MAX_CHARS, paramLabel = "N",
      description = "Refuse articles longer than N characters. Default: ${DEFAULT-VALUE}.")
  long maxChars;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    Pipeline pipeline = Dossier.pipeline();
    ResultPrinter printer = ResultPrinter.of(format, out);
    int[] failures = {0};
    Duplicates duplicates = new Duplicates();
    Map<String, String> origins = new HashMap<>();
    Readers.read(inputs, new ReadOptions(date, maxChars), result -> {
      if (result instanceof ReadResult.Failure failure) {
        failures[0]++;
        System.err.println("dossier: " + failure);
        return;
      }
      if (result instanceof ReadResult.Notice notice) {
        System.err.println("dossier: " + notice);
        return;
      }
      var article = ((ReadResult.Success) result).article();
      Optional<String> first = duplicates.firstCopyOf(article);
      if (first.isPresent()) {
        System.err.println("dossier: " + article.origin() + " duplicates " + origins.get(first.get()));
        return;
      }
      origins.putIfAbsent(article.id(), article.origin());
      ArticleAnalysis analysis;
      try {
        analysis = pipeline.analyze(article);
      } catch (RuntimeException e) {
        // One article the pipeline cannot handle must not end the run.
        failures[0]++;
        System.err.println("dossier: " + article.origin() + ": analysis failed: " + e);
        return;
      }
      printer.print(analysis);
      out.flush();
    });
    printer.finish();
    out.flush();
    return failures[0] == 0 ? 0 : DossierCommand.SOME_FAILED;
  }

  /** Writes analyses in one of the formats. */
  private interface ResultPrinter {
    void print(ArticleAnalysis analysis);

    void finish();

    static ResultPrinter of(Format format, PrintStream out) {
      return switch (format) {
        case jsonl -> new ResultPrinter() {
          public void print(ArticleAnalysis a) {
            out.println(Json.write(a));
          }

          public void finish() {}
        };
        case text -> new ResultPrinter() {
          public void print(ArticleAnalysis a) {
            out.println(TextSummary.of(a));
          }

          public void finish() {}
        };
        case json -> new JsonPrinter(out);
      };
    }
  }

  /** One article prints as one JSON object; several as one JSON array, written as they come. */
  private static final class JsonPrinter implements ResultPrinter {
    private final PrintStream out;
    private ArticleAnalysis held;
    private boolean array;

    JsonPrinter(PrintStream out) {
      this.out = out;
    }

    @Override
    public void print(ArticleAnalysis a) {
      if (held == null && !array) {
        held = a;
        return;
      }
      if (!array) {
        out.print("[\n" + Json.writePretty(held));
        held = null;
        array = true;
      }
      out.print(",\n" + Json.writePretty(a));
    }

    @Override
    public void finish() {
      if (array) out.println("\n]");
      else if (held != null) out.println(Json.writePretty(held));
    }
  }
}
