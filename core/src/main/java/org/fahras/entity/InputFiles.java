package org.fahras.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An input file that cannot be read, as one unchecked exception whose message says which file and
 * why: {@code CoNLL file not found: F}, {@code cannot read model file F: permission denied}. Java's
 * own {@link FileSystemException}s name only the file ({@code F}), not what went wrong.
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * @param what the kind of file, for the message ("CoNLL", "model", "gazetteer")
   * @param file the file that was being read
   * @param e why it could not be read (kept as the cause)
   */
  static UncheckedIOException cannotRead(String what, Path file, IOException e) {
    String why = switch (e) {
      case NoSuchFileException missing -> null;
      case AccessDeniedException denied -> "permission denied";
      case FileSystemException other when other.getReason() == null -> other.getClass().getSimpleName();
      case FileSystemException other -> other.getReason();
      default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    };
    return new UncheckedIOException(why == null
        ? what + " file not found: " + file
        : "cannot read " + what + " file " + file + ": " + why, e);
  }
}
