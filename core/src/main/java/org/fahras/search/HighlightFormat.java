package org.fahras.search;

/** How matched words are marked in a snippet. */
public enum HighlightFormat {
  /** {@code <mark>word</mark>}, with the rest of the text HTML-escaped. */
  HTML("<mark>", "</mark>", true),
  /** {@code [word]}: plain text with brackets around matches. */
  PLAIN("[", "]", false),
  /** ANSI bold-yellow for a terminal. */
  ANSI("\u001b[1;33m", "\u001b[0m", false),
  /** No snippets at all (empty snippet, plain title): for callers that only need ids and scores. */
  NONE("", "", false);

  private final String pre;
  private final String post;
  private final boolean escapeHtml;

  HighlightFormat(String pre, String post, boolean escapeHtml) {
    this.pre = pre;
    this.post = post;
    this.escapeHtml = escapeHtml;
  }

  /** What goes before a matched word. */
  public String pre() {
    return pre;
  }

  /** What goes after a matched word. */
  public String post() {
    return post;
  }

  /** Whether the rest of the text is HTML-escaped. */
  public boolean escapeHtml() {
    return escapeHtml;
  }
}
