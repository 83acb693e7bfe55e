package org.fahras.analysis;

/**
 * Step 5 of {@link ArabicLightStemmer}: the suffix reading of a term, guarded by the lexicon. The
 * suffixes are {@link ArabicSuffixes}' (light10's plural, dual, feminine and nisba endings, Al-Stem's
 * enclitic pronouns, verb endings); one is removed only when a lexicon word of at least {@link
 * ArabicLightStemmer#MIN_STEM} chars is left. In place and allocation-free; thread-safe.
 */
final class ArabicSuffixStripper {

  /**
   * {@link #strip}'s answer for a term whose suffix reading leaves a stopword: the term (after
   * any proclitic already cut) stays whole.
   */
  static final int KEEP_WHOLE = -2;

  /**
   * {@link #strip}'s answer for a term whose suffix reading leaves و or ف + a stopword (وغيرت
   * looks like وغير + ت): the conjunction goes and the rest stays whole (غيرت).
   */
  static final int CONJUNCTION_WHOLE = -3;

  static boolean keepsWhole(int stem) {
    return stem == KEEP_WHOLE || stem == CONJUNCTION_WHOLE;
  }

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';

  private final ArabicLexicon lexicon;

  ArabicSuffixStripper(ArabicLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Step 5 on {@code s[off..off+len)}: the stem's length (it starts at off); {@link #KEEP_WHOLE}
   * when the suffix reading leaves a stopword the index keeps whole, {@link #CONJUNCTION_WHOLE} when
   * it leaves و or ف + such a stopword (كانوا is
   * كان + وا, غيرت looks like غير + ت, قبلها is قبل + ها: none takes the stopword's term, and no
   * other reading is tried after it, which would read كانوا as ك + انوا and قبلها as قبله + ا); or
   * -1 when no suffix applies.
   */
  int strip(char[] s, int off, int len) {
    for (ArabicSuffixes.Suffix suffix : ArabicSuffixes.endingIn(s[off + len - 1])) {
      int kept = len - suffix.chars().length;
      // a restored teh marbuta counts: جهته is جهه+ه, سنتين سنه+تين, لغات لغه+ات
      int restored = suffix.restoresTehMarbuta() ? 1 : 0;
      if (kept + restored < suffix.minKept() || !ArabicLightStemmer.endsWith(s, off + len, suffix.chars())) {
        continue;
      }
      if (suffix.minKept() > ArabicLightStemmer.MIN_STEM && ArabicProclitics.hasArticle(s, off, len)) {
        continue; // a construct plural has no article: والجو is و+ال+جو, not والج+و
      }
      if (suffix.restoresTehMarbuta()) {
        char replaced = s[off + kept];
        s[off + kept] = ArabicNormalizer.HEH;
        if (lexicon.contains(s, off, kept + 1)) {
          return kept + 1;
        }
        s[off + kept] = replaced;
        if (suffix.onlyWithTehMarbuta()) {
          continue;
        }
      }
      if (kept >= suffix.minKept() && lexicon.contains(s, off, kept)
          && (!suffix.pluralOrDual() || takesPluralOrDual(s, off, kept))) {
        if (isFunctionWord(s, off, kept)) {
          return KEEP_WHOLE;
        }
        boolean conjunction = s[off] == WAW || s[off] == FEH;
        return conjunction && kept > 2 && isFunctionWord(s, off + 1, kept - 1) ? CONJUNCTION_WHOLE : kept;
      }
    }
    return -1;
  }

  /**
   * True if {@code s[off..off+len)} is a default stopword that the index keeps whole
   * ({@link ArabicStopwords}, not a {@link ArabicStopwords#isStemmedStopword stemmed} one): no
   * suffix or article is cut to leave one, so that a content word never gets a function word's term
   * (غيرت is not غير "other than", البعد "the distance" not بعد "after"), which the index holds for
   * every occurrence of the function word and queries drop.
   */
  static boolean isFunctionWord(char[] s, int off, int len) {
    return ArabicStopwords.isStopword(s, off, len) && !ArabicStopwords.isStemmedStopword(s, off, len);
  }

  /**
   * True if the lexicon word {@code s[off..off+len)} may take ون ين ان: a noun or adjective
   * (شهرين → شهر, لاعبون → لاعب), a nisba in ي (الفنيين → فني, which Ayaspell lists as the verb
   * فني only), or a verb form with an imperfect prefix (يعملون → يعمل); not a verb-only form
   * without one (شير of شيرين, برا of براون, ليك of ليكون).
   */
  private boolean takesPluralOrDual(char[] s, int off, int len) {
    return ArabicVerbForms.isImperfectPrefix(s[off]) || s[off + len - 1] == 'ي'
        || lexicon.isNonVerb(s, off, len);
  }
}
