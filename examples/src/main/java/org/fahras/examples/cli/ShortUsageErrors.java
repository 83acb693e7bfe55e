package org.fahras.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Shows a command-line mistake (an unknown or mistyped option, a bad option value) as its one-line
 * message, picocli's "did you mean" suggestions when it has some, and where to read the options,
 * instead of the whole usage text after it. Exit status 2, as picocli's default handler.
 */
final class ShortUsageErrors implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println(e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("See '" + cli.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }
}
