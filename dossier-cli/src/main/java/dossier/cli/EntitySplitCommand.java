package dossier.cli;

import dossier.archive.Archive;
import dossier.archive.EntityEditor;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier entity split A B}. */
@Command(name = "split", mixinStandardHelpOptions = true,
    description = {"Splits the article entities named B off archive entity A (a name or #id) into a new archive "
        + "entity: records overrides that later ingests and rebuilds apply, and relinks the stored articles now.",
        "Exit code 0, or 1 on errors (unknown or ambiguous A, no article entity of A named B)."})
final class EntitySplitCommand extends EntityArgs implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "The archive entity (name or #id).") String a;
  @Parameters(index = "1", paramLabel = "B", description = "The name whose article entities leave A.") String b;
  @Option(names = "--note", description = "Why (kept with the override).") String note;

  @Override
  public Integer call() {
    try (Archive archive = open()) {
      long entity = one(archive, a);
      EntityEditor.Result r = EntityEditor.split(archive, entity, b, note);
      out.printf("split '%s' off #%d into new #%d: %d links moved, %d articles re-indexed%n", b, entity, r.kept(),
          r.links(), r.articles());
      return 0;
    } catch (IOException e) {
      err.println("dossier: " + e.getMessage());
      return DossierCommand.SOME_FAILED;
    }
  }
}
