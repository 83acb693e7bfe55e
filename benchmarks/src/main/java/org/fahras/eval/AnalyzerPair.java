package org.fahras.eval;

import org.apache.lucene.analysis.Analyzer;

/**
 * An analyzer under evaluation: the chain used to index and the chain used to analyze queries (the
 * same for Lucene's ArabicAnalyzer; Fahras's query chain drops the stopwords its index keeps).
 *
 * @param label row label in reports
 */
public record AnalyzerPair(String label, Analyzer index, Analyzer query) {

  /** Fahras's default index chain and its query variant, labelled {@code fahras}. */
  public static AnalyzerPair fahras() {
    return new AnalyzerPair("fahras", new org.fahras.analysis.ArabicAnalyzer(),
        org.fahras.analysis.ArabicAnalyzer.forQuery());
  }

  /** Lucene's stock ArabicAnalyzer for both, labelled {@code lucene-arabic}. */
  public static AnalyzerPair luceneArabic() {
    Analyzer lucene = new org.apache.lucene.analysis.ar.ArabicAnalyzer();
    return new AnalyzerPair("lucene-arabic", lucene, lucene);
  }
}
