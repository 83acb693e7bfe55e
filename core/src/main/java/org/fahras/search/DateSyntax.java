package org.fahras.search;

import java.util.Optional;

/**
 * The value of a {@code date:} clause as {@link QuerySyntaxRewriter} reads it: a day, month or year
 * ({@code 2015-07-01}, {@code 2015-07}, {@code 2015}, any script's digits), or a range in {@code [ ]}
 * or {@code { }} with {@code TO}. Each method works on the rewriter's char buffer.
 */
final class DateSyntax {
  private DateSyntax() {}

  /** Where a date problem is found ({@code offset} into the query) and what it is. */
  record Problem(int offset, String reason) {}

  /**
   * The range opened at {@code out[open]} ({@code [} or {@code {}): its digits made ASCII.
   *
   * @return the index of its closing {@code ]} or {@code }}, or -1 when the range is not closed
   *     before a quote or the end
   */
  static int closeRange(char[] out, int open, char quote) {
    int close = open + 1;
    while (close < out.length && out[close] != ']' && out[close] != '}' && out[close] != quote) {
      close++;
    }
    if (close == out.length || out[close] == quote) {
      return -1;
    }
    for (int k = open + 1; k < close; k++) {
      out[k] = asciiDigit(out[k]);
    }
    return close;
  }

  /** A closed range without the word {@code TO}, or empty. */
  static Optional<Problem> rangeProblem(char[] out, int open, int close) {
    return new String(out, open + 1, close - open - 1).matches("(?s).*\\bTO\\b.*") ? Optional.empty()
        : Optional.of(new Problem(open, "a date range is written [FROM TO TO], with TO in capitals"));
  }

  /**
   * A single value starting at {@code out[from]} (up to whitespace or {@code )}) with a character
   * that is no digit, {@code -}, or the {@code *} and {@code ~} the parser answers itself
   * ({@code 2015/08/01}), or empty.
   */
  static Optional<Problem> valueProblem(char[] out, int from) {
    if (from < out.length && out[from] == '(') {
      return Optional.empty(); // a field group, date:(2015-07 2015-08-01): each value is read alone
    }
    int end = from;
    while (end < out.length && !Character.isWhitespace(out[end]) && out[end] != ')') {
      end++;
    }
    while (end > from && isTrailingPunctuation(out[end - 1])) {
      end--; // date:2015-08-01؟ or date:2015-08، : punctuation after the date, not in it
    }
    for (int k = from; k < end; k++) {
      if (!Character.isDigit(out[k]) && out[k] != '-' && out[k] != '*' && out[k] != '~') {
        return Optional.of(new Problem(k,
            "not a date (yyyy-MM-dd, yyyy-MM or yyyy): '" + new String(out, from, end - from) + "'"));
      }
    }
    return Optional.empty();
  }

  private static boolean isTrailingPunctuation(char c) {
    return !Character.isLetterOrDigit(c) && c != '*' && c != '~' && c != '-';
  }

  /** {@code c} as an ASCII digit if it is a digit of any script ({@code ٢} → {@code 2}), else itself. */
  static char asciiDigit(char c) {
    int d = Character.digit(c, 10);
    return d >= 0 ? (char) ('0' + d) : c;
  }
}
