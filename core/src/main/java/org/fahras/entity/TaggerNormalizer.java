package org.fahras.entity;

/**
 * Normalizes words for the statistical tagger's features: removes only what never distinguishes words,
 * harakat (U+064B..U+0652), superscript alef (U+0670) and tatweel (U+0640), and turns alef wasla
 * {@code ٱ} into {@code ا}. In-place and allocation-free.
 *
 * <p>It deliberately keeps hamza on alef, alef maqsura and teh marbuta: folding {@code ى→ي} makes the
 * preposition {@code على} the name {@code علي}, and {@code أ→ا} makes {@code بأن} ("that") the name
 * {@code بان}. Proclitics are never removed here; the tagger adds a stripped form as an extra feature.
 */
public final class TaggerNormalizer {
  private TaggerNormalizer() {}

  /**
   * Normalizes {@code s[0..len)} in place.
   *
   * @return the new length (at most {@code len})
   */
  public static int normalize(char[] s, int len) {
    int out = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (c == EntityNormalizer.TATWEEL || c == EntityNormalizer.SUPERSCRIPT_ALEF
          || (c >= EntityNormalizer.FATHATAN && c <= EntityNormalizer.SUKUN)) {
        continue;
      }
      s[out++] = c == EntityNormalizer.ALEF_WASLA ? EntityNormalizer.ALEF : c;
    }
    return out;
  }

  /** Normalizes one word; returns {@code word} itself when nothing changes. */
  public static String normalize(String word) {
    String d = TextTokens.decomposePresentationForms(word);
    if (d == word && !changes(word)) {
      return word;
    }
    char[] s = d.toCharArray();
    return new String(s, 0, normalize(s, s.length));
  }

  private static boolean changes(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == EntityNormalizer.TATWEEL || c == EntityNormalizer.SUPERSCRIPT_ALEF || c == EntityNormalizer.ALEF_WASLA
          || (c >= EntityNormalizer.FATHATAN && c <= EntityNormalizer.SUKUN)) {
        return true;
      }
    }
    return false;
  }
}
