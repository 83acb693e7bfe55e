package org.fahras.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Spellings of the same word that normalization alone leaves apart, written as one on stems
 * (normalized, proclitics and suffixes already removed), before {@link ArabicLexicon#placeForm}:
 * the silent alef of مائة "hundred", the traditional spelling that the Arabic Language Academy in
 * Cairo and most modern editors write مئة. A stem ending ماءه (مائة, المائة, بالمائة, مائتين,
 * ثلاثمائة after hamza and teh marbuta folding) ends مءه, as مئة does. And one number under two
 * spellings of grammar: the cardinals 3 to 10 take ة before a masculine noun and drop it before a
 * feminine one (ثلاثة رجال, ثلاث نساء: the "polarity" of Arabic numerals), so ثلاثة, أربعة ...
 * عشرة give ثلاث, اربع ... عشر.
 *
 * <p>In place; allocates nothing. Stateless.
 */
final class ArabicSpellingVariants {

  private static final char[] HUNDRED = "ماءه".toCharArray();
  /** The cardinals 3-10 with the teh marbuta they take before a masculine noun (folded ة → ه). */
  private static final CharArraySet CARDINALS = CharArraySet.unmodifiableSet(new CharArraySet(
      List.of("ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره"), false));

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
    return CARDINALS.contains(s, 0, len) ? len - 1 : len;
  }
}
