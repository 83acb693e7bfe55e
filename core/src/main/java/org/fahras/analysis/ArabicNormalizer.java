package org.fahras.analysis;

/**
 * Folds the spelling variants of written Arabic to one form, in place, so that a word meets itself
 * whatever keyboard, font or edition wrote it.
 *
 * <p>Rules, in the order {@link #normalize(char[], int)} applies them to each char:
 *
 * <ol>
 *   <li>Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC), e.g. the lam-alef ligature ﻻ, are
 *       replaced by their letters (Unicode NFKC decomposition, see {@link ArabicPresentationForms});
 *       a ligature may become several letters, so the term can grow (see {@link
 *       #normalizedCapacity(char[], int)}). The letters then go through the rules below.
 *   <li>Removed: harakat and tanween U+064B–U+065F, the superscript (dagger) alef U+0670, Quranic
 *       annotation marks U+0610–U+061A and U+06D6–U+06ED, tatweel U+0640, and the bidi and
 *       zero-width controls U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+061C, U+FEFF, and
 *       the invisible word-internal marks U+00AD (soft hyphen), U+034F (combining grapheme joiner)
 *       and U+2060–U+2064 (word joiner, invisible operators), which Unicode word segmentation keeps
 *       inside a word (UAX #29, Word_Break Format and Extend). A zero-width space U+200B is a word
 *       boundary there, so it separates words before this rule sees it.
 *   <li>Alef forms آ أ إ ٱ ٲ ٳ to bare alef ا (as Larkey, Ballesteros and Connell, "Light Stemming
 *       for Arabic Information Retrieval", 2002/2007, do for آ أ إ).
 *   <li>Alef maqsura ى to yeh ي; teh marbuta ة to heh ه (the same paper).
 *   <li>Hamza seats: waw-hamza ؤ and yeh-hamza ئ (and yeh barree with hamza ۓ) to the bare hamza
 *       ء. Which seat carries a medial or
 *       final hamza depends on the surrounding vowels and varies between writers and regions
 *       (Egyptian usage writes مسئول and شئون where the standard has مسؤول and شؤون; Wright, "A
 *       Grammar of the Arabic Language", §131–136 on the orthography of hamza), so folding the seat
 *       makes the variants meet while keeping the hamza: رئيس and رءيس are the same term. A yeh
 *       or alef maqsura followed by a hamza on the line (شىء, الطوارىء, common in Gulf and Egyptian
 *       print) is that yeh seat written apart, so yeh + ء (or ئ) becomes ء too, but not yeh + ؤ,
 *       whose yeh is a letter (يؤكد): شيء, شىء and شئ meet, as do الطوارئ and الطوارىء. A combining hamza U+0654 or U+0655 (decomposed, NFD, text)
 *       is composed with its seat first, so that ا + U+0654 is أ, و + U+0654 is ؤ and ي + U+0654
 *       is ئ, and a hamza written on a tatweel (Uthmani شَيۡـٔٗا) is ء.
 *   <li>Persian and Urdu letter forms to their Arabic counterparts: keheh ک and swash kaf ڪ to kaf
 *       ك; Farsi yeh ی, yeh with small v ې and yeh barree ے to yeh ي; heh goal ہ, ae ە, heh with
 *       yeh above ۀ, heh doachashmee ھ (which Urdu keyboards give for ه) and heh goal with hamza
 *       ۂ to heh ه, and teh marbuta goal ۃ to ه, as ة. The letters Persian (and Maghrebi Arabic) add for sounds Arabic lacks,
 *       which Arabic writers use for foreign names and spell with the nearest Arabic letter as
 *       often (ڤلاديمير and فلاديمير, پاكستان and باكستان), to that letter: peh پ to beh ب, tcheh
 *       چ to jeem ج, jeh ژ to zain ز, veh ڤ and ڥ to feh ف, gaf گ to kaf ك (its base letter),
 *       qaf with three dots ڨ to qaf ق.
 *   <li>Arabic-Indic digits ٠–٩ (U+0660–U+0669) and extended Arabic-Indic digits ۰–۹
 *       (U+06F0–U+06F9) to ASCII 0–9, and the Arabic decimal separator ٫ (U+066B) and thousands
 *       separator ٬ (U+066C), which stay inside a number's token, to {@code .} and {@code ,}, so that
 *       ١٫٥ is 1.5 and ١٬٠٠٠ is 1,000.
 * </ol>
 *
 * <p>Everything else is left as it is (Latin case folding is a separate filter). Only the hamza-seat
 * rules look at a neighbour (the char kept before the hamza); the result never depends on other terms.
 * Pure and thread-safe: no allocation, no state.
 */
