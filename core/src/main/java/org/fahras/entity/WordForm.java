package org.fahras.entity;

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
  final Bigrams bigramPrev, bigramNext;
  /** {@link String#hashCode} of {@link #word} (0 without tagger data): a neighbour's {@link Bigrams} lookup key. */
  final int wordHash;
  /** {@link String#hashCode} of {@link #folded}, to compare folded forms without reading the strings. */
  final int foldedHash;
  /**
   * Whether a one-word name of this base is too common to spread through the document
   * ({@link NerTagger#propagate}): a base under three letters, or one that usually takes the article
   * ({@link WordStatistics#ARTICLE} bucket 3 or more). False without tagger data.
   */
  final boolean commonBase;
  /**
   * Lower bounds of how much more the word's role sums give the tag {@code O} than other tags
   * ({@link #margin}): as the token tagged after an {@code O} (roles {@link #SELF} plus {@link #AFTER_O}
   * added; over the tags that may follow {@code O} only, the {@code B-} tags, as it serves only there),
   * and as the token one or two before or after it (over every tag). Held here, beside the fields the
   * cache lookup reads anyway, so that {@link TagScorer#surelyO} need not load {@link #roles}.
   * {@link #NO_MARGIN} without tagger data.
   */
  final float marginAfterO, marginPrev1, marginNext1, marginPrev2, marginNext2;
  /**
   * {@link #margin} of the word's own role sums ({@link #SELF}) alone: with the margin of its
   * {@code t-1w=<tag>,<word>} weights, the part of the lower bound that stands for the word itself when
   * the previous tag is not {@code O} ({@link TagScorer#surelyO}). {@link #NO_MARGIN} without tagger data.
   */
  final float marginSelf;
  /**
   * {@link Bigrams#smallestMargin} of {@link #bigramPrev} and {@link #bigramNext}: lower bounds of the
   * margin the word's bigram with any neighbour adds (zero without bigrams).
   */
  final float bigramPrevMargin, bigramNextMargin;
  /** {@link String#hashCode} of {@link #base} (0 without tagger data), to test the document memory without reading the string. */
  final int baseHash;
  /**
   * {@link VariantKey#firstKeyChar} of {@link #folded} after any letter class, held so that the
   * gazetteer's variant matching need not read the next word's string ({@link #firstKeyChar}):
   * {@link VariantKey#leadClass}, and the first key char after that class and after any other.
   */
  private final char keyLead, keyCharAfterLead, keyChar;
  /** Whether {@link #folded} starts with a word char ({@link TextTokens#isWordChar}), so that a name may go on through it. */
  final boolean foldedWord;
  /**
   * {@code 31^n} for {@code n} the length of {@link #folded}, in {@code int} arithmetic like
   * {@link String#hashCode}, and the hash and {@code 31^n} of its {@link VariantKey#openTail} after a
   * letter of another class: with them the hash of a name or open key this word ends is computed
   * without building the string ({@link #foldedHashAfter}, {@link #openKeyHashAfter}).
   */
  private final int foldedPower, keyTailHash, keyTailPower;

  /** As the full constructor with {@code o = -1}: no margins ({@link #NO_MARGIN}), not a common base. */
  WordForm(String surface, String word, String base, String folded, GazetteerMatcher.Start start,
      GazetteerMatcher.Start featureStart, double[] roles, WordWeights.Lexical lexical) {
    this(surface, word, base, folded, start, featureStart, roles, lexical, -1, 0, false);
  }

  /**
   * A margin that proves nothing: a form without margins never lets {@link TagScorer} skip its scoring
   * (zero would claim that {@code O} leads every tag).
   */
  static final float NO_MARGIN = Float.NEGATIVE_INFINITY;

  /**
   * @param o index of the tag {@code O} in {@code roles}' outcomes, or -1 for no margins ({@link #NO_MARGIN})
   * @param afterO the outcomes that may follow {@code O}, one bit each ({@link #marginAfterO})
   * @param commonBase {@link #commonBase}
   */
  WordForm(String surface, String word, String base, String folded, GazetteerMatcher.Start start,
      GazetteerMatcher.Start featureStart, double[] roles, WordWeights.Lexical lexical, int o, long afterO,
      boolean commonBase) {
    this.surface = surface;
    char[] chars = surface.toCharArray();
    this.packed0 = pack(chars, 0, chars.length, 0);
    this.packed1 = pack(chars, 0, chars.length, 4);
    this.packed2 = pack(chars, 0, chars.length, 8);
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
    this.bigramPrevMargin = bigramPrev == null ? 0 : bigramPrev.smallestMargin();
    this.bigramNextMargin = bigramNext == null ? 0 : bigramNext.smallestMargin();
    this.wordHash = word == null ? 0 : word.hashCode();
    this.foldedHash = folded.hashCode();
    this.commonBase = commonBase;
    this.baseHash = base == null ? 0 : base.hashCode();
    this.keyLead = VariantKey.leadClass(folded);
    this.keyChar = VariantKey.firstKeyChar(folded, (char) 0);
    this.keyCharAfterLead = keyLead == 0 ? keyChar : VariantKey.firstKeyChar(folded, keyLead);
    this.foldedWord = !folded.isEmpty() && TextTokens.isWordChar(folded.charAt(0));
    this.foldedPower = power(folded.length());
    String tail = VariantKey.openTail(folded, (char) 0);
    this.keyTailHash = tail.hashCode();
    this.keyTailPower = power(tail.length());
    boolean margins = roles != null && o >= 0;
    int outcomes = margins ? roles.length / DENSE_ROLES : 0;
    this.marginAfterO = margins ? margin(roles, SELF * outcomes, AFTER_O * outcomes, outcomes, o, afterO) : NO_MARGIN;
    this.marginSelf = margins ? margin(roles, SELF * outcomes, -1, outcomes, o) : NO_MARGIN;
    this.marginPrev1 = margins ? margin(roles, PREV1 * outcomes, -1, outcomes, o) : NO_MARGIN;
    this.marginNext1 = margins ? margin(roles, NEXT1 * outcomes, -1, outcomes, o) : NO_MARGIN;
    this.marginPrev2 = margins ? margin(roles, PREV2 * outcomes, -1, outcomes, o) : NO_MARGIN;
    this.marginNext2 = margins ? margin(roles, NEXT2 * outcomes, -1, outcomes, o) : NO_MARGIN;
  }

  /** The inverse of 31 modulo {@code 2^32}: {@code 31^(n - 1)} is {@code 31^n * INVERSE_31} in {@code int} arithmetic. */
  private static final int INVERSE_31 = 0xBDEF7BDF;

  /** @return {@code 31^n} in {@code int} arithmetic */
  private static int power(int n) {
    int p = 1;
    for (int i = 0; i < n; i++) {
      p *= 31;
    }
    return p;
  }

  /** @return {@link String#hashCode} of {@code prefix + " " + folded}, for {@code prefixHash} the prefix's */
  int foldedHashAfter(int prefixHash) {
    return (prefixHash * 31 + ' ') * foldedPower + foldedHash;
  }

  /**
   * @param openHash {@link String#hashCode} of {@link VariantKey#open} of the words before this one
   * @param after the class of their last letter ({@link VariantKey#lastLetterClass})
   * @return {@link String#hashCode} of {@link VariantKey#open} of those words, a space and this word
   */
  int openKeyHashAfter(int openHash, char after) {
    if (after == keyLead && keyLead != 0) { // the tail without its first char, the lead letter written twice
      int power = keyTailPower * INVERSE_31;
      return openHash * power + keyTailHash - keyLead * power;
    }
    return openHash * keyTailPower + keyTailHash;
  }

  /** @return {@link VariantKey#firstKeyChar} of {@link #folded} after a word whose last letter class is {@code after} */
  char firstKeyChar(char after) {
    return after == keyLead && keyLead != 0 ? keyCharAfterLead : keyChar;
  }

  /**
   * @param at start of one score vector in {@code v}
   * @param plus start of a second vector added to it, or -1
   * @return {@code min over k != o of (s[o] - s[k])} for {@code s} the vector (or the two added), rounded
   *     down to a float so that it stays a lower bound
   */
  static float margin(double[] v, int at, int plus, int outcomes, int o) {
    return margin(v, at, plus, outcomes, o, -1L);
  }

  /**
   * As {@link #margin(double[], int, int, int, int)} over the tags {@code k != o} whose bit
   * {@code 1L << k} is set in {@code rivals} only.
   */
  static float margin(double[] v, int at, int plus, int outcomes, int o, long rivals) {
    double min = Double.POSITIVE_INFINITY;
    double so = v[at + o] + (plus < 0 ? 0 : v[plus + o]);
    for (int k = 0; k < outcomes; k++) {
      if (k != o && (rivals & (1L << k)) != 0) {
        min = Math.min(min, so - (v[at + k] + (plus < 0 ? 0 : v[plus + k])));
      }
    }
    return floatBelow(min);
  }

  /** @return the largest float not above {@code d} */
  static float floatBelow(double d) {
    float f = (float) d;
    return f > d ? Math.nextDown(f) : f;
  }

  /** Chars of a surface form held in {@link #packed0}..{@link #packed2}. */
  static final int PACKED_CHARS = 12;

  /**
   * @return chars {@code from .. from + 3} of {@code text[start, end)} packed as in {@link #packed0}
   *     (zero for chars beyond {@code end})
   */
  static long pack(char[] text, int start, int end, int from) {
    long v = 0;
    for (int i = Math.min(end, start + from + 4) - 1; i >= start + from; i--) {
      v = (v << 16) | text[i];
    }
    return v;
  }

  /** @return a form with gazetteer data only, for a recognizer without tagger */
  static WordForm gazetteerOnly(String surface, String folded, GazetteerMatcher.Start start) {
    return new WordForm(surface, null, null, folded, start, null, null, null);
  }
}
