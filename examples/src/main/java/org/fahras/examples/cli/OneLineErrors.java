package org.fahras.examples.cli;

import picocli.CommandLine;

/**
 * Shows a failed command as one clear line ({@code fahras: <what went wrong>}) instead of a stack
 * trace; {@code FAHRAS_DEBUG=1} in the environment prints the trace as well.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    cli.getErr().println("fahras " + cli.getCommandName() + ": " + message);
    if (System.getenv("FAHRAS_DEBUG") != null) {
      e.printStackTrace(cli.getErr());
    }
    return 1;
  }
}