public final class ArabicNormalizer {

  /** U+0627 ARABIC LETTER ALEF. */
  public static final char ALEF = '\u0627';
  /** U+0622 ARABIC LETTER ALEF WITH MADDA ABOVE. */
  public static final char ALEF_MADDA = '\u0622';
  /** U+0623 ARABIC LETTER ALEF WITH HAMZA ABOVE. */
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  /** U+0625 ARABIC LETTER ALEF WITH HAMZA BELOW. */
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  /** U+0671 ARABIC LETTER ALEF WASLA. */
  public static final char ALEF_WASLA = '\u0671';
  /** U+0672 ARABIC LETTER ALEF WITH WAVY HAMZA ABOVE. */
  public static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  /** U+0673 ARABIC LETTER ALEF WITH WAVY HAMZA BELOW. */
  public static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
  /** U+0621 ARABIC LETTER HAMZA. */
  public static final char HAMZA = '\u0621';
  /** U+0624 ARABIC LETTER WAW WITH HAMZA ABOVE. */
  public static final char WAW_HAMZA = '\u0624';
  /** U+0626 ARABIC LETTER YEH WITH HAMZA ABOVE. */
  public static final char YEH_HAMZA = '\u0626';
  /** U+06D3 ARABIC LETTER YEH BARREE WITH HAMZA ABOVE. */
  public static final char YEH_BARREE_HAMZA = '\u06D3';
  /** U+0649 ARABIC LETTER ALEF MAKSURA. */
  public static final char ALEF_MAQSURA = '\u0649';
  /** U+064A ARABIC LETTER YEH. */
  public static final char YEH = '\u064A';
  /** U+0629 ARABIC LETTER TEH MARBUTA. */
  public static final char TEH_MARBUTA = '\u0629';
  /** U+0647 ARABIC LETTER HEH. */
  public static final char HEH = '\u0647';
  /** U+0643 ARABIC LETTER KAF. */
  public static final char KAF = '\u0643';
  /** U+06A9 ARABIC LETTER KEHEH. */
  public static final char KEHEH = '\u06A9';
  /** U+06AA ARABIC LETTER SWASH KAF. */
  public static final char SWASH_KAF = '\u06AA';
  /** U+06CC ARABIC LETTER FARSI YEH. */
  public static final char FARSI_YEH = '\u06CC';
  /** U+06D0 ARABIC LETTER E. */
  public static final char YEH_SMALL_V = '\u06D0';
  /** U+06D2 ARABIC LETTER YEH BARREE. */
  public static final char YEH_BARREE = '\u06D2';
  /** U+06C1 ARABIC LETTER HEH GOAL. */
  public static final char HEH_GOAL = '\u06C1';
  /** U+067E ARABIC LETTER PEH. */
  public static final char PEH = '\u067E';
  /** U+0686 ARABIC LETTER TCHEH. */
  public static final char TCHEH = '\u0686';
  /** U+0698 ARABIC LETTER JEH. */
  public static final char JEH = '\u0698';
  /** U+06A4 ARABIC LETTER VEH. */
  public static final char VEH = '\u06A4';
  /** U+06A5 ARABIC LETTER FEH WITH THREE DOTS BELOW. */
  public static final char FEH_THREE_DOTS_BELOW = '\u06A5';
  /** U+06A8 ARABIC LETTER QAF WITH THREE DOTS ABOVE. */
  public static final char QAF_THREE_DOTS_ABOVE = '\u06A8';
  /** U+06AF ARABIC LETTER GAF. */
  public static final char GAF = '\u06AF';
  static final char JEEM = '\u062C';
  static final char ZAIN = '\u0632';
  static final char QAF = '\u0642';
  static final char SOFT_HYPHEN = '\u00AD';
  static final char COMBINING_GRAPHEME_JOINER = '\u034F';
  /** U+06D5 ARABIC LETTER AE. */
  public static final char AE = '\u06D5';
  /** U+06C0 ARABIC LETTER HEH WITH YEH ABOVE. */
  public static final char HEH_YEH_ABOVE = '\u06C0';
  /** U+0640 ARABIC TATWEEL. */
  public static final char TATWEEL = '\u0640';
  /** U+0644 ARABIC LETTER LAM. */
  public static final char LAM = '\u0644';
  static final char WAW = '\u0648';
  static final char FEH = '\u0641';
  static final char BEH = '\u0628';
  /** Combining madda above; with U+0654 and U+0655 (hamza above, below) it makes ا + mark a hamzated alef. */
  public static final char COMBINING_MADDA = '\u0653';
  /** U+0655 ARABIC HAMZA BELOW. */
  public static final char COMBINING_HAMZA_BELOW = '\u0655';
  /** U+0654 ARABIC HAMZA ABOVE. */
  public static final char COMBINING_HAMZA_ABOVE = '\u0654';
  /** U+06BE ARABIC LETTER HEH DOACHASHMEE. */
  public static final char HEH_DOACHASHMEE = '\u06BE';
  /** U+06C2 ARABIC LETTER HEH GOAL WITH HAMZA ABOVE. */
  public static final char HEH_GOAL_HAMZA_ABOVE = '\u06C2';
  /** U+06C3 ARABIC LETTER TEH MARBUTA GOAL. */
  public static final char TEH_MARBUTA_GOAL = '\u06C3';
  /** U+066B ARABIC DECIMAL SEPARATOR. */
  public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  /** U+066C ARABIC THOUSANDS SEPARATOR. */
  public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  /** U+0670 ARABIC LETTER SUPERSCRIPT ALEF. */
  public static final char SUPERSCRIPT_ALEF = '\u0670';
  /** U+061C ARABIC LETTER MARK. */
  public static final char ARABIC_LETTER_MARK = '\u061C';
  /** U+FEFF ZERO WIDTH NO-BREAK SPACE. */
  public static final char ZERO_WIDTH_NO_BREAK_SPACE = '\uFEFF';

