package dossier.cli;

import dossier.archive.Archive;
import dossier.archive.resolve.EntityWhy;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dossier entity why A B}. */
@Command(name = "why", mixinStandardHelpOptions = true,
    description = {"Explains whether two names (or #ids) are the same archive entity, and why: the deciding method and "
        + "score, shared aliases and co-mentions, conflicting attributes, overrides.",
        "Exit code 0 when they are the same entity, 3 when they are not, 1 on errors (unknown name, no archive)."})
final class EntityWhyCommand extends EntityArgs implements Callable<Integer> {
  static final int DIFFERENT = 3;

  @Parameters(index = "0", paramLabel = "A") String a;
  @Parameters(index = "1", paramLabel = "B") String b;

  @Override
  public Integer call() {
    try (Archive archive = open()) {
      EntityWhy.Explanation x = archive.read(db -> EntityWhy.explain(db, a, b));
      x.lines().forEach(out::println);
      if (x.same() == null) return DossierCommand.SOME_FAILED;
      out.printf("verdict: %s (%s, score %.2f)%n", x.same() ? "same" : "different", x.method(), x.score());
      return x.same() ? 0 : DIFFERENT;
    } catch (IOException e) {
      err.println("dossier: " + e.getMessage());
      return DossierCommand.SOME_FAILED;
    }
  }
}
