package org.fahras.entity;

import java.util.Map;

/**
 * What the recognizer's layers need to know about one surface form (a token as written), computed once
 * per distinct form and cached ({@link SurfaceForms}, {@link TagScorer}): its normalized forms, how
 * gazetteer names may start at it, and the tagger's summed feature weights. Immutable.
 */
final class WordForm {
  /**
   * Dense roles of {@link #roles}: the word itself, the word as the token before or after the one
   * tagged, as the token two before or two after it, and the word itself after a token tagged
   * {@code O} (its {@code t-1w=O,<word>} weights, the commonest previous tag).
   */
  static final int SELF = 0, PREV1 = 1, NEXT1 = 2, PREV2 = 3, NEXT2 = 4, AFTER_O = 5, DENSE_ROLES = 6;

  /** The token as written: the cache key. */
  final String surface;
  /**
   * The first {@value #PACKED_CHARS} chars of {@link #surface}, four 16-bit chars per long, char
   * {@code i} at bits {@code 16 * (i % 4)} of {@code packed[i / 4]} (zero beyond the end), so that
   * {@link WordCache} compares the key of a short form without reading the surface string.
   */
  final long packed0, packed1, packed2;
  /** The length of {@link #surface} in chars. */
  final int length;
  /** The form normalized by {@link TaggerNormalizer} (null without tagger data). */
  final String word;
  /** Its {@link WordStatistics#base}, the document memory key (null without tagger data). */
  final String base;
  /** The form folded by {@link EntityNormalizer}. */
  final String folded;
  /** How the recognizer's gazetteer names may start here (null when not computed). */
  final GazetteerMatcher.Start start;
  /** How the tagger's feature gazetteer names may start here (null without tagger data). */
  final GazetteerMatcher.Start featureStart;
  /**
   * Summed weights of the word's context-free features per dense role, role r at
   * {@code [r * outcomes, (r + 1) * outcomes)} (null without tagger data).
   */
  final double[] roles;
  /** The model's weights keyed by the word itself, or null when it has none. */
  final WordWeights.Lexical lexical;
  /** {@link WordWeights.Lexical#bigramPrev} and {@link WordWeights.Lexical#bigramNext} of {@link #lexical}, or null. */
  final Map<String, double[]> bigramPrev, bigramNext;

  WordForm(String surface, String word, String base, String folded, GazetteerMatcher.Start start,
      GazetteerMatcher.Start featureStart, double[] roles, WordWeights.Lexical lexical) {
    this.surface = surface;
    this.packed0 = pack(surface, 0, surface.length(), 0);
    this.packed1 = pack(surface, 0, surface.length(), 4);
    this.packed2 = pack(surface, 0, surface.length(), 8);
    this.length = surface.length();
    this.word = word;
    this.base = base;
    this.folded = folded;
    this.start = start;
    this.featureStart = featureStart;
    this.roles = roles;
    this.lexical = lexical;
    this.bigramPrev = lexical == null ? null : lexical.bigramPrev();
    this.bigramNext = lexical == null ? null : lexical.bigramNext();
  }

  /** Chars of a surface form held in {@link #packed0}..{@link #packed2}. */
  static final int PACKED_CHARS = 12;

  /**
   * @return chars {@code from .. from + 3} of {@code text[start, end)} packed as in {@link #packed0}
   *     (zero for chars beyond {@code end})
   */
  static long pack(String text, int start, int end, int from) {
    long v = 0;
    for (int i = Math.min(end, start + from + 4) - 1; i >= start + from; i--) {
      v = (v << 16) | text.charAt(i);
    }
    return v;
  }

  /** @return a form with gazetteer data only, for a recognizer without tagger */
  static WordForm gazetteerOnly(String surface, String folded, GazetteerMatcher.Start start) {
    return new WordForm(surface, null, null, folded, start, null, null, null);
  }
}
