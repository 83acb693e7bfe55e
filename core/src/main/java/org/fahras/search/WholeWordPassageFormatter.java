package org.fahras.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats Lucene {@link Passage}s with whole original words marked: a match is widened to the word
 * around it (letters, digits, harakat and other combining marks, tatweel, ZWNJ/ZWJ, supplementary
 * letters), so a mark never splits a word even when the analyzer's offsets cover part of one. A
 * passage longer than {@code maxChars} is cut to a window around its first match at whitespace, so
 * it never cuts a word or a surrogate pair; cut ends get {@code …}.
 */
final class WholeWordPassageFormatter extends PassageFormatter {
  private static final String ELLIPSIS = "\u2026";
  private static final char TATWEEL = '\u0640';
  private static final char ZWNJ = '\u200C';
  private static final char ZWJ = '\u200D';

  private final HighlightFormat format;
  private final int maxChars;

  WholeWordPassageFormatter(HighlightFormat format, int maxChars) {
    this.format = format;
    this.maxChars = maxChars;
  }

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Passage p : passages) {
      StringBuilder one = new StringBuilder();
      formatPassage(p, content, one);
      String passage = one.toString();
      // Articles often repeat a paragraph (a lead copied into the body): show a passage once.
      if (!seen.add(passage.strip())) {
        continue;
      }
      if (!out.isEmpty()) {
        boolean cutBefore = passage.startsWith(ELLIPSIS);
        boolean cutAfter = out.charAt(out.length() - 1) == ELLIPSIS.charAt(0);
        out.append(cutBefore || cutAfter ? " " : " " + ELLIPSIS + " ");
      }
      out.append(passage);
    }
    return out.toString();
  }

  private void formatPassage(Passage p, String content, StringBuilder out) {
    int start = p.getStartOffset();
    int end = Math.min(p.getEndOffset(), content.length());
    int firstMatch = p.getNumMatches() > 0 ? wordStart(content, p.getMatchStarts()[0], start) : start;
    if (end - start > maxChars) {
      int lo = Math.max(start, firstMatch - maxChars / 3);
      if (lo > start) {
        lo = afterSpace(content, lo, firstMatch);
      }
      int hi = Math.min(end, lo + maxChars);
      if (hi < end) {
        hi = beforeSpace(content, hi, lo);
      }
      if (lo > start) {
        out.append(ELLIPSIS).append(' ');
      }
      appendMarked(p, content, lo, hi, out);
      if (hi < end) {
        out.append(' ').append(ELLIPSIS);
      }
    } else {
      appendMarked(p, content, start, end, out);
    }
  }

  /** Appends content[lo, hi) with each match widened to whole words; overlapping marks merge. */
  private void appendMarked(Passage p, String content, int lo, int hi, StringBuilder out) {
    int n = p.getNumMatches();
    int[][] spans = new int[n][];
    for (int i = 0; i < n; i++) {
      spans[i] = new int[] {wordStart(content, Math.max(p.getMatchStarts()[i], lo), lo),
          wordEnd(content, Math.min(p.getMatchEnds()[i], hi), hi)};
    }
    java.util.Arrays.sort(spans, (a, b) -> Integer.compare(a[0], b[0]));
    int pos = lo;
    int i = 0;
    while (i < n) {
      int ms = Math.max(spans[i][0], pos);
      int me = spans[i][1];
      while (i + 1 < n && spans[i + 1][0] <= me) {
        me = Math.max(me, spans[++i][1]);
      }
      i++;
      if (me <= ms) {
        continue;
      }
      append(content, pos, ms, out);
      out.append(format.pre());
      append(content, ms, me, out);
      out.append(format.post());
      pos = me;
    }
    append(content, pos, hi, out);
  }

  private void append(String content, int from, int to, StringBuilder out) {
    String text = content.substring(from, to);
    out.append(format.escapeHtml() ? escapeHtml(text) : text);
  }

  static String escapeHtml(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#x27;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static int wordStart(String s, int at, int floor) {
    int i = Math.min(at, s.length());
    while (i > floor && isWordPart(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordEnd(String s, int at, int ceiling) {
    int i = at;
    while (i < ceiling && isWordPart(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** First index at or after {@code at} that starts a word (after whitespace), but not past {@code limit}. */
  private static int afterSpace(String s, int at, int limit) {
    int i = at;
    while (i < limit && !Character.isWhitespace(s.charAt(i - 1))) {
      i++;
    }
    return i;
  }

  /** Last index at or before {@code at} that ends a word (before whitespace), but not before {@code floor}. */
  private static int beforeSpace(String s, int at, int floor) {
    int i = at;
    while (i > floor && !Character.isWhitespace(s.charAt(i))) {
      i--;
    }
    return i > floor ? i : at;
  }

  static boolean isWordPart(char c) {
    if (Character.isLetterOrDigit(c) || Character.isSurrogate(c) || c == TATWEEL || c == ZWNJ || c == ZWJ) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