  /** The normalizer has no state; one instance serves every thread. */
  public static final ArabicNormalizer INSTANCE = new ArabicNormalizer();

  /**
   * The buffer length {@link #normalize(char[], int)} needs for {@code s[0..len)}: {@code len} plus
   * the growth of presentation-form ligatures (for example ﻻ becomes two letters).
   */
  public static int normalizedCapacity(char[] s, int len) {
    return normalizedCapacity(s, 0, len);
  }

  private static int normalizedCapacity(char[] s, int off, int len) {
    int capacity = len;
    for (int i = off; i < off + len; i++) {
      char c = s[i];
      if (c >= ArabicPresentationForms.FIRST) {
        capacity += ArabicPresentationForms.growth(c);
      }
    }
    return capacity;
  }

  /**
   * Normalizes {@code s[0..len)} in place.
   *
   * @param s the term buffer; its length must be at least {@link #normalizedCapacity(char[], int)}
   *     when the term holds presentation-form ligatures
   * @param len the number of chars of the term
   * @return the new length, in chars; 0 when the term held only removed marks
   * @throws ArrayIndexOutOfBoundsException if {@code s} is too short for the expanded ligatures
   */
  public int normalize(char[] s, int len) {
    int out = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (c < 0x80) {
        s[out++] = c; // no rule touches ASCII
        continue;
      }
      if (c >= ArabicPresentationForms.FIRST && ArabicPresentationForms.isPresentationForm(c)) {
        // rare: replace the forms of s[i..len) by their letters, then go on from i
        int tail = len - i;
        int grown = i + normalizedCapacity(s, i, tail);
        int expanded = ArabicPresentationForms.expand(s, i, len, grown);
        len = expanded;
        c = s[i];
      }
      c = c >= ARABIC_BLOCK && c < ARABIC_BLOCK + ARABIC_FOLDS.length
          ? ARABIC_FOLDS[c - ARABIC_BLOCK]
          : fold(c);
      if (c == REMOVED) {
        if (s[i] == COMBINING_HAMZA_ABOVE || s[i] == COMBINING_HAMZA_BELOW) {
          out = composeHamza(s, out);
        }
        continue;
      }
      if (c == HAMZA && s[i] != WAW_HAMZA && out > 1 && s[out - 1] == YEH) {
        out--; // yeh + hamza on the line (شىء, الطوارىء) is the yeh seat written apart; not before ؤ (يؤكد)
      }
      s[out++] = c;
    }
    return out;
  }

  /**
   * Rule 5 for a combining hamza U+0654 or U+0655 (decomposed text, NFD, writes أ as ا + U+0654, ؤ as
   * و + U+0654, ئ as ي + U+0654): the hamza with its seat {@code s[out - 1]}, the last char kept
   * (the harakat that canonical ordering puts between them are already removed), folded as the
   * precomposed letter is: on alef (أ إ) or heh (ۀ) nothing is added; on waw or yeh the seat
   * becomes ء (مسؤول, قائد); on anything else, such as the tatweel of Uthmani script (شَيۡـٔٗا), it
   * is the hamza itself, ء.
   *
   * @return the new output length
   */
  private static int composeHamza(char[] s, int out) {
    char seat = out > 0 ? s[out - 1] : 0;
    if (seat == ALEF || seat == HEH) {
      return out;
    }
    if (seat == WAW || seat == YEH) {
      out--; // the seat and its hamza are one letter, ؤ or ئ, folded as the precomposed one is
    }
    if (seat != WAW && out > 1 && s[out - 1] == YEH) {
      out--; // as in normalize: yeh before the hamza is its seat written apart (هيئة, شيئا)
    }
    s[out] = HAMZA;
    return out + 1;
  }

  /** Marks a removed char in {@link #fold}'s result (U+0000 is never a result otherwise). */
  private static final char REMOVED = '\u0000';
  private static final char ARABIC_BLOCK = '\u0600';
  /** {@link #fold} of U+0600–U+06FF, precomputed: the hot path is one array read per char. */
  private static final char[] ARABIC_FOLDS = new char[0x100];

  static {
    for (int i = 0; i < ARABIC_FOLDS.length; i++) {
      ARABIC_FOLDS[i] = fold((char) (ARABIC_BLOCK + i));
    }
  }

  /** Rules 2–7 for one char (presentation forms already expanded): its fold, or {@link #REMOVED}. */
  private static char fold(char c) {
    switch (c) {
      case TATWEEL, SUPERSCRIPT_ALEF, ARABIC_LETTER_MARK, ZERO_WIDTH_NO_BREAK_SPACE -> {
        return REMOVED;
      }
      case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, ALEF_WAVY_HAMZA_ABOVE,
          ALEF_WAVY_HAMZA_BELOW -> {
        return ALEF;
      }
      case ALEF_MAQSURA -> {
        return YEH;
      }
      case TEH_MARBUTA -> {
        return HEH;
      }
      case WAW_HAMZA, YEH_HAMZA, YEH_BARREE_HAMZA -> {
        return HAMZA;
      }
      case KEHEH, SWASH_KAF -> {
        return KAF;
      }
      case FARSI_YEH, YEH_SMALL_V, YEH_BARREE -> {
        return YEH;
      }
      case HEH_GOAL, AE, HEH_YEH_ABOVE, HEH_DOACHASHMEE, HEH_GOAL_HAMZA_ABOVE -> {
        return HEH;
      }
      case TEH_MARBUTA_GOAL -> {
        return HEH;
      }
      case ARABIC_DECIMAL_SEPARATOR -> {
        return '.';
      }
      case ARABIC_THOUSANDS_SEPARATOR -> {
        return ',';
      }
      case PEH -> {
        return BEH;
      }
      case TCHEH -> {
        return JEEM;
      }
      case JEH -> {
        return ZAIN;
      }
      case VEH, FEH_THREE_DOTS_BELOW -> {
        return FEH;
      }
      case GAF -> {
        return KAF;
      }
      case QAF_THREE_DOTS_ABOVE -> {
        return QAF;
      }
      default -> {
        if (c == REMOVED || isRemovedMark(c)) {
          return REMOVED;
        }
        if (c >= '\u0660' && c <= '\u0669') {
          return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
          return (char) ('0' + (c - '\u06F0'));
        }
        return c;
      }
    }
  }

  /**
   * Whether {@code s[0, len)}, read before {@link #normalize} folds its alef, begins with an alef that
   * carries hamza or madda and then lam: أل, إل, آل (also ٲ ٳ, and ا followed by a combining
   * U+0653-U+0655, as decomposed text writes them), with the marks and tatweel that normalization
   * removes allowed before, between and after them. The article's alef is a hamzat al-wasl and takes
   * neither (Wright, <i>A Grammar of the Arabic Language</i>, on the waṣla of the article), so such a
   * word does not begin with the article: ألعاب, إلهام, آليات. The same holds after a proclitic
   * written on the word (و ف ب ك ل, وب فب ول فل وك فك, and لل ولل فلل, whose second ل is the
   * article before a word-initial alef: للألعاب), when at least one letter follows the lam:
   * وألعاب, لألمانيا, بإلغاء, للألعاب. Pure; allocates nothing.
   */
  public static boolean startsWithHamzatedAlefLam(char[] s, int len) {
    int i = skipRemoved(s, 0, len);
    int proclitics = 0;
    char previous = 0;
    while (i < len && proclitics < 3 && isProcliticAfter(previous, s[i], proclitics)) {
      previous = s[i];
      proclitics++;
      i = skipRemoved(s, i + 1, len);
    }
    if (i >= len) {
      return false;
    }
    char first = s[i++];
    boolean hamzated = first == ALEF_HAMZA_ABOVE || first == ALEF_HAMZA_BELOW || first == ALEF_MADDA
        || first == ALEF_WAVY_HAMZA_ABOVE || first == ALEF_WAVY_HAMZA_BELOW;
    if (!hamzated && first != ALEF) {
      return false;
    }
    int next = skipRemoved(s, i, len);
    for (; i < next; i++) {
      hamzated |= s[i] >= COMBINING_MADDA && s[i] <= COMBINING_HAMZA_BELOW;
    }
    return hamzated && next < len && s[next] == LAM && (proclitics == 0 || skipRemoved(s, next + 1, len) < len);
  }

  /**
   * Whether {@code c} continues a proclitic sequence of {@code count} letters ending in {@code previous}:
   * و or ف first; ب ك ل first or after و ف; a second ل after ل (لل, ولل, فلل).
   */
  private static boolean isProcliticAfter(char previous, char c, int count) {
    return switch (c) {
      case WAW, FEH -> count == 0;
      case BEH, KAF -> count == 0 || previous == WAW || previous == FEH;
      case LAM -> count == 0 || previous == WAW || previous == FEH || (previous == LAM && count < 3);
      default -> false;
    };
  }

  /** @return the first index at or after {@code from} whose char normalization keeps */
  private static int skipRemoved(char[] s, int from, int len) {
    int i = from;
    while (i < len && (isRemovedMark(s[i]) || s[i] == TATWEEL || s[i] == ARABIC_LETTER_MARK
        || s[i] == ZERO_WIDTH_NO_BREAK_SPACE)) {
      i++;
    }
    return i;
  }

  /** Harakat, Quranic marks and invisible controls: the chars rule 2 removes (tatweel aside). */
  static boolean isRemovedMark(char c) {
    return (c >= '\u064B' && c <= '\u065F')
        || (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u06D6' && c <= '\u06ED')
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || (c >= '\u2060' && c <= '\u2064')
        || c == SOFT_HYPHEN || c == COMBINING_GRAPHEME_JOINER;
  }
}
