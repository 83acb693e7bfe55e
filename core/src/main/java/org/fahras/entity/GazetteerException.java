package org.fahras.entity;

/** A gazetteer file could not be read: the message names the file and the 1-based line. */
public final class GazetteerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param source file name (or resource name)
   * @param line 1-based line number
   * @param problem what is wrong with the line
   */
  public GazetteerException(String source, long line, String problem, Throwable cause) {
    super(source + ":" + line + ": " + problem, cause);
  }
}
