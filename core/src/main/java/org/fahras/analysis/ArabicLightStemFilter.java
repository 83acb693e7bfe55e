package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Stems each term with {@link ArabicLightStemmer}. Expects normalized terms (put {@link
 * ArabicNormalizationFilter} before it). Terms marked with {@link KeywordAttribute} (protected
 * words, stopwords in {@link ArabicAnalyzer}) are left as they are.
 */
public final class ArabicLightStemFilter extends TokenFilter {

  private final ArabicLightStemmer stemmer;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  /** Stems with the bundled Ayaspell lexicon. */
  public ArabicLightStemFilter(TokenStream input) {
    this(input, ArabicLightStemmer.ayaspell());
  }

  public ArabicLightStemFilter(TokenStream input, ArabicLightStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword()) {
      termAtt.setLength(stemmer.stem(termAtt.buffer(), termAtt.length()));
    }
    return true;
  }
}
