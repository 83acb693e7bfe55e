package org.fahras.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Thrown by {@link ArticleIndex#openReadOnly} when the folder holds no index to search: it does not
 * exist, is not a folder, or holds no committed index (nothing was ever indexed or committed into
 * it). Nothing was created or changed.
 */
public final class NoIndexException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient Path folder;

  private NoIndexException(Path folder, String message, Throwable cause) {
    super(message, cause);
    this.folder = folder;
  }

  /** {@code index folder not found: F}, or {@code not a folder: F} for a file. */
  static NoIndexException missingFolder(Path folder, boolean isFile) {
    return new NoIndexException(folder, (isFile ? "not a folder: " : "index folder not found: ") + folder, null);
  }

  /** {@code no Fahras index in F}: the folder exists but no index was committed into it. */
  static NoIndexException emptyFolder(Path folder, Throwable cause) {
    return new NoIndexException(folder, "no Fahras index in " + folder, cause);
  }

  /** The folder as it was given to {@link ArticleIndex#openReadOnly}. */
  public Path folder() {
    return folder;
  }
}
