package org.fahras.entity;

import java.util.List;

/**
 * The forms a word may have once its proclitics are taken off, for matching names that are written
 * attached to a conjunction or preposition: {@code لبوتين → بوتين}, {@code ببيونغ → بيونغ},
 * {@code وكوريا → كوريا}, {@code والولايات → الولايات}, {@code للولايات → الولايات},
 * {@code وبالرياض → الرياض}. Clitic inventory after Larkey, Ballesteros and Connell's light10 prefixes:
 * conjunctions {@code و ف}, then prepositions {@code ب ل ك}, with {@code لل} standing for {@code ل + ال}.
 *
 * <p>A form is offered only if at least {@link #MIN_STEM} letters remain, so short words such as
 * {@code بين} or {@code لكن} never produce name candidates; the caller still has to find the
 * stripped form in a gazetteer, so stripping never creates a name by itself.
 */
public final class Proclitics {
  /** Letters that must remain after stripping. */
  public static final int MIN_STEM = 3;

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char LAM = '\u0644';
  private static final char KAF = '\u0643';
  private static final char ALEF = '\u0627';

  private Proclitics() {}

  /**
   * Adds to {@code out} the word itself, then each proclitic-stripped form (no duplicates).
   *
   * @param word a word normalized by {@link EntityNormalizer} or {@link TaggerNormalizer}
   */
  public static void candidates(String word, List<String> out) {
    out.add(word);
    String rest = word;
    if (startsWith(word, WAW) || startsWith(word, FEH)) {
      if (word.length() - 1 >= MIN_STEM) {
        rest = word.substring(1);
        out.add(rest);
      }
    }
    addPrepositionStripped(word, out);
    if (rest != word) {
      addPrepositionStripped(rest, out);
    }
  }

  private static void addPrepositionStripped(String w, List<String> out) {
    if (w.length() >= 4 && w.charAt(0) == LAM && w.charAt(1) == LAM) {
      out.add(ALEF + w.substring(1)); // لل + X = ل + ال + X
      return;
    }
    if ((startsWith(w, BEH) || startsWith(w, LAM)) && w.length() - 1 >= MIN_STEM) {
      out.add(w.substring(1));
    } else if (startsWith(w, KAF) && w.length() - 1 >= MIN_STEM + 1) {
      out.add(w.substring(1)); // "like": rare before names, and كسول ("lazy") is not ك + سول (Seoul)
    }
  }

  private static boolean startsWith(String w, char c) {
    return !w.isEmpty() && w.charAt(0) == c;
  }

  /**
   * @return the word without its longest strippable proclitic sequence, or the word itself; for the
   *     tagger's "stem" feature and for ids of recognized names
   */
  public static String strip(String word) {
    String best = word;
    String rest = word;
    if ((startsWith(word, WAW) || startsWith(word, FEH)) && word.length() - 1 >= MIN_STEM) {
      rest = word.substring(1);
      best = rest;
    }
    if (rest.length() >= 4 && rest.charAt(0) == LAM && rest.charAt(1) == LAM) {
      return ALEF + rest.substring(1);
    }
    if ((startsWith(rest, BEH) || startsWith(rest, LAM) || startsWith(rest, KAF))
        && rest.length() - 1 >= MIN_STEM && rest.charAt(1) == ALEF && rest.length() > 2 && rest.charAt(2) == LAM) {
      return rest.substring(1); // بال / كال / لال: preposition before the article
    }
    return best;
  }
}
