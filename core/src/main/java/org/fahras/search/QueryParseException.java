package org.fahras.search;

/**
 * A query that strict mode cannot read. {@link #position()} is the 0-based char offset in the query
 * text where the problem was found (or -1 when the parser did not say).
 */
public final class QueryParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final int position;

  public QueryParseException(String query, int position, String reason, Throwable cause) {
    super("cannot parse query at character " + position + ": " + reason + " in: " + query, cause);
    this.position = position;
  }

  /** 0-based char offset in the query text, or -1 when unknown. */
  public int position() {
    return position;
  }
}
