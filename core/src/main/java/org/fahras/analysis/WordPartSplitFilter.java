package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Splits a token into the words it joins: at underscores (hashtags such as {@code #مصر_اليوم}, which
 * Unicode word segmentation keeps as one word, UAX #29 rule WB13a) and where the letters change
 * between Arabic and Latin script with no space between them ({@code Facebookفيسبوك}), and where
 * Arabic letters and digits meet: news text writes a proclitic straight before a number and an era
 * or unit straight after it ({@code بـ150}, {@code الـ2015}, {@code و30}, {@code 2015م}, {@code
 * 1436هـ}, {@code 5كم}), and the number is then found as written elsewhere (the proclitic is a
 * stopword). Digits stay with Latin letters ({@code MP3}, {@code G20}); combining marks, tatweel and
 * format chars belong to the letters around them.
 *
 * <p>Each part is a token of its own, one position after the previous, with offsets on the part of
 * the original text it came from. Place it directly after the tokenizer: the offsets of a part are
 * computed from the token's start offset, which is exact only when no earlier filter or char filter
 * changed the token's length (when one did, every part gets the whole token's offsets). Tokens typed
 * {@code <URL>} or {@code <EMAIL>} are left whole, so a link never leaks fragments into the terms.
 */
public final class WordPartSplitFilter extends TokenFilter {

  private static final int NEUTRAL = 0;
  private static final int ARABIC = 1;
  private static final int LATIN = 2;
  private static final int DIGIT = 3;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private char[] saved = new char[64];
  private int[] partStart = new int[8];
  private int[] partEnd = new int[8];
  private int parts;
  private int nextPart;
  private int tokenStart;
  private boolean exactOffsets;
  private State state;

  public WordPartSplitFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (nextPart < parts) {
      restoreState(state);
      emitPart(nextPart++);
      posIncAtt.setPositionIncrement(1);
      return true;
    }
    int skippedPositions = 0;
    while (input.incrementToken()) {
      String type = typeAtt.type();
      if ("<URL>".equals(type) || "<EMAIL>".equals(type) || !findParts()) {
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
        return true;
      }
      if (parts == 0) {
        skippedPositions += posIncAtt.getPositionIncrement(); // only underscores: no word
        continue;
      }
      int posInc = posIncAtt.getPositionIncrement() + skippedPositions;
      state = captureState();
      emitPart(0);
      posIncAtt.setPositionIncrement(posInc);
      nextPart = 1;
      return true;
    }
    return false;
  }

  /** Finds the parts of the current term; false when it is one part already (the common case). */
  private boolean findParts() {
    char[] term = termAtt.buffer();
    int len = termAtt.length();
    parts = 0;
    nextPart = 0;
    int start = -1;
    int script = NEUTRAL;
    boolean split = false;
    for (int i = 0; i < len; i++) {
      char c = term[i];
      if (c == '_') {
        split = true;
        if (start >= 0) {
          addPart(start, i);
          start = -1;
        }
        script = NEUTRAL;
        continue;
      }
      int s = scriptOf(c);
      if (start < 0) {
        start = i;
        script = s;
      } else if (s != NEUTRAL) {
        if (isBoundary(script, s)) {
          split = true;
          addPart(start, i);
          start = i;
        }
        script = s;
      }
    }
    if (!split) {
      return false;
    }
    if (start >= 0) {
      addPart(start, len);
    }
    saved = ArrayUtil.grow(saved, len);
    System.arraycopy(term, 0, saved, 0, len);
    tokenStart = offsetAtt.startOffset();
    exactOffsets = offsetAtt.endOffset() - tokenStart == len;
    return true;
  }

  private void addPart(int start, int end) {
    if (parts == partStart.length) {
      partStart = ArrayUtil.grow(partStart, parts + 1);
      partEnd = ArrayUtil.grow(partEnd, parts + 1);
    }
    partStart[parts] = start;
    partEnd[parts] = end;
    parts++;
  }

  private void emitPart(int part) {
    int start = partStart[part];
    int end = partEnd[part];
    termAtt.copyBuffer(saved, start, end - start);
    if (exactOffsets) {
      offsetAtt.setOffset(tokenStart + start, tokenStart + end);
    }
  }

  /**
   * Whether a word part ends between a char of class {@code before} and one of class {@code after}:
   * between Arabic and Latin letters, and between Arabic letters and digits; digits stay with Latin
   * letters (MP3, G20, F16).
   */
  private static boolean isBoundary(int before, int after) {
    return before != after && before != NEUTRAL && (before == ARABIC || after == ARABIC);
  }

  private static int scriptOf(char c) {
    if (c < 0x80) {
      if (c >= '0' && c <= '9') {
        return DIGIT;
      }
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? LATIN : NEUTRAL;
    }
    if ((c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9')) {
      return DIGIT;
    }
    if ((c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3')
        || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08C9')
        || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC')) {
      return ARABIC;
    }
    if (Character.isLetter(c)
        && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
      return LATIN;
    }
    return NEUTRAL;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts = 0;
    nextPart = 0;
    state = null;
  }
}
