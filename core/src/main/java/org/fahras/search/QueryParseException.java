package org.fahras.search;

/**
 * A query that strict mode cannot read. {@link #position()} is the 0-based char offset in the query
 * text where the problem was found (or -1 when the parser did not say). The message quotes the query,
 * cut to {@value #QUOTED_CHARS} chars around that offset when it is longer.
 */
public final class QueryParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** At most this many chars of the query are quoted in the message. */
  public static final int QUOTED_CHARS = 200;
  private final int position;

  /**
   * @param query the query text as typed
   * @param position 0-based char offset of the problem in {@code query}, or -1
   * @param reason what is wrong, in words
   * @param cause the parser's exception, or null
   */
  public QueryParseException(String query, int position, String reason, Throwable cause) {
    super("cannot parse query at character " + position + ": " + reason + " in: " + quoted(query, position), cause);
    this.position = position;
  }

  /** The query, or {@value #QUOTED_CHARS} chars of it around {@code position} with … where cut. */
  static String quoted(String query, int position) {
    if (query == null || query.length() <= QUOTED_CHARS) {
      return query;
    }
    int from = Math.max(0, Math.min(position - QUOTED_CHARS / 2, query.length() - QUOTED_CHARS));
    int to = from + QUOTED_CHARS;
    if (Character.isLowSurrogate(query.charAt(from))) {
      from++; // never half a pair
    }
    if (to < query.length() && Character.isLowSurrogate(query.charAt(to))) {
      to--;
    }
    return (from > 0 ? "…" : "") + query.substring(from, to) + (to < query.length() ? "…" : "");
  }

  /** 0-based char offset in the query text, or -1 when unknown. */
  public int position() {
    return position;
  }
}
