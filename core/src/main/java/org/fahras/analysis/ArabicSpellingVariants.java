package org.fahras.analysis;

/**
 * Spellings of the same word that normalization alone leaves apart, written as one on stems
 * (normalized, proclitics and suffixes already removed), before {@link ArabicLexicon#placeForm}:
 * the silent alef of مائة "hundred", the traditional spelling that the Arabic Language Academy in
 * Cairo and most modern editors write مئة. A stem ending ماءه (مائة, المائة, بالمائة, مائتين,
 * ثلاثمائة after hamza and teh marbuta folding) ends مءه, as مئة does.
 *
 * <p>In place; allocates nothing. Stateless.
 */
final class ArabicSpellingVariants {

  private static final char[] HUNDRED = "ماءه".toCharArray();

  private ArabicSpellingVariants() {}

  /**
   * @param s the stem, {@code s[0..len)}
   * @return the stem's new length (at most {@code len})
   */
  static int apply(char[] s, int len) {
    if (len >= HUNDRED.length && ArabicLightStemmer.endsWith(s, len, HUNDRED)) {
      s[len - 3] = s[len - 2]; // ماءه → مءه: the alef goes
      s[len - 2] = s[len - 1];
      return len - 1;
    }
    return len;
  }
}
