package org.fahras.corpus;

import java.nio.file.Path;

/**
 * One rejected line of a corpus file.
 *
 * @param file the corpus file
 * @param line 1-based line number
 * @param message what is wrong, in words
 */
public record CorpusError(Path file, long line, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
