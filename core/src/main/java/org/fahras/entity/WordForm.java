package org.fahras.entity;

/**
 * What the recognizer's layers need to know about one surface form (a token as written), computed once
 * per distinct form and cached ({@link SurfaceForms}, {@link TagScorer}): its normalized forms, how
 * gazetteer names may start at it, and the tagger's summed feature weights. Immutable.
 */
final class WordForm {
  /** Dense roles of {@link #roles}: the word itself, the word as the token before or after the one tagged. */
  static final int SELF = 0, PREV1 = 1, NEXT1 = 2, DENSE_ROLES = 3;

  /** The token as written: the cache key. */
  final String surface;
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

  WordForm(String surface, String word, String base, String folded, GazetteerMatcher.Start start,
      GazetteerMatcher.Start featureStart, double[] roles, WordWeights.Lexical lexical) {
    this.surface = surface;
    this.word = word;
    this.base = base;
    this.folded = folded;
    this.start = start;
    this.featureStart = featureStart;
    this.roles = roles;
    this.lexical = lexical;
  }

  /** @return a form with gazetteer data only, for a recognizer without tagger */
  static WordForm gazetteerOnly(String surface, String folded, GazetteerMatcher.Start start) {
    return new WordForm(surface, null, null, folded, start, null, null, null);
  }
}
