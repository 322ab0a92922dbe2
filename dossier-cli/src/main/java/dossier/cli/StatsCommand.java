package dossier.cli;

import dossier.archive.Archive;
import dossier.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier stats}: how much the archive holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = {"Counts the archive's articles, entities, quotes, claims and events.",
        "Exit code 0, or 1 when the archive cannot be opened."})
final class StatsCommand implements Callable<Integer> {
  enum Format { text, json }

  @Option(names = "--archive", defaultValue = "dossier-data", paramLabel = "DIR",
      description = "The archive directory. Default: ${DEFAULT-VALUE}.")
  Path archiveDir;

  @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(archiveDir.resolve("facts.db"))) {
      System.err.println("dossier: no archive in " + archiveDir + " (run 'dossier ingest' first, or give --archive)");
      return DossierCommand.SOME_FAILED;
    }
    try (Archive archive = Archive.openReadOnly(archiveDir)) { // runs beside an ingest
      Archive.Stats s = archive.stats();
      if (format == Format.json) {
        System.out.println(Json.write(s));
      } else {
        System.out.printf("articles          %,d%n", s.articles());
        System.out.printf("entities          %,d (from %,d article entities, %,d mentions)%n", s.entities(),
            s.articleEntities(), s.mentions());
        System.out.printf("quotes            %,d%n", s.quotes());
        System.out.printf("claims            %,d%n", s.claims());
        System.out.printf("events            %,d%n", s.events());
        System.out.printf("relations         %,d%n", s.relations());
        System.out.printf("time expressions  %,d%n", s.times());
      }
      return 0;
    } catch (IOException e) {
      System.err.println("dossier: " + e.getMessage());
      return DossierCommand.SOME_FAILED;
    }
  }
}
