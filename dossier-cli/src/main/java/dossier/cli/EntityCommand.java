package dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dossier entity}: archive entities. Subcommands only here; see each subcommand. */
@Command(name = "entity", mixinStandardHelpOptions = true,
    description = "Archive entities across articles: explain and correct how they were merged.",
    subcommands = {EntityWhyCommand.class, EntityMergeCommand.class, EntitySplitCommand.class})
final class EntityCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
