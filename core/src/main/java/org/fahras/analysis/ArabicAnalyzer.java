package org.fahras.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Fahras's analyzer for Arabic article text, used alike at index and query time.
 *
 * <p>First version: Lucene's {@link StandardTokenizer}, lower-casing, Unicode decimal digits to
 * ASCII, Lucene's {@link ArabicNormalizationFilter}, and Lucene's Arabic stopwords normalized the
 * same way as the text. No stemming yet.
 *
 * <p>Output: one term per word, offsets in chars into the original text.
 */
public final class ArabicAnalyzer extends Analyzer {

  private final CharArraySet stopwords;

  /** The default chain, the one {@code ArticleIndex} uses. */
  public ArabicAnalyzer() {
    this.stopwords = normalizedStopwords();
  }

  private static CharArraySet normalizedStopwords() {
    CharArraySet out = new CharArraySet(200, false);
    try (Analyzer folding = new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String f) {
            Tokenizer t = new KeywordTokenizer();
            return new TokenStreamComponents(t, new ArabicNormalizationFilter(t));
          }

          @Override
          protected TokenStream normalize(String f, TokenStream in) {
            return new ArabicNormalizationFilter(in);
          }
        }) {
      for (Object word : org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet()) {
        out.add(folding.normalize("", new String((char[]) word)).utf8ToString());
      }
    }
    return CharArraySet.unmodifiableSet(out);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new DecimalDigitFilter(result);
    result = new ArabicNormalizationFilter(result);
    result = new StopFilter(result, stopwords);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream result = new LowerCaseFilter(in);
    result = new DecimalDigitFilter(result);
    return new ArabicNormalizationFilter(result);
  }
}
