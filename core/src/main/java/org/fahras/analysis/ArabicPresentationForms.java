package org.fahras.analysis;

import java.text.Normalizer;

/**
 * The letters behind the Arabic presentation forms (U+FB50–U+FDFF and U+FE70–U+FEFC): the
 * contextual glyph shapes and ligatures that some fonts, PDF extractors and old encoders put into
 * text instead of the letters. The table is Unicode's compatibility decomposition (NFKC) of each
 * form, built once when the class loads, with the spaces inside the phrase ligatures (such as ﷺ)
 * left out so one form never becomes several words.
 *
 * <p>Immutable and thread-safe.
 */
final class ArabicPresentationForms {

  /** The first presentation-form char; every char below it is left alone. */
  static final char FIRST = '\uFB50';

  private static final char LAST = '\uFEFC';
  private static final char[][] LETTERS = new char[LAST - FIRST + 1][];

  static {
    for (char c = FIRST; c <= LAST; c++) {
      if (isPresentationForm(c)) {
        String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).replace(" ", "");
        if (!nfkc.isEmpty() && !nfkc.equals(String.valueOf(c))) {
          LETTERS[c - FIRST] = nfkc.toCharArray();
        }
      }
    }
  }

  private ArabicPresentationForms() {}

  /** True for a char of the two Arabic presentation-form blocks. */
  static boolean isPresentationForm(char c) {
    return (c >= FIRST && c <= '\uFDFF') || (c >= '\uFE70' && c <= LAST);
  }

  /** How many chars longer the term gets when {@code c} is replaced by its letters (0 or more). */
  static int growth(char c) {
    if (!isPresentationForm(c)) {
      return 0;
    }
    char[] letters = LETTERS[c - FIRST];
    return letters == null ? 0 : letters.length - 1;
  }

  /**
   * Replaces every presentation form of {@code s[from..len)} by its letters, in place, copying
   * from the end so nothing is overwritten before it is read.
   *
   * @param capacity the length after expansion (see {@link ArabicNormalizer#normalizedCapacity})
   * @return the new length ({@code capacity})
   */
  static int expand(char[] s, int from, int len, int capacity) {
    int out = capacity;
    for (int i = len - 1; i >= from; i--) {
      char c = s[i];
      char[] letters = isPresentationForm(c) ? LETTERS[c - FIRST] : null;
      if (letters == null) {
        s[--out] = c;
      } else {
        out -= letters.length;
        System.arraycopy(letters, 0, s, out, letters.length);
      }
    }
    return capacity;
  }
}
