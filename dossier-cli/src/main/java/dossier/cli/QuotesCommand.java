package dossier.cli;

import dossier.archive.Archive;
import dossier.archive.query.Queries;
import dossier.archive.query.QueryRecords.QuoteFilter;
import dossier.archive.query.QueryRecords.QuoteRow;
import dossier.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier quotes}: quotes by speaker and text, newest first. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = {"Lists quotes, newest article first: by a speaker (an archive entity's name or alias, or the",
        "speaker as written) and containing words. Exit code 0, 1 when the archive cannot be opened."})
final class QuotesCommand implements Callable<Integer> {
  @Mixin ArchiveOptions options;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes by this speaker.")
  String speaker;

  @Option(names = "--text", paramLabel = "WORDS", description = "Only quotes containing all these words.")
  String text;

  @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "At most N quotes. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Override
  public Integer call() {
    try (Archive archive = options.open()) {
      if (archive == null) return DossierCommand.SOME_FAILED;
      List<QuoteRow> quotes = new Queries(archive).quotes(new QuoteFilter(speaker, text, limit));
      PrintWriter out = options.out();
      if (options.json()) out.println(Json.write(quotes));
      else for (QuoteRow q : quotes) out.println(Text.quote(q));
      out.flush();
      return 0;
    } catch (IOException e) {
      options.err().println("dossier: " + e.getMessage());
      return DossierCommand.SOME_FAILED;
    }
  }
}
