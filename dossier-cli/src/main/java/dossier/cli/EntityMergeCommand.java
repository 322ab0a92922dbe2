package dossier.cli;

import dossier.archive.Archive;
import dossier.archive.EntityEditor;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier entity merge A B}. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {"Merges archive entity B into A (names or #ids): records an override that later ingests and "
        + "rebuilds apply, and relinks the stored articles now (links, aliases, counts, search index).",
        "Exit code 0, or 1 on errors (unknown or ambiguous name: give #id)."})
final class EntityMergeCommand extends EntityArgs implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "The entity that stays.") String a;
  @Parameters(index = "1", paramLabel = "B", description = "The entity merged into A.") String b;
  @Option(names = "--note", description = "Why (kept with the override).") String note;

  @Override
  public Integer call() {
    try (Archive archive = open()) {
      long keep = one(archive, a), gone = one(archive, b);
      EntityEditor.Result r = EntityEditor.merge(archive, keep, gone, note);
      out.printf("merged #%d into #%d: %d links moved, %d articles re-indexed%n", gone, keep, r.links(), r.articles());
      return 0;
    } catch (IOException e) {
      err.println("dossier: " + e.getMessage());
      return DossierCommand.SOME_FAILED;
    }
  }
}
