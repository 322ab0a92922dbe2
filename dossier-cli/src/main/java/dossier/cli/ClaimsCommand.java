package dossier.cli;

import dossier.archive.Archive;
import dossier.archive.query.Queries;
import dossier.archive.query.QueryRecords.ClaimFilter;
import dossier.archive.query.QueryRecords.ClaimRow;
import dossier.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier claims}: claims by source and stance, newest first. */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = {"Lists claims, newest article first: by source (an archive entity's name or alias, or the source",
        "as written) and stance (asserted, reported, believed, alleged, denied, uncertain).",
        "Exit code 0, 1 when the archive cannot be opened."})
final class ClaimsCommand implements Callable<Integer> {
  @Mixin ArchiveOptions options;

  @Option(names = "--source", paramLabel = "NAME", description = "Only claims from this source.")
  String source;

  @Option(names = "--stance", paramLabel = "S", description = "Only claims with this stance.")
  String stance;

  @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "At most N claims. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Override
  public Integer call() {
    try (Archive archive = options.open()) {
      if (archive == null) return DossierCommand.SOME_FAILED;
      List<ClaimRow> claims = new Queries(archive).claims(new ClaimFilter(source, stance, limit));
      PrintWriter out = options.out();
      if (options.json()) out.println(Json.write(claims));
      else for (ClaimRow c : claims) out.println(Text.claim(c));
      out.flush();
      return 0;
    } catch (IOException e) {
      options.err().println("dossier: " + e.getMessage());
      return DossierCommand.SOME_FAILED;
    }
  }
}
