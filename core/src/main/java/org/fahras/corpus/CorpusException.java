package org.fahras.corpus;

import java.io.IOException;

/** A corpus line that could not be read as an article, raised in strict mode. */
public final class CorpusException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient CorpusError error;

  public CorpusException(CorpusError error) {
    super(error.toString());
    this.error = error;
  }

  /** The file, line and reason. */
  public CorpusError error() {
    return error;
  }
}
