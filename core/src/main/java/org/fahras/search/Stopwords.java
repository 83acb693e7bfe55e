package org.fahras.search;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;

/** Stopword checks on analyzed terms, for dropping stopwords from non-phrase query clauses. */
public final class Stopwords {
  private Stopwords() {}

  /**
   * Lucene's Arabic stopword list ({@code org.apache.lucene.analysis.ar.ArabicAnalyzer}'s default
   * set, from Jacques Savoy's list) in the forms {@code analyzer} gives them: each word's analyzed
   * terms and its normalized form, so the check works whether the analyzer removes, keeps or stems
   * stopwords.
   *
   * @return a thread-safe predicate on analyzed terms
   */
  public static Predicate<String> lucenesArabic(Analyzer analyzer) {
    Set<String> forms = new HashSet<>();
    for (Object word : org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet()) {
      String w = new String((char[]) word);
      forms.add(analyzer.normalize("", w).utf8ToString());
      forms.addAll(AnalyzedTerms.of(analyzer, "", w));
    }
    Set<String> frozen = Set.copyOf(forms);
    return frozen::contains;
  }
}
