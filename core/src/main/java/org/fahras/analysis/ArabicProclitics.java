package org.fahras.analysis;

/**
 * The proclitics {@link ArabicLightStemmer} removes, on normalized terms: the conjunctions و ف, the
 * prepositions ب ك ل, the article ال and their combinations, as listed by Larkey, Ballesteros and
 * Connell's light10 ("Light Stemming for Arabic Information Retrieval", in Arabic Computational
 * Morphology, Springer 2007) with the pairs light10 leaves out (وب فب ول فل وك فك) and لل ولل فلل,
 * ل before the article with the article's alef dropped. Each list is an array of char arrays in the
 * order the stemmer tries it; callers must not modify them. Stateless.
 */
final class ArabicProclitics {

  /** Longest first: for a proclitic before a listed modern name (step 3: لبوتين → بوتين). */
  static final char[][] LONGEST_FIRST = chars("وبال", "فبال", "وكال", "فكال", "ولل", "فلل",
      "وال", "فال", "بال", "كال", "لل", "ال", "وب", "فب", "ول", "فل", "وك", "فك", "و", "ف", "ب",
      "ك", "ل");

  /** Shortest first: step 6, where the analysis that cuts least wins (وكلمه is و + كلمه). */
  static final char[][] SHORTEST_FIRST = chars("و", "ف", "ب", "ك", "ل", "وب", "فب", "ول", "فل",
      "وك", "فك", "لل", "ال", "وال", "فال", "بال", "كال", "ولل", "فلل", "وبال", "فبال", "وكال",
      "فكال");

  /** The article alone or after proclitics, longest first. */
  static final char[][] ARTICLE = chars("وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال",
      "فال", "بال", "كال", "لل", "ال");

  private ArabicProclitics() {}

  /** True if a proclitic (or the article's alef) may start with {@code c}. */
  static boolean mayStartWith(char c) {
    return c == 'و' || c == 'ف' || c == 'ب' || c == 'ك' || c == 'ل' || c == 'ا';
  }

  /** True if {@code s[off..off+len)} starts with the article, alone or after proclitics, and goes on. */
  static boolean hasArticle(char[] s, int off, int len) {
    for (char[] proclitic : ARTICLE) {
      if (len > proclitic.length && startsWith(s, off, proclitic)) {
        return true;
      }
    }
    return false;
  }

  /** True if {@code s[off..]} starts with {@code prefix}; {@code s} must hold its length. */
  static boolean startsWith(char[] s, int off, char[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (s[off + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static char[][] chars(String... words) {
    char[][] out = new char[words.length][];
    for (int i = 0; i < words.length; i++) {
      out[i] = words[i].toCharArray();
    }
    return out;
  }
}
