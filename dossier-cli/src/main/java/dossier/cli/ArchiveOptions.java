package dossier.cli;

import dossier.archive.Archive;
import dossier.archive.query.Queries;
import dossier.archive.query.QueryRecords.EntityRef;
import dossier.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every query command shares ({@code --archive}, {@code --format}) and its output streams. */
final class ArchiveOptions {
  enum Format { text, json }

  /** Exit code when an entity name matches nothing. */
  static final int NOT_FOUND = 1;

  @Option(names = "--archive", defaultValue = "dossier-data", paramLabel = "DIR",
      description = "The archive directory. Default: ${DEFAULT-VALUE}.")
  Path archiveDir;

  @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  boolean json() {
    return format == Format.json;
  }

  /** The archive opened read-only (queries run beside an ingest), or null (with a message) when there is none. */
  Archive open() throws IOException {
    if (!Files.isRegularFile(archiveDir.resolve("facts.db"))) {
      err().println("dossier: no archive in " + archiveDir + " (run 'dossier ingest' first, or give --archive)");
      return null;
    }
    return Archive.openReadOnly(archiveDir);
  }

  /** The archive entity a name stands for, or none and the exit code to return after telling the user why. */
  record Lookup(EntityRef entity, int exit) {}

  /**
   * The one archive entity {@code name} names; else it tells the user: nothing found (exit
   * {@link #NOT_FOUND}), or several (listed; exit 0 with {@code {"matches": [...]}} in JSON).
   */
  Lookup lookUp(Queries queries, String name) throws IOException {
    List<EntityRef> found = queries.findEntities(name);
    if (found.size() == 1) return new Lookup(found.get(0), 0);
    if (found.isEmpty()) {
      err().println("dossier: no entity named '" + name + "' in the archive");
      return new Lookup(null, NOT_FOUND);
    }
    if (json()) {
      out().println(Json.write(Map.of("matches", found)));
    } else {
      out().println(found.size() + " entities match '" + name + "'; name one of them (or #ID):");
      for (EntityRef e : found) out().println("  " + Text.entity(e));
    }
    out().flush();
    return new Lookup(null, 0);
  }
}
