package dossier.cli;

import dossier.archive.Archive;
import dossier.archive.query.Queries;
import dossier.archive.query.QueryRecords.EventFilter;
import dossier.archive.query.QueryRecords.EventGroup;
import dossier.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier events}: events grouped across articles, with conflicting figures side by side. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Lists events in time order, reports of one event from several articles grouped (same type,",
        "same place, days at most 3 apart) with each figure and its source side by side.",
        "Exit code 0, 1 when the entity is unknown or the archive cannot be opened."})
final class EventsCommand implements Callable<Integer> {
  @Mixin ArchiveOptions options;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only events of this type (killing, bombing, ...).")
  String type;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only events this entity takes part in or hosts.")
  String entity;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events of this day or later.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events of this day or earlier.")
  LocalDate to;

  @Option(names = "--conflicting", description = "Only events whose reports give different figures.")
  boolean conflicting;

  @Option(names = "--limit", defaultValue = "1000", paramLabel = "N",
      description = "At most N event reports are grouped. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Override
  public Integer call() {
    try (Archive archive = options.open()) {
      if (archive == null) return DossierCommand.SOME_FAILED;
      Queries queries = new Queries(archive);
      Long id = null;
      if (entity != null) {
        ArchiveOptions.Lookup found = options.lookUp(queries, entity);
        if (found.entity() == null) return found.exit();
        id = found.entity().id();
      }
      List<EventGroup> groups = queries.eventGroups(new EventFilter(type, id, null, from, to, limit));
      if (conflicting) groups = groups.stream().filter(EventGroup::conflicting).toList();
      PrintWriter out = options.out();
      if (options.json()) out.println(Json.write(groups));
      else for (EventGroup g : groups) Text.group(out, "", g);
      out.flush();
      return 0;
    } catch (IOException e) {
      options.err().println("dossier: " + e.getMessage());
      return DossierCommand.SOME_FAILED;
    }
  }
}
