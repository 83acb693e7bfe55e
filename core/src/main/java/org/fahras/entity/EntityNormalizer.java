package org.fahras.entity;

import static org.fahras.analysis.ArabicNormalizer.AE;
import static org.fahras.analysis.ArabicNormalizer.FARSI_YEH;
import static org.fahras.analysis.ArabicNormalizer.HEH_DOACHASHMEE;
import static org.fahras.analysis.ArabicNormalizer.HEH_GOAL;
import static org.fahras.analysis.ArabicNormalizer.HEH_YEH_ABOVE;
import static org.fahras.analysis.ArabicNormalizer.KAF;
import static org.fahras.analysis.ArabicNormalizer.KEHEH;
import static org.fahras.analysis.ArabicNormalizer.SWASH_KAF;
import static org.fahras.analysis.ArabicNormalizer.TEH_MARBUTA_GOAL;
import static org.fahras.analysis.ArabicNormalizer.YEH_BARREE;
import static org.fahras.analysis.ArabicNormalizer.YEH_SMALL_V;

/**
 * Normalizes Arabic words for gazetteer lookup: the folding under which two spellings of the same name
 * are the same string. In-place, allocation-free, one pass. Rules, in the order applied per char:
 *
 * <ol>
 *   <li>harakat (U+064B..U+0652), superscript alef (U+0670) and tatweel (U+0640) are removed;
 *   <li>hamza-carrying alefs {@code أ إ آ} and alef wasla {@code ٱ} become bare alef {@code ا};
 *   <li>teh marbuta {@code ة} becomes heh {@code ه};
 *   <li>alef maqsura {@code ى} becomes yeh {@code ي};
 *   <li>the Persian and Urdu letter forms of Arabic-script text typed on those keyboards become the
 *       Arabic letters, as the search analyzer's {@code ArabicNormalizer} folds them: keheh {@code ک}
 *       and swash kaf {@code ڪ} kaf {@code ك}; farsi yeh {@code ی}, {@code ې} and yeh barree
 *       {@code ے} yeh {@code ي}; heh goal {@code ہ}, heh doachashmee {@code ھ}, ae {@code ە} and
 *       {@code ۀ} heh {@code ه}, teh marbuta goal {@code ۃ} heh (so {@code person:علی} is
 *       {@code person:علي}).
 * </ol>
 *
 * <p>These are the orthographic rules of Larkey, Ballesteros and Connell's light stemming normalizer
 * ("Light Stemming for Arabic Information Retrieval", 2007), also used by Lucene's {@code ArabicNormalizer}.
 * They are right for matching multi-letter names against a curated list, where a collision such as
 * {@code على}/{@code علي} cannot occur unless the list holds that word. The statistical tagger does NOT
 * use this folding (see {@link TaggerNormalizer}). Arabic presentation forms (U+FB50..U+FEFF) are not
 * handled here; {@link TextTokens} decomposes them per token before calling this class.
 */
public final class EntityNormalizer {
  static final char ALEF = '\u0627';
  static final char ALEF_MADDA = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char TEH_MARBUTA = '\u0629';
  static final char HEH = '\u0647';
  static final char ALEF_MAQSURA = '\u0649';
  static final char YEH = '\u064A';
  static final char TATWEEL = '\u0640';
  static final char FATHATAN = '\u064B';
  static final char SUKUN = '\u0652';
  static final char SUPERSCRIPT_ALEF = '\u0670';

  private EntityNormalizer() {}

  /**
   * Normalizes {@code s[0..len)} in place.
   *
   * @return the new length (at most {@code len})
   */
  public static int normalize(char[] s, int len) {
    int out = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      switch (c) {
        case TATWEEL, SUPERSCRIPT_ALEF:
          continue;
        case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA:
          c = ALEF;
          break;
        case TEH_MARBUTA:
          c = HEH;
          break;
        case ALEF_MAQSURA, FARSI_YEH, YEH_SMALL_V, YEH_BARREE:
          c = YEH;
          break;
        case KEHEH, SWASH_KAF:
          c = KAF;
          break;
        case HEH_GOAL, HEH_DOACHASHMEE, AE, HEH_YEH_ABOVE, TEH_MARBUTA_GOAL:
          c = HEH;
          break;
        default:
          if (c >= FATHATAN && c <= SUKUN) {
            continue;
          }
      }
      s[out++] = c;
    }
    return out;
  }

  /**
   * Normalizes a whole string (spaces kept as they are); returns {@code text} itself when no rule
   * applies.
   */
  public static String normalize(String text) {
    String d = TextTokens.decomposePresentationForms(text);
    if (d == text && !changes(text)) {
      return text;
    }
    char[] s = d.toCharArray();
    return new String(s, 0, normalize(s, s.length));
  }

  private static boolean changes(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case TATWEEL, SUPERSCRIPT_ALEF, ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, TEH_MARBUTA,
            ALEF_MAQSURA, FARSI_YEH, YEH_SMALL_V, YEH_BARREE, KEHEH, SWASH_KAF, HEH_GOAL, HEH_DOACHASHMEE, AE,
            HEH_YEH_ABOVE, TEH_MARBUTA_GOAL:
          return true;
        default:
          if (text.charAt(i) >= FATHATAN && text.charAt(i) <= SUKUN) {
            return true;
          }
      }
    }
    return false;
  }
}
