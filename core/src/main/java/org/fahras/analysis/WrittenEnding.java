package org.fahras.analysis;

/**
 * What a term's last letters were as written, before {@link ArabicNormalizer} folded them into the
 * letters of suffixes: teh marbuta ة becomes ه (the pronoun "his"), alef maqsura ى becomes ي (the
 * pronoun "my", the nisba ending), alef with hamza أ becomes ا (tanween, the dual, the plural ات).
 * None of the three is ever part of a suffix, so {@link ArabicLightStemmer#stem(char[], int, int)}
 * does not remove one as such: لقناة is ل + قناة, not لقنا "we taught" + ه; وجرى is و + جرى, not
 * وجر + ي; وبدأ is و + بدأ, not وبد + ا; وبدأت is و + بدأت, not وبد + ات. (A word written with ه
 * for ة, or ي for ى, as fast typing and Egyptian spelling do, gives no such hint and is stemmed
 * as before.) The orthographic facts are those of any Arabic grammar: teh marbuta and alef maqsura
 * end nouns, adjectives and (ى) verbs, never an enclitic, and the alef of a suffix is always bare ا.
 *
 * <p>A code packs the kind of the last letter ({@link #TEH_MARBUTA}, {@link #ALEF_MAQSURA} or
 * {@link #OTHER}) in its two low bits and, in the next two, how far from the end (1-3 letters) the
 * nearest alef with hamza above stands (0: none in the last three letters). Codes run from 0 to
 * {@value #CODES} - 1. Pure; allocates nothing.
 */
public final class WrittenEnding {

  /** The last letter is none of teh marbuta and alef maqsura, and no أ is among the last three. */
  public static final int OTHER = 0;
  /** Kind: the last letter is teh marbuta ة (also ۃ and its presentation forms). */
  public static final int TEH_MARBUTA = 1;
  /** Kind: the last letter is alef maqsura ى (also its presentation forms). */
  public static final int ALEF_MAQSURA = 2;
  /** Number of distinct codes. */
  public static final int CODES = 16;

  private static final int LETTERS = 3;

  private WrittenEnding() {}

  /**
   * The code of {@code s[0..len)} as written (marks, tatweel and invisible chars are skipped; a
   * combining hamza above an alef counts as أ).
   *
   * @return a code in {@code [0, CODES)}
   */
  public static int of(char[] s, int len) {
    int code = OTHER;
    int letters = 0;
    boolean combiningHamza = false;
    for (int i = len - 1; i >= 0 && letters < LETTERS; i--) {
      char c = s[i];
      if (ArabicNormalizer.isRemovedMark(c) || c == ArabicNormalizer.TATWEEL || c == ArabicNormalizer.ARABIC_LETTER_MARK
          || c == ArabicNormalizer.ZERO_WIDTH_NO_BREAK_SPACE || c == ArabicNormalizer.COMBINING_HAMZA_ABOVE) {
        combiningHamza |= c == ArabicNormalizer.COMBINING_HAMZA_ABOVE;
        continue;
      }
      letters++;
      if (letters == 1) {
        code = switch (c) {
          case ArabicNormalizer.TEH_MARBUTA, ArabicNormalizer.TEH_MARBUTA_GOAL, '\uFE93', '\uFE94' -> TEH_MARBUTA;
          case ArabicNormalizer.ALEF_MAQSURA, '\uFEEF', '\uFEF0' -> ALEF_MAQSURA;
          default -> OTHER;
        };
      }
      if (c == ArabicNormalizer.ALEF_HAMZA_ABOVE || c == '\uFE83' || c == '\uFE84'
          || (combiningHamza && c == ArabicNormalizer.ALEF)) {
        return code | letters << 2;
      }
      combiningHamza = false;
    }
    return code;
  }

  /** @return {@link #TEH_MARBUTA}, {@link #ALEF_MAQSURA} or {@link #OTHER} */
  static int lastLetter(int code) {
    return code & 3;
  }

  /** @return 1-3: the position from the end of the nearest أ among the last three letters; 0: none */
  static int hamzatedAlefFromEnd(int code) {
    return code >>> 2;
  }
}
