package dossier.cli;

import dossier.archive.Archive;
import dossier.archive.query.Queries;
import dossier.archive.query.QueryRecords.TimelineEntry;
import dossier.archive.query.QueryRecords.TimelineRequest;
import dossier.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier timeline (--entity NAME | QUERY)}: events, quotes and claims in time order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = {"Lists in time order (event time, else article date) the events of an entity, with its quotes",
        "and the claims it is the source of, or the events of the articles matching a query. Reports of one",
        "event from several articles are grouped, their figures side by side.",
        "Exit code 0, 1 when the entity is unknown or the archive cannot be opened, 2 on bad usage."})
final class TimelineCommand implements Callable<Integer> {
  @Mixin ArchiveOptions options;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Subject subject;

  static final class Subject {
    @Option(names = "--entity", paramLabel = "NAME", description = "The entity whose timeline to show.")
    String entity;

    @Parameters(paramLabel = "QUERY", description = "A search query: the timeline of the matching articles.")
    String query;
  }

  @Option(names = "--limit", defaultValue = "100", paramLabel = "N", description = "At most N entries. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Override
  public Integer call() {
    try (Archive archive = options.open()) {
      if (archive == null) return DossierCommand.SOME_FAILED;
      Queries queries = new Queries(archive);
      Long id = null;
      if (subject.entity != null) {
        ArchiveOptions.Lookup found = options.lookUp(queries, subject.entity);
        if (found.entity() == null) return found.exit();
        id = found.entity().id();
      }
      List<TimelineEntry> entries = queries.timeline(new TimelineRequest(id, subject.query, limit));
      PrintWriter out = options.out();
      if (options.json()) {
        out.println(Json.write(entries));
      } else {
        for (TimelineEntry e : entries) {
          String when = String.format("%-10s ", Text.or(e.when(), "no date"));
          switch (e.kind()) {
            case "event" -> {
              out.print(when);
              Text.group(out, "", e.event());
            }
            case "quote" -> out.println(when + "quote  " + Text.quote(e.quote()));
            default -> out.println(when + "claim  " + Text.claim(e.claim()));
          }
        }
      }
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      options.err().println("dossier: " + e.getMessage().lines().findFirst().orElse("bad query"));
      return 2;
    } catch (IOException e) {
      options.err().println("dossier: " + e.getMessage());
      return DossierCommand.SOME_FAILED;
    }
  }
}
