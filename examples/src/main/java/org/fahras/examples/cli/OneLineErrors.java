package org.fahras.examples.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import picocli.CommandLine;

/**
 * Shows a failed command as one clear line ({@code fahras <command>: <what went wrong>}) instead of
 * a stack trace; {@code FAHRAS_DEBUG=1} in the environment prints the trace as well.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    cli.getErr().println("fahras " + cli.getCommandName() + ": " + message(e));
    if (System.getenv("FAHRAS_DEBUG") != null) {
      e.printStackTrace(cli.getErr());
    }
    return 1;
  }

  /**
   * The line for an exception. Java's missing-file and no-permission exceptions carry only the path
   * as their message, so they get their reason in words: {@code file not found: F}, {@code
   * permission denied: F}; an {@link UncheckedIOException} that adds no words of its own is read
   * through to its cause.
   */
  static String message(Throwable e) {
    return switch (e) {
      case NoSuchFileException missing -> "file not found: " + missing.getFile();
      case AccessDeniedException denied -> "permission denied: " + denied.getFile();
      case UncheckedIOException wrapper when Objects.equals(wrapper.getMessage(), wrapper.getCause().toString()) ->
          message(wrapper.getCause());
      default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    };
  }
}
