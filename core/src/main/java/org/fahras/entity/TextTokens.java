package org.fahras.entity;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Splits a text into word and punctuation tokens with their char offsets, for the gazetteer matcher and
 * the tagger. A word is a maximal run of letters, digits and combining marks (harakat stay inside the
 * word); every other non-space char is a one-char punctuation token. Offsets are UTF-16 char indexes
 * into the original text ({@code start} inclusive, {@code end} exclusive).
 */
public final class TextTokens {
  private final String text;
  private final char[] chars;
  private int[] starts;
  private int[] ends;
  /** Bit {@code i}: a line break stands between token {@code i - 1} and token {@code i}. */
  private long[] lineBreaks;
  private int size;

  private TextTokens(String text, int capacity) {
    this.text = text;
    this.chars = text.toCharArray();
    this.starts = new int[capacity];
    this.ends = new int[capacity];
    this.lineBreaks = new long[(capacity >> 6) + 1];
  }

  /** Tokenizes {@code text}; never fails, an empty text gives no tokens. */
  public static TextTokens of(String text) {
    TextTokens t = new TextTokens(text, Math.max(16, text.length() / 5));
    char[] cs = t.chars;
    int n = cs.length;
    int i = 0;
    boolean lineBreak = false;
    while (i < n) {
      char c = cs[i];
      if (isWordChar(c)) {
        int s = i;
        while (i < n && isWordChar(cs[i])) {
          i++;
        }
        t.add(s, i, lineBreak);
        lineBreak = false;
      } else {
        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200C' && c != '\u200F'
            && c != '\u200E' && !Character.isISOControl(c)) {
          t.add(i, i + 1, lineBreak);
          lineBreak = false;
        } else if (c == '\n') {
          lineBreak = true;
        }
        i++;
      }
    }
    return t;
  }

  static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (c >= '\u0621' && c <= '\u0669') {
      return true; // letters, tatweel, harakat (non-spacing marks) and Arabic-Indic digits, without the Unicode tables
    }
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private void add(int s, int e, boolean afterLineBreak) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      lineBreaks = Arrays.copyOf(lineBreaks, (size * 2 >> 6) + 1);
    }
    starts[size] = s;
    ends[size] = e;
    if (afterLineBreak) {
      lineBreaks[size >> 6] |= 1L << size;
    }
    size++;
  }

  /** @return the number of tokens */
  public int size() {
    return size;
  }

  /** @return start offset of token {@code i} in the text */
  public int start(int i) {
    return starts[i];
  }

  /** @return end offset (exclusive) of token {@code i} */
  public int end(int i) {
    return ends[i];
  }

  /** @return whether a line break ({@code \n}) stands between token {@code i - 1} (or the text's start) and token {@code i} */
  public boolean afterLineBreak(int i) {
    return (lineBreaks[i >> 6] & (1L << i)) != 0;
  }

  /** @return whether token {@code i} is a word (letters/digits), not punctuation */
  public boolean isWord(int i) {
    return isWordChar(text.charAt(starts[i]));
  }

  /** @return token {@code i} as written */
  public String surface(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** @return the chars of the tokenized text (shared, not to be modified) */
  char[] chars() {
    return chars;
  }

  /** @return the tokenized text */
  public String text() {
    return text;
  }

  /**
   * Replaces Arabic presentation forms (U+FB50..U+FDFF, U+FE70..U+FEFF, found in text extracted from PDFs
   * and old web pages) by their standard letters through Unicode NFKC; other text is returned unchanged
   * and without allocation.
   */
  public static String decomposePresentationForms(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF')) {
        return Normalizer.normalize(word, Normalizer.Form.NFKC);
      }
    }
    return word;
  }
}
