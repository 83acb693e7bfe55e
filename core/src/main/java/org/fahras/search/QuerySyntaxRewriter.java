package org.fahras.search;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites query text, char for char (the output has the input's length, so a char offset in the
 * output is the same offset in the input), into the syntax {@link FahrasQueryParser} reads.
 *
 * <p>Rules, in the order they are applied:
 *
 * <ol>
 *   <li>Unpaired surrogates and control characters (tab and newline included) become spaces; in
 *       strict mode an unpaired surrogate or a non-whitespace control character is an error.
 *   <li>Curly quotes {@code “…”} and guillemets {@code «…»} become {@code "} when they pair up, and
 *       spaces otherwise.
 *   <li>An ASCII {@code "} without a partner: error in strict mode, else a space.
 *   <li>Outside quotes: {@code ? ؟ ، ؛ ! / \ & | { } ^} are punctuation, not syntax: spaces (but
 *       {@code &&} and {@code ||} between spaces, and {@code !} before a clause, are operators). A
 *       {@code +} or {@code -} is an operator only at the start of a clause and directly before a
 *       word, quote or parenthesis ({@code "- word"}, a list dash, is not a negation). A {@code :}
 *       is a field separator only after a known field name and before text (spaces between the
 *       colon and the text are moved before the field name); after any other word it is
 *       punctuation (in strict mode, after an unknown ASCII word it is an error). A known field
 *       name with nothing after its colon is an error in strict mode and dropped otherwise. {@code [ ]}
 *       and {@code { }} only delimit a range right after {@code date:}; an unquoted {@code id:} value is kept whole
 *       up to the next whitespace ({@code id:snn/2015/1}, {@code id:https://example.com/a?b=1}), and so
 *       is a URL typed as a word ({@code https://www.spa.gov.sa/details.php?id=1}), which the index
 *       holds as one term. {@code *} only ends a word (prefix),
 *       {@code ~} only follows a word or a phrase. Unmatched parentheses: error in strict mode,
 *       else spaces.
 * </ol>
 *
 * <p>Arabic {@code و} and {@code أو} are never operators: only the ASCII words {@code AND},
 * {@code OR}, {@code NOT} are, and, as in Lucene's classic syntax, {@code &&} and {@code ||}
 * standing alone between words and {@code !} directly before a clause.
 */
final class QuerySyntaxRewriter {
  /**
   * Stands for a colon inside a field's value ({@code entity:country:KP}), which the classic parser
   * would read as a second field separator; {@link FahrasQueryParser} turns it back into {@code :}.
   * A private-use char, which no Arabic or Latin query holds.
   */
  static final char VALUE_COLON = '\uE03A';

  /** Fields a query may name before a colon. */
  static final Set<String> FIELDS = Set.of("title", "body", "source", "author", "id", "date",
      "person", "place", "org", "misc", "entity");

  private static final char QUOTE = '"';
  private static final char LEFT_CURLY = '\u201C';
  private static final char RIGHT_CURLY = '\u201D';
  private static final char LEFT_GUILLEMET = '\u00AB';
  private static final char RIGHT_GUILLEMET = '\u00BB';
  private static final String PUNCTUATION = "?\u061F\u060C\u061B!/\\&|{}^";

  /** A strict-mode problem: where and what. */
  record Problem(int offset, String reason) {}

  private final char[] out;
  private final boolean strict;
  private Problem problem;
  /** The first date filter that cannot be read, in either mode: the query then matches nothing. */
  private DateSyntax.Problem invalidDate;

  private QuerySyntaxRewriter(String text, boolean strict) {
    this.out = text.toCharArray();
    this.strict = strict;
  }

  /**
   * @param text the query as typed
   * @param strict whether to report the first syntax problem instead of repairing it
   * @return the rewritten text, same length as {@code text}
   * @throws QueryParseException in strict mode, at the offset of the first problem
   */
  static String rewrite(String text, boolean strict) {
    QuerySyntaxRewriter r = run(text, strict);
    if (r.problem != null) {
      throw new QueryParseException(text, r.problem.offset(), r.problem.reason(), null);
    }
    if (strict && r.invalidDate != null) {
      throw r.invalidDate(text);
    }
    return new String(r.out);
  }

  /** A lenient rewrite: the rewritten text, and the first date filter that cannot be read. */
  record Lenient(String syntax, Optional<QueryParseException> invalidDate) {}

  /**
   * Rewrites {@code text} as {@link #rewrite rewrite(text, false)} does, in the same pass finding
   * the first date filter that cannot be read (an unclosed range, a range without {@code TO}, a value
   * with other characters than digits and {@code -}): a filter asked for, so the query matches
   * nothing rather than its words unfiltered, in lenient mode too. Its error has a {@link
   * FahrasQueryParser.InvalidFilterException} as its cause.
   */
  static Lenient rewriteLenient(String text) {
    QuerySyntaxRewriter r = run(text, false);
    return new Lenient(new String(r.out),
        r.invalidDate == null ? Optional.empty() : Optional.of(r.invalidDate(text)));
  }

  private static QuerySyntaxRewriter run(String text, boolean strict) {
    QuerySyntaxRewriter r = new QuerySyntaxRewriter(text, strict);
    r.controlsAndSurrogates();
    r.pairQuotes(LEFT_CURLY, RIGHT_CURLY);
    r.pairQuotes(LEFT_GUILLEMET, RIGHT_GUILLEMET);
    r.asciiQuotes();
    r.outsideQuotes();
    r.parentheses();
    return r;
  }

  private QueryParseException invalidDate(String text) {
    return new QueryParseException(text, invalidDate.offset(), invalidDate.reason(),
        new FahrasQueryParser.InvalidFilterException(invalidDate.reason()));
  }

  private void fail(int offset, String reason) {
    if (strict && problem == null) {
      problem = new Problem(offset, reason);
    }
  }

  private void controlsAndSurrogates() {
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (Character.isHighSurrogate(c) && i + 1 < out.length && Character.isLowSurrogate(out[i + 1])) {
        i++;
      } else if (Character.isSurrogate(c)) {
        fail(i, "unpaired surrogate U+" + hex(c));
        out[i] = ' ';
      } else if (Character.isISOControl(c)) {
        if (!Character.isWhitespace(c)) {
          fail(i, "control character U+" + hex(c));
        }
        out[i] = ' ';
      }
    }
  }

  private static String hex(char c) {
    return String.format(Locale.ROOT, "%04X", (int) c);
  }

  private void pairQuotes(char open, char close) {
    int start = -1;
    for (int i = 0; i < out.length; i++) {
      if (out[i] == open) {
        if (start >= 0) {
          out[start] = ' ';
        }
        start = i;
      } else if (out[i] == close) {
        if (start >= 0) {
          out[start] = QUOTE;
          out[i] = QUOTE;
          start = -1;
        } else {
          out[i] = ' ';
        }
      }
    }
    if (start >= 0) {
      out[start] = ' ';
    }
  }

  private void asciiQuotes() {
    int last = -1;
    int count = 0;
    for (int i = 0; i < out.length; i++) {
      if (out[i] == QUOTE) {
        count++;
        last = i;
      }
    }
    if (count % 2 == 1) {
      fail(last, "unterminated phrase quote");
      out[last] = ' ';
    }
  }

  private void outsideQuotes() {
    boolean inQuote = false;
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c == QUOTE) {
        inQuote = !inQuote;
        continue;
      }
      if (inQuote) {
        if (c == '\\') {
          out[i] = ' ';
        }
        continue;
      }
      if ((c == '&' || c == '|') && isSymbolOperator(i)) {
        i++; // && and || between words are AND and OR, as in Lucene's classic syntax
      } else if (c == '!' && (i == 0 || isBoundary(out[i - 1])) && i + 1 < out.length
          && (isWordChar(out[i + 1]) || out[i + 1] == QUOTE || out[i + 1] == '(')) {
        continue; // ! directly before a clause is NOT
      } else if (PUNCTUATION.indexOf(c) >= 0) {
        out[i] = ' ';
      } else if (c == '+' || c == '-') {
        boolean clauseStart = i == 0 || isBoundary(out[i - 1]);
        boolean beforeClause = i + 1 < out.length && (isWordChar(out[i + 1]) || out[i + 1] == QUOTE || out[i + 1] == '(');
        if (clauseStart && !beforeClause) {
          out[i] = ' ';
        }
      } else if (c == ':') {
        i = colon(i);
      } else if (c == '[' || c == ']') {
        if (c == '[' && i > 0 && out[i - 1] == ':') {
          fail(i, "ranges are supported only on date:");
        }
        out[i] = ' ';
      } else if (c == '*') {
        boolean endsWord = i > 0 && isWordChar(out[i - 1]) && (i + 1 == out.length || !isWordChar(out[i + 1]));
        if (!endsWord) {
          out[i] = ' ';
        }
      } else if (c == '~') {
        boolean follows = i > 0 && (isWordChar(out[i - 1]) || out[i - 1] == QUOTE);
        if (!follows) {
          out[i] = ' ';
        } else {
          while (i + 1 < out.length && (Character.isDigit(out[i + 1]) || out[i + 1] == '.')) {
            out[i + 1] = DateSyntax.asciiDigit(out[i + 1]);
            i++;
          }
        }
      }
    }
  }

  /** Whether {@code out[i]} and the next char are {@code &&} or {@code ||} standing alone between spaces. */
  private boolean isSymbolOperator(int i) {
    return i + 1 < out.length && out[i + 1] == out[i] && i > 0 && Character.isWhitespace(out[i - 1])
        && i + 2 < out.length && Character.isWhitespace(out[i + 2]);
  }

  /** Keeps a field colon (and a following date range); otherwise makes it a space. */
  private int colon(int i) {
    int start = i;
    while (start > 0 && isWordChar(out[start - 1])) {
      start--;
    }
    if (start > 0 && out[start - 1] == ':' && start < i) { // a colon inside a field's value: entity:country:KP
      out[i] = VALUE_COLON;
      return i;
    }
    String word = new String(out, start, i - start);
    String field = word.toLowerCase(Locale.ROOT);
    if (URL_SCHEMES.contains(field) && i + 2 < out.length && out[i + 1] == '/' && out[i + 2] == '/'
        && (start == 0 || isBoundary(out[start - 1]))) {
      return idValue(i); // a URL typed as a word: searched whole, as the tokenizer indexes it
    }
    boolean beforeText = i + 1 < out.length && !Character.isWhitespace(out[i + 1]) && out[i + 1] != ')';
    boolean atClauseStart = start == 0 || isBoundary(out[start - 1]) || out[start - 1] == '+' || out[start - 1] == '-'
        || out[start - 1] == '!';
    if (FIELDS.contains(field) && atClauseStart && !beforeText) {
      int next = i + 1;
      while (next < out.length && Character.isWhitespace(out[next])) {
        next++;
      }
      if (next < out.length && out[next] != ')') { // "person: بوتين": the field and its value, spaced
        int gap = next - i - 1;
        System.arraycopy(out, start, out, start + gap, i + 1 - start);
        java.util.Arrays.fill(out, start, start + gap, ' ');
        return colon(i + gap);
      }
      fail(start, "the field '" + word + ":' has no value after it");
      java.util.Arrays.fill(out, start, i + 1, ' '); // a field name alone is not a word searched for
      return i;
    }
    if (!FIELDS.contains(field) || !beforeText || !atClauseStart) {
      if (!FIELDS.contains(field) && beforeText && atClauseStart && !word.isEmpty() && isAsciiWord(word)) {
        fail(start, "unknown field '" + word + "' (fields: author, body, date, id, source, title; entities: person, place, org, misc, entity)");
      }
      out[i] = ' ';
      return i;
    }
    for (int k = start; k < i; k++) {
      out[k] = Character.toLowerCase(out[k]);
    }
    if (field.equals("id") && out[i + 1] != QUOTE) {
      return idValue(i + 1);
    }
    if (field.equals("date") && (out[i + 1] == '[' || out[i + 1] == '{')) { // { } exclude their end, as in Lucene
      int close = DateSyntax.closeRange(out, i + 1, QUOTE);
      if (close >= 0) {
        DateSyntax.rangeProblem(out, i + 1, close).ifPresent(this::invalidDate);
        return close;
      }
      invalidDate(new DateSyntax.Problem(i + 1, "date range without a closing ] or }"));
      out[i] = ' ';
      out[i + 1] = ' ';
    } else if (field.equals("date") && out[i + 1] != QUOTE) {
      DateSyntax.valueProblem(out, i + 1).ifPresent(this::invalidDate);
    }
    return i;
  }

  private void invalidDate(DateSyntax.Problem p) {
    if (invalidDate == null) {
      invalidDate = p;
    }
  }

  /**
   * Keeps an unquoted {@code id:} value whole up to the next whitespace (an id is matched as
   * written: {@code id:snn/2015/1}, {@code id:https://example.com/a?b=1}): its ASCII syntax chars
   * become their {@link #standIn}s; a {@code )} that the value did not open ends it, closing a group.
   *
   * @return the index of the value's last char
   */
  private int idValue(int from) {
    int end = from;
    int depth = 0; // a ')' the value did not open closes a group around the clause
    while (end < out.length && !Character.isWhitespace(out[end]) && (out[end] != ')' || depth > 0)) {
      depth += out[end] == '(' ? 1 : out[end] == ')' ? -1 : 0;
      end++;
    }
    for (int k = from; k < end; k++) {
      if (out[k] < 0x80 && SYNTAX.indexOf(out[k]) >= 0) {
        out[k] = standIn(out[k]);
      }
    }
    return end - 1;
  }

  /** Schemes of a URL typed into a query ({@code https://...}), which is no field. */
  private static final Set<String> URL_SCHEMES = Set.of("http", "https", "ftp");

  /** ASCII chars that the classic query parser or these rules read as syntax. */
  private static final String SYNTAX = ":/\\?&|!(){}[]^~*+-\"";

  /**
   * @return the private-use char U+E000 + {@code c} that stands for the ASCII char {@code c} inside a
   *     field's value ({@link #VALUE_COLON} is the one for {@code :}), read back by {@link #restore}
   */
  static char standIn(char c) {
    return (char) (VALUE_COLON - ':' + c);
  }

  /** @return {@code value} with every {@link #standIn} turned back into its ASCII char */
  static String restore(String value) {
    char[] chars = value.toCharArray();
    for (int k = 0; k < chars.length; k++) {
      if (chars[k] >= standIn((char) 0) && chars[k] < standIn((char) 0x80)) {
        chars[k] = (char) (chars[k] - standIn((char) 0));
      }
    }
    return new String(chars);
  }

  private void parentheses() {
    Deque<Integer> open = new ArrayDeque<>();
    boolean inQuote = false;
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c == QUOTE) {
        inQuote = !inQuote;
      } else if (!inQuote && c == '(') {
        open.push(i);
      } else if (!inQuote && c == ')') {
        if (open.isEmpty()) {
          fail(i, "')' without a matching '('");
          out[i] = ' ';
        } else {
          open.pop();
        }
      }
    }
    while (!open.isEmpty()) {
      int at = open.removeLast();
      fail(at, "'(' without a matching ')'");
      out[at] = ' ';
    }
  }

  private static boolean isBoundary(char c) {
    return Character.isWhitespace(c) || c == '(' || c == QUOTE;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.isSurrogate(c) || c == '_' || c == '\u0640';
  }

  private static boolean isAsciiWord(String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }
}
