package org.fahras.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Lenient repair of operators that have nothing to join: {@code AND}, {@code OR}, {@code &&},
 * {@code ||} at the start or end of the query or of a parenthesized group, or next to another
 * operator, and {@code NOT} with no clause after it ({@code كورونا AND}, {@code AND كورونا},
 * {@code كورونا AND OR لقاح}, {@code (كورونا NOT)}). The classic parser refuses them; without this
 * repair lenient mode would read the whole query as plain words and lose its phrases and filters
 * ({@code أمطار date:[2015-08-01 TO 2015-08-31] AND} searched the range's digits as words).
 *
 * <p>Works on the output of {@link QuerySyntaxRewriter} (quotes paired, parentheses balanced) and
 * keeps its length: a dangling operator becomes spaces, so char offsets still point into the text
 * as typed. Phrases in quotes and {@code date:} ranges in brackets are never touched.
 */
final class DanglingOperators {

  private enum Kind { OPEN, CLOSE, BINARY, NOT, CLAUSE }

  private record Token(int start, int end, Kind kind) {}

  private DanglingOperators() {}

  /**
   * @param syntax rewritten query syntax
   * @return {@code syntax} with every dangling operator made spaces (the same string if none); same length
   */
  static String blank(String syntax) {
    List<Token> tokens = tokens(syntax);
    char[] out = null;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        Kind before = i > 0 ? tokens.get(i - 1).kind() : null;
        Kind after = i + 1 < tokens.size() ? tokens.get(i + 1).kind() : null;
        boolean noClauseAfter = after == null || after == Kind.CLOSE || after == Kind.BINARY;
        boolean noClauseBefore = before == null || before == Kind.OPEN || before == Kind.BINARY || before == Kind.NOT;
        if ((t.kind() == Kind.BINARY && (noClauseBefore || noClauseAfter))
            || (t.kind() == Kind.NOT && noClauseAfter)) {
          if (out == null) {
            out = syntax.toCharArray();
          }
          for (int c = t.start(); c < t.end(); c++) {
            out[c] = ' ';
          }
          tokens.remove(i);
          changed = true;
          break;
        }
      }
    }
    return out == null ? syntax : new String(out);
  }

  private static List<Token> tokens(String s) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(new Token(i, i + 1, c == '(' ? Kind.OPEN : Kind.CLOSE));
        i++;
      } else {
        int start = i;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '(' && s.charAt(i) != ')') {
          char d = s.charAt(i);
          if (d == '"' || d == '[' || d == '{') { // a phrase or a date range is one clause, spaces and all
            int close = d == '"' ? s.indexOf('"', i + 1) : rangeEnd(s, i + 1);
            i = close < 0 ? s.length() : close + 1;
          } else {
            i++;
          }
        }
        String word = s.substring(start, i);
        Kind kind = switch (word) {
          case "AND", "OR", "&&", "||" -> Kind.BINARY;
          case "NOT" -> Kind.NOT;
          default -> Kind.CLAUSE;
        };
        tokens.add(new Token(start, i, kind));
      }
    }
    return tokens;
  }

  /** The first closing bracket, square or curly (a date range may mix them), at or after {@code from}, or -1. */
  private static int rangeEnd(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == ']' || s.charAt(i) == '}') {
        return i;
      }
    }
    return -1;
  }
}
