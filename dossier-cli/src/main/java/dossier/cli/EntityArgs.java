package dossier.cli;

import dossier.archive.Archive;
import dossier.archive.resolve.CrossDocResolver;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** What the entity subcommands share: the archive option and name look-up. */
abstract class EntityArgs {
  @Option(names = "--archive", defaultValue = "dossier-data", paramLabel = "DIR",
      description = "The archive directory. Default: ${DEFAULT-VALUE}.")
  Path archiveDir;

  PrintStream out = System.out;
  PrintStream err = System.err;

  Archive open() throws IOException {
    if (!Files.isRegularFile(archiveDir.resolve("facts.db"))) {
      throw new IOException("no archive in " + archiveDir + " (run 'dossier ingest' first, or give --archive)");
    }
    return Archive.open(archiveDir);
  }

  /** The one archive entity a name (or {@code #id}) names; several or none is an error that lists them. */
  static long one(Archive archive, String name) throws IOException {
    List<Long> ids = archive.read(db -> CrossDocResolver.lookup(db, name));
    if (ids.isEmpty()) throw new IOException("no archive entity named '" + name + "'");
    if (ids.size() > 1) {
      StringBuilder b = new StringBuilder("'" + name + "' names " + ids.size() + " archive entities; give one as #id:");
      for (long id : ids) {
        String label = archive.read(db -> {
          try (var s = db.prepareStatement("SELECT name || ' (' || type || ', ' || article_count || ' articles)' "
              + "FROM entities WHERE id = ?")) {
            s.setLong(1, id);
            try (var r = s.executeQuery()) {
              return r.next() ? r.getString(1) : "?";
            }
          }
        });
        b.append("\n  #").append(id).append(' ').append(label);
      }
      throw new IOException(b.toString());
    }
    return ids.get(0);
  }
}
