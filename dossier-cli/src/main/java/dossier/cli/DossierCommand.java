package dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command: one subcommand per job. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "dossier 0.1.0",
    description = "Sourced, queryable records of who said what, who did what to whom, where and when.",
    subcommands = {AnalyzeCommand.class, IngestCommand.class, StatsCommand.class, EntityCommand.class})
public final class DossierCommand implements Runnable {

  /** Exit code when some inputs failed and the rest were processed. */
  static final int SOME_FAILED = 1;

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new DossierCommand()).execute(args));
  }
}
