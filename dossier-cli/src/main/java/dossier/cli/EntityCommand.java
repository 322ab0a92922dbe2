package dossier.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier entity NAME}: an archive entity's profile (the work is in {@link EntityProfileView});
 * {@code dossier entity why|merge|split A B}: explain and correct how entities were merged.
 */
@Command(name = "entity", mixinStandardHelpOptions = true,
    description = {"Shows the profile of an archive entity: aliases, descriptors, attributes over time with",
        "evidence, quotes by and about it, claims, events, co-mentioned entities, first and last seen.",
        "NAME is a canonical name or alias (case and accents ignored), part of a name, or #ID;",
        "when several entities match they are listed. The subcommands explain and correct merges.",
        "Exit code 0, 1 when nothing matches or the archive cannot be opened, 2 on bad usage."},
    subcommands = {EntityWhyCommand.class, EntityMergeCommand.class, EntitySplitCommand.class})
final class EntityCommand implements Callable<Integer> {
  @Mixin ArchiveOptions options;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "The entity.")
  String name;

  @Option(names = "--limit", defaultValue = "50", paramLabel = "N",
      description = "Items per section. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Override
  public Integer call() {
    if (name == null) {
      new CommandLine(this).usage(System.out);
      return 2;
    }
    return EntityProfileView.show(options, name, limit);
  }
}
