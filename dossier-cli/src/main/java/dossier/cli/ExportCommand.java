package dossier.cli;

import dossier.archive.Archive;
import dossier.archive.query.Export;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier export}: the archive as JSONL records, CSV tables or a GraphML network. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Exports the archive: jsonl (every stored dossier.article/1 record, one per line), csv (one",
        "file per table in a directory: articles, entities, mentions, quotes, claims, events, relations) or",
        "graphml (entities as nodes; co-mention and relation edges). jsonl and graphml go to standard output",
        "unless --out FILE is given; csv needs --out DIR.",
        "Exit code 0, 1 when the archive cannot be opened or written out, 2 on bad usage."})
final class ExportCommand implements Callable<Integer> {
  enum Kind { jsonl, csv, graphml }

  @Option(names = "--archive", defaultValue = "dossier-data", paramLabel = "DIR",
      description = "The archive directory. Default: ${DEFAULT-VALUE}.")
  Path archiveDir;

  @Option(names = "--format", required = true, description = "jsonl, csv or graphml.")
  Kind format;

  @Option(names = "--out", paramLabel = "DIR|FILE", description = "Where to write: a directory for csv, a file otherwise.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (format == Kind.csv && out == null) {
      err.println("dossier: --format csv writes one file per table: give --out DIR");
      return 2;
    }
    if (!Files.isRegularFile(archiveDir.resolve("facts.db"))) {
      err.println("dossier: no archive in " + archiveDir + " (run 'dossier ingest' first, or give --archive)");
      return DossierCommand.SOME_FAILED;
    }
    try (Archive archive = Archive.openReadOnly(archiveDir)) { // runs beside an ingest
      String summary;
      if (format == Kind.csv) {
        Map<String, Long> rows = Export.csv(archive, out);
        StringBuilder b = new StringBuilder("wrote");
        rows.forEach((file, n) -> b.append(' ').append(file).append(" (").append(n).append(')'));
        summary = b.append(" to ").append(out).toString();
      } else {
        Writer w = out == null ? spec.commandLine().getOut()
            : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
        try {
          summary = format == Kind.jsonl ? "wrote " + Export.jsonl(archive, w) + " records"
              : "wrote " + Export.graphml(archive, w);
          w.flush();
        } finally {
          if (out != null) w.close();
        }
      }
      if (out != null) err.println(summary);
      return 0;
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("dossier: " + e.getMessage());
      return DossierCommand.SOME_FAILED;
    }
  }
}
