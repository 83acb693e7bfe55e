package org.fahras.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Arabic stopwords: Lucene's Arabic list (Jacques Savoy's, from lucene-analysis-common, about 160
 * function words and their proclitic forms) plus Fahras's supplement of interrogatives, pronouns and
 * particles that list lacks (هل متى أين كيف لماذا ماذا كم ...), normalized with {@link ArabicNormalizer}, so
 * that {@code فِي} and {@code في} are the same stopword and the list meets the normalized text.
 *
 * <p>Fahras indexes stopwords as ordinary terms (keyword-marked, so unstemmed), which keeps the
 * positions of a phrase exact; query builders drop them from non-phrase clauses with {@link
 * #isStopword(char[], int, int)} or by using {@link ArabicAnalyzer#forQuery()}.
 */
public final class ArabicStopwords {

  /**
   * Function words Savoy's list lacks: interrogatives (with their common proclitic and run-together
   * forms, ماهو for ما هو), personal pronouns, a few particles and prepositions, and the one-letter
   * proclitics ل ب ك و ف when written apart from their word, as news text writes them before a
   * quoted name or a number (لـ"الوطن", بـ 32 مليون: the tatweel goes in normalization, the letter
   * stays a term of its own); the particles فيما بما رغم فقط بل, و before the listed التي الذي,
   * and the passive auxiliary تم يتم (تم افتتاح "was opened").
   */
  private static final List<String> SUPPLEMENT = List.of(
      "ال", "هل", "وهل", "فهل", "متى", "أين", "وأين", "كيف", "وكيف", "لماذا", "ماذا", "بماذا",
      "لماذا", "كم", "وكم", "بكم", "لمن", "ممن", "عمن", "مما", "عما", "ماهو", "ماهي", "ماهى",
      "وما", "أنا", "نحن", "أنتم", "هم", "هما", "هن", "وهم", "إذ", "لقد", "وقد", "فقد", "لو",
      "ولو", "إلى", "وإلى", "حول", "لدى", "سوف", "أيضا", "عليهم", "عليها", "إليها",
      "فيهم", "منهم", "بهم", "لهم", "عنه", "عنها", "معه", "مع", "ومع", "التي", "الذي", "اللذين",
      "اللتين", "اللاتي", "اللواتي", "هؤلاء", "أولئك", "ذلك", "وذلك", "هذه", "وهذه", "هذا",
      "وهذا", "تلك", "أي", "ل", "ب", "ك", "و", "ف",
      "فيما", "بما", "رغم", "فقط", "بل", "والتي", "والذي", "تم", "يتم",
      "ليس", "ليست", "لست", "ليسوا", "تحت", "فوق", "ضد", "أثناء", "طوال", "تجاه", "وراء", "سوى", "إحدى", "لذلك", "كذلك", "لذا", "لأن", "لأنه", "بأنه", "لكنه", "لكنها",
      "لهذا", "لهذه", "بهذا", "بهذه", "معها", "معهم", "إليهم", "لدينا", "لديه", "لديها", "لديهم",
      "وعن", "كلما", "لما", "كي", "لكي",
      // التي and الذي as often misspelled with the doubled lam of اللتين and اللذين
      "اللتي", "اللذي");

  /**
   * Nouns that news text uses as prepositions with ب or alone (بسبب "because of", بشكل "in a
   * manner", بجانب "beside", وفق and وفقا "according to"): stopwords of a non-phrase query clause,
   * but stemmed like any noun in the index (بسبب → سبب), not kept whole as the other stopwords are,
   * so that they still meet their noun (سبب, الأسباب) in phrases and in the index's terms.
   */
  private static final List<String> STEMMED = List.of("بسبب", "بشكل", "بجانب", "وفق", "وفقا");

  /**
   * Normalized forms of Savoy's words that are also common names or nouns once ى is folded to ي:
   * على "on" is علي "Ali", والى "and to" is والي "governor". They stay search terms. (For the same
   * reason the supplement leaves out إليه "to him" and أية "any", which normalization makes آلية
   * "mechanism" and آية "verse": as stopwords, those nouns found nothing.)
   */
  private static final List<String> NAMES_NOT_STOPWORDS = List.of("علي", "والي");

  private static final CharArraySet DEFAULT = normalized(union(union(
      org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet(), SUPPLEMENT), STEMMED),
      NAMES_NOT_STOPWORDS);
  private static final CharArraySet STEMMED_SET = normalized(STEMMED);

  private ArabicStopwords() {}

  private static List<Object> union(Collection<?> lucene, List<String> supplement) {
    List<Object> all = new ArrayList<>(lucene);
    all.addAll(supplement);
    return all;
  }

  private static CharArraySet normalized(Iterable<?> words, List<String> except) {
    CharArraySet all = normalized(words);
    CharArraySet out = new CharArraySet(all.size(), false);
    for (Object word : all) {
      if (!except.contains(new String((char[]) word))) {
        out.add(word);
      }
    }
    return CharArraySet.unmodifiableSet(out);
  }

  /**
   * The words of {@code stopwords} that the index chain keeps whole (keyword-marked): all but the
   * {@link #isStemmedStopword stemmed} prepositional nouns. A new, modifiable set.
   */
  static CharArraySet keptWhole(CharArraySet stopwords) {
    CharArraySet kept = new CharArraySet(stopwords.size(), false);
    for (Object word : stopwords) {
      char[] w = (char[]) word;
      if (!isStemmedStopword(w, 0, w.length)) {
        kept.add(w);
      }
    }
    return kept;
  }

  /** The default list, normalized; unmodifiable. */
  public static CharArraySet defaultSet() {
    return DEFAULT;
  }

  /**
   * True if the normalized term {@code s[off..off+len)} is a default stopword that the index chain
   * stems like any word instead of keeping it whole ({@link #STEMMED}: بسبب, بشكل). No allocation.
   */
  public static boolean isStemmedStopword(char[] s, int off, int len) {
    return STEMMED_SET.contains(s, off, len);
  }

  /** True if the normalized term {@code s[off..off+len)} is a default stopword. No allocation. */
  public static boolean isStopword(char[] s, int off, int len) {
    return DEFAULT.contains(s, off, len);
  }

  /** True if the normalized term is a default stopword. */
  public static boolean isStopword(CharSequence term) {
    return DEFAULT.contains(term);
  }

  /** A copy of {@code words} with every word normalized by {@link ArabicNormalizer}; unmodifiable. */
  public static CharArraySet normalized(Iterable<?> words) {
    CharArraySet out = new CharArraySet(256, false);
    for (Object word : words) {
      char[] chars = word instanceof char[] c ? c : word.toString().toCharArray();
      char[] buffer = new char[ArabicNormalizer.normalizedCapacity(chars, chars.length)];
      System.arraycopy(chars, 0, buffer, 0, chars.length);
      int len = ArabicNormalizer.INSTANCE.normalize(buffer, chars.length);
      if (len > 0) {
        out.add(new String(buffer, 0, len));
      }
    }
    return CharArraySet.unmodifiableSet(out);
  }
}
