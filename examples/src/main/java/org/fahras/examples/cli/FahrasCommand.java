package org.fahras.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code fahras} command line: one subcommand per capability. */
@Command(
    name = "fahras",
    mixinStandardHelpOptions = true,
    version = "fahras 0.1.0",
    description = "Full-text search over Arabic articles, built on Apache Lucene.",
    footer = {"", "Also: ./fahras test (builds every module and runs the test suite: ./mvnw verify)."},
    subcommands = {
      DemoCommand.class,
      IndexCommand.class,
      DeleteCommand.class,
      SearchCommand.class,
      EvalCommand.class,
      ConflationCommand.class,
      StemsCommand.class,
      QuranEvalCommand.class,
      EntitiesCommand.class,
      NerTrainCommand.class,
      NerEvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class,
    })
public final class FahrasCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Lucene's note on the vector API (INFO when enabled, WARNING when the incubator module is not
   * added) concerns vector search, which Fahras does not use: kept off the user's terminal. Held in
   * a field because java.util.logging keeps loggers only weakly.
   */
  private static final java.util.logging.Logger LUCENE_VECTORIZATION =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
    System.exit(execute(args));
  }

  /** Runs the command line with UTF-8 output; returns the exit status (0 ok, 1 failure, 2 usage). */
  public static int execute(String... args) {
    CommandLine cli = commandLine();
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return cli.execute(args);
  }

  /** The command line as {@link #execute} runs it: errors in one line, queries that start with "-". */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new FahrasCommand());
    cli.setExecutionExceptionHandler(new OneLineErrors());
    cli.setParameterExceptionHandler(new ShortUsageErrors());
    cli.setCaseInsensitiveEnumValuesAllowed(true); // --sort newest, --entities FULL
    String[] version = cli.getCommandSpec().version();
    for (CommandLine sub : cli.getSubcommands().values()) {
      sub.getCommandSpec().version(version); // -V after a subcommand prints the same as before it
    }
    // a query may start with "-" (-موسكو, or a list dash "- من هو ...?"): no option of search looks like that
    cli.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    return cli;
  }
}
