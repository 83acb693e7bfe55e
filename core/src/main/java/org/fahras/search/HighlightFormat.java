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

  public String pre() {
    return pre;
  }

  public String post() {
    return post;
  }

  public boolean escapeHtml() {
    return escapeHtml;
  }
}
