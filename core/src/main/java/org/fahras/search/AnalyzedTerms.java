package org.fahras.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The terms an analyzer makes of a piece of text (queries here; the evaluations reuse it). */
public final class AnalyzedTerms {
  private AnalyzedTerms() {}

  /**
   * All terms of {@code text} as the analyzer makes them for {@code field}, in order (empty when the
   * analyzer drops everything).
   *
   * @throws java.io.UncheckedIOException if the analyzer fails on the in-memory text
   */
  public static List<String> of(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing an in-memory string cannot fail, but did", e);
    }
    return out;
  }

  /**
   * The one term of a word, or null when the analyzer drops it; when it splits the word, the
   * normalized form of the whole word ({@link Analyzer#normalize}).
   */
  static String single(Analyzer analyzer, String field, String word) {
    List<String> terms = of(analyzer, field, word);
    if (terms.size() == 1) {
      return terms.get(0);
    }
    if (terms.isEmpty()) {
      return null;
    }
    return analyzer.normalize(field, word).utf8ToString();
  }
}
