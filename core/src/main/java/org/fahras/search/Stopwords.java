package org.fahras.search;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.analysis.ArabicAnalyzer;
import org.fahras.entity.TaggerNormalizer;

/** Stopword checks on analyzed terms, for dropping stopwords from non-phrase query clauses. */
public final class Stopwords {
  /**
   * Arabic interrogative words (question words) that Lucene's stopword list lacks: a query typed as
   * a question ("متى ولد ...؟", "كم عدد ...؟") carries them, and they carry no topic. A closed
   * class of function words, as in the general Arabic stopword lists (El-Khair, "Effects of Stop
   * Words Elimination for Arabic Information Retrieval", 2006), and the common colloquial ones
   * people type into search boxes: Levantine and Gulf {@code مين} (who), {@code وين} (where),
   * {@code ليش} (why), {@code ايش} (what), Egyptian {@code امتى} (when), {@code ازاي} (how).
   */
  static final String[] INTERROGATIVES = {
    "ماذا", "لماذا", "بماذا", "متى", "أين", "كيف", "كم", "هل", "لمن", "ماهي", "ماهو", "أيّ", "وماذا", "ومتى", "وأين", "وكيف", "وكم",
    "مين", "وين", "ليش", "ايش", "امتى", "ازاي"
  };

  private Stopwords() {}

  /**
   * Whether a query word, as typed, is the name {@code علي} "Ali", which folding ى → ي makes the same
   * term as the preposition {@code على} "on" of Lucene's stopword list. Typed with yeh it is searched;
   * typed with alef maqsura it is the preposition and dropped. It is the one word of that list whose
   * folded form is also a common content word. Harakat and tatweel are ignored ({@code عَلِيّ}), and
   * the Persian yeh is a yeh ({@code علی}).
   */
  public static boolean isTypedName(String word) {
    // harakat and tatweel go, alef maqsura stays (the tagger's normalization); a Persian yeh is a yeh
    return TaggerNormalizer.normalize(word).replace('\u06CC', '\u064A').equals("علي");
  }

  /**
   * The {@link #INTERROGATIVES} as {@code analyzer} gives them (analyzed terms and normalized
   * forms), for dropping from non-phrase clauses of natural-language queries.
   *
   * @return a thread-safe predicate on analyzed terms
   */
  public static Predicate<String> interrogatives(Analyzer analyzer) {
    return forms(analyzer, java.util.Arrays.asList(INTERROGATIVES));
  }

  private static Predicate<String> forms(Analyzer analyzer, Iterable<String> words) {
    Set<String> forms = new HashSet<>();
    for (String w : words) {
      forms.add(analyzer.normalize("", w).utf8ToString());
      forms.addAll(AnalyzedTerms.of(analyzer, "", w));
    }
    Set<String> frozen = Set.copyOf(forms);
    return frozen::contains;
  }

  /**
   * The stopword check for an index analyzer: Fahras's {@link ArabicAnalyzer#isStopword} (its own
   * list, which keeps stopwords in the index for exact phrases) together with Lucene's Arabic list
   * in the analyzer's forms ({@link #lucenesArabic}); for any other analyzer, Lucene's list alone.
   *
   * @return a thread-safe predicate on analyzed terms
   */
  public static Predicate<String> of(Analyzer analyzer) {
    Predicate<String> lucene = lucenesArabic(analyzer);
    return analyzer instanceof ArabicAnalyzer ? lucene.or(ArabicAnalyzer::isStopword) : lucene;
  }

  /**
   * Lucene's Arabic stopword list ({@code org.apache.lucene.analysis.ar.ArabicAnalyzer}'s default
   * set, from Jacques Savoy's list) in the forms {@code analyzer} gives them: each word's analyzed
   * terms and its normalized form, so the check works whether the analyzer removes, keeps or stems
   * stopwords.
   *
   * @return a thread-safe predicate on analyzed terms
   */
  public static Predicate<String> lucenesArabic(Analyzer analyzer) {
    java.util.List<String> words = new java.util.ArrayList<>();
    for (Object word : org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet()) {
      words.add(new String((char[]) word));
    }
    return forms(analyzer, words);
  }
}
