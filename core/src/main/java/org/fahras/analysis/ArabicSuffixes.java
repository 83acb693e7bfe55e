package org.fahras.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The suffixes {@link ArabicLightStemmer} tries, grouped by their last char so that a term costs one
 * table lookup: the enclitic pronouns of Al-Stem (Darwish and Oard) ه ها هم هما هن ك كم كما كن ي ني
 * نا; the plural, dual, feminine, nisba and verb endings of light10 (Larkey, Ballesteros and
 * Connell) ون ين ان يه يون يين ا ت وا; the construct plural و; ات تان تين with the teh marbuta put
 * back; and their stacked forms with a pronoun. Within a group, shortest first, but the one-letter
 * endings ا ت after the two-letter suffixes and the feminine dual تين تان before ين ان.
 */
final class ArabicSuffixes {
  private static final char FIRST_ARABIC = '\u0621';
  private static final char LAST_ARABIC = '\u064A';
  private static final Suffix[] NONE = new Suffix[0];
  private static final Suffix[][] BY_LAST_CHAR = byLastChar(suffixes());

  private ArabicSuffixes() {}

  /** The suffixes that end in {@code last}, in the order to try them; none for a non-Arabic char. */
  static Suffix[] endingIn(char last) {
    return last < FIRST_ARABIC || last > LAST_ARABIC ? NONE : BY_LAST_CHAR[last - FIRST_ARABIC];
  }

  /**
   * A suffix; restoresTehMarbuta: try the stem with ه put back for its first char; minKept: the
   * fewest chars the stem may keep.
   */
  record Suffix(
      char[] chars, boolean restoresTehMarbuta, boolean onlyWithTehMarbuta, int minKept) {
    Suffix(char[] chars, boolean restoresTehMarbuta, boolean onlyWithTehMarbuta) {
      this(chars, restoresTehMarbuta, onlyWithTehMarbuta, ArabicLightStemmer.MIN_STEM);
    }

    /**
     * True for the sound plural and dual endings ون ين ان, which a verb takes only after an
     * imperfect prefix (يلعبون, تلعبين, يلعبان): after a verb-only stem without one they are no
     * ending but a name's own letters (براون, شيرين, جيسون).
     */
    boolean pluralOrDual() {
      return chars.length == 2 && chars[1] == 'ن' && (chars[0] == 'و' || chars[0] == 'ي' || chars[0] == 'ا');
    }
  }

  /** The suffixes grouped by their last char, each group in order: one lookup per term. */
  private static Suffix[][] byLastChar(Suffix[] all) {
    Suffix[][] out = new Suffix[LAST_ARABIC - FIRST_ARABIC + 1][];
    for (char c = FIRST_ARABIC; c <= LAST_ARABIC; c++) {
      List<Suffix> group = new ArrayList<>();
      for (Suffix suffix : all) {
        if (suffix.chars[suffix.chars.length - 1] == c) {
          group.add(suffix);
        }
      }
      out[c - FIRST_ARABIC] = group.toArray(new Suffix[0]);
    }
    return out;
  }

  private static Suffix[] suffixes() {
    String[] enclitics = {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا"};
    List<Suffix> out = new ArrayList<>();
    for (String e : enclitics) {
      out.add(new Suffix(e.toCharArray(), false, false));
    }
    for (String ending : new String[] {"ون", "ين", "ان", "يه", "يون", "يين", "ا", "ت", "وا"}) {
      out.add(new Suffix(ending.toCharArray(), false, false));
    }
    // The construct plural (مسؤولو الوزاره, لاعبو الفريق): ون without its ن, from stems of 4 chars
    // or more so that defective verbs (يدعو) keep their و.
    out.add(new Suffix("و".toCharArray(), false, false, 4));
    out.add(new Suffix("ات".toCharArray(), true, false));
    out.add(new Suffix("تان".toCharArray(), true, true));
    out.add(new Suffix("تين".toCharArray(), true, true));
    for (String e : enclitics) {
      out.add(new Suffix(("ات" + e).toCharArray(), true, false));
      out.add(new Suffix(("ت" + e).toCharArray(), true, true));
      if (!e.equals("ي")) {
        out.add(new Suffix(("ي" + e).toCharArray(), false, false));
      }
    }
    // Shortest first (stable), but the one-letter verb and tanween endings ا ت after the two-letter
    // suffixes: وصفها is وصف+ها before it is وصفه+ا; and the feminine dual تين تان before ين ان,
    // since no verb form in ت takes a dual ending: ساعتين is ساعه+تين, not ساعت+ين.
    out.sort(Comparator.comparingDouble(ArabicSuffixes::order));
    return out.toArray(new Suffix[0]);
  }

  private static double order(Suffix suffix) {
    char[] c = suffix.chars();
    if (c.length == 1 && c[0] != ArabicNormalizer.HEH && c[0] != 'ي' && c[0] != 'ك') {
      return 2.5;
    }
    boolean dual = c.length == 3 && c[0] == 'ت' && (c[1] == 'ي' || c[1] == 'ا') && c[2] == 'ن';
    return dual ? 1.9 : c.length;
  }
}
