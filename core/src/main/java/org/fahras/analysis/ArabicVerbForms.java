package org.fahras.analysis;

/**
 * Step 8 of {@link ArabicLightStemmer}: the prefixes of the Arabic imperfect verb, on the stem the
 * earlier steps left. The future prefix س goes before an imperfect form (سيعقد → يعقد); a ت-form
 * meets its ي-form (تربط → يربط, تقع → يقع); the imperfect prefix ي or ن goes when a word is left
 * (يربط → ربط) or becomes the alef of the past of forms IV, VII, VIII and X (ينطلق → انطلق, يجتمع →
 * اجتمع). Only forms the {@link ArabicLexicon} lists as verbs alone are touched, so nouns and names
 * that start like a verb (تمور, يابان, سيناء) keep their letters.
 *
 * <p>In place and allocation-free; thread-safe (no mutable state).
 */
final class ArabicVerbForms {

  private static final char HEH = ArabicNormalizer.HEH;

  private final ArabicLexicon lexicon;

  ArabicVerbForms(ArabicLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * True if a term written {@code s[0..len)} may carry the future prefix: س first, or after the
   * conjunction و or ف (never after the article, so السيدتين is no future verb).
   */
  static boolean mayHaveFuturePrefix(char[] s, int len) {
    return len > 1 && (s[0] == 'س' || (s[0] == 'و' || s[0] == 'ف') && s[1] == 'س');
  }

  /**
   * The future prefix on the stem {@code s[0..n)}: a stem that is no lexicon word and is س before an
   * imperfect verb form of the lexicon (سيعقد, ستكون, سنعمل, سيعقدون: يعقد with ون) loses the س. A
   * dual ending after ت is a noun's (سيدتين).
   *
   * @return the stem's new length
   */
  int futureTense(char[] s, int n) {
    if (n < 4 || s[0] != 'س' || !isImperfectPrefix(s[1]) || lexicon.contains(s, 0, n)) {
      return n;
    }
    int verb = n - 1;
    if (!isVerbOnly(s, 1, verb) && verb - 2 >= ArabicLightStemmer.MIN_STEM && hasVerbEnding(s, n)) {
      verb -= 2; // the plural, dual or second person feminine ending: ون ان ين وا
    }
    return isVerbOnly(s, 1, verb) ? ArabicLightStemmer.shift(s, 1, verb) : n;
  }

  /**
   * The imperfect prefixes on the stem {@code s[0..n)} (see {@link ArabicLightStemmer}'s step 8).
   *
   * @return the stem's new length
   */
  int imperfectVerb(char[] s, int n) {
    char first = s[0];
    if (n == 3 && first == 'ت' && s[1] != 'ا' && s[2] != 'ت' && isVerbOnly(s, 0, n)) {
      // تقع → يقع, as the imperfect of four letters or more (تربط → ربط via يربط); not a past
      // tense in ت: تاب, تمت (تم + the feminine ت)
      s[0] = 'ي';
      if (!lexicon.contains(s, 0, n)) {
        s[0] = 'ت';
      }
      return n;
    }
    if (n < 4 || s[n - 1] == HEH || !isImperfectPrefix(first) || lexicon.isNonVerb(s, 0, n)) {
      return n; // a noun, adjective or name (تمور, تحصين, تركيا, يوم) has no imperfect prefix
    }
    if (first == 'ن' && s[1] == 'ا') {
      return n; // ناشط, ناطق, ناهض: a participle of a ن-initial root, not ن+اشط
    }
    // A ت-form whose ي-form is a lexicon word is that verb (تربط → يربط).
    if (first == 'ت') {
      s[0] = 'ي';
      if (!lexicon.contains(s, 0, n)) {
        s[0] = 'ت';
        return n;
      }
    }
    // Forms VII, VIII and X: the past's alef first (ينطلق → انطلق, not نطلق "we release").
    if (derivedForm(s, 1, n - 1) && becomesAlefForm(s, n)) {
      return n;
    }
    // The prefix goes when the rest is a lexicon word (يربط, نربط → ربط).
    if (lexicon.contains(s, 1, n - 1) && !ArabicStopwords.isStopword(s, 1, n - 1)) {
      return ArabicLightStemmer.shift(s, 1, n - 1);
    }
    // Otherwise the past of form IV or the first person (يعطي → اعطي), or the alef of a derived
    // form of another shape (يجتمع → اجتمع).
    becomesAlefForm(s, n);
    return n;
  }

  /** True, with the prefix replaced by alef, if that gives a verb-only lexicon form; else s is unchanged. */
  private boolean becomesAlefForm(char[] s, int n) {
    char prefix = s[0];
    s[0] = 'ا';
    if (isVerbOnly(s, 0, n)) {
      return true;
    }
    s[0] = prefix;
    return false;
  }

  /** True if {@code c} is the imperfect prefix ي, ت or ن. */
  static boolean isImperfectPrefix(char c) {
    return c == 'ي' || c == 'ت' || c == 'ن';
  }

  /** True if {@code s[off..off+len)} is a lexicon word with no entry but a verb form. */
  boolean isVerbOnly(char[] s, int off, int len) {
    return lexicon.contains(s, off, len) && !lexicon.isNonVerb(s, off, len);
  }

  private static boolean hasVerbEnding(char[] s, int n) {
    char a = s[n - 2];
    char b = s[n - 1];
    boolean dualAfterTeh = n >= 3 && s[n - 3] == 'ت' && (a == 'ا' || a == 'ي');
    return b == 'ن' && (a == 'و' || a == 'ا' || a == 'ي') && !dualAfterTeh || a == 'و' && b == 'ا';
  }

  /**
   * True if {@code s[off..off+len)}, an imperfect verb without its prefix, has the shape of form
   * VII (نفعل, not form III's ناقش), VIII (فتعل; its ت is ط after ص ض ط ظ and د after د ذ ز:
   * صطدم, زداد) or X (ستفعل), whose past begins with an alef (انفعل, افتعل, استفعل); not of forms
   * V and VI (تفعل, تفاعل), whose past is the stem itself (تطلب).
   */
  private static boolean derivedForm(char[] s, int off, int len) {
    char first = s[off];
    char second = s[off + 1];
    if (len == 4) {
      return first == 'ن' ? second != 'ا'
          : first != 'ت' && (second == 'ت' || second == 'ط' && "صضطظ".indexOf(first) >= 0
              || second == 'د' && "دذز".indexOf(first) >= 0);
    }
    return len >= 5 && first == 'س' && second == 'ت';
  }
}
