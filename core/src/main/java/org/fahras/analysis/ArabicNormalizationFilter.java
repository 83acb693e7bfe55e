package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Applies {@link ArabicNormalizer} to every term, and drops a term that normalizes to nothing (a
 * lone tatweel used as a dash, a stray diacritic or bidi mark), so no zero-length term reaches the
 * index. The position increment of a dropped term is added to the next one.
 *
 * <p>Keyword-marked terms are normalized too: normalization is spelling, not stemming, and a
 * protected word must still meet its variants.
 */
public final class ArabicNormalizationFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);

  private final boolean dropEmptyTerms;

  /** A filter that drops terms that normalize to nothing. */
  public ArabicNormalizationFilter(TokenStream input) {
    this(input, true);
  }

  /**
   * @param dropEmptyTerms false keeps a term that normalizes to nothing as a zero-length term, as
   *     {@link org.apache.lucene.analysis.Analyzer#normalize} needs exactly one token per input
   */
  public ArabicNormalizationFilter(TokenStream input, boolean dropEmptyTerms) {
    super(input);
    this.dropEmptyTerms = dropEmptyTerms;
  }

  @Override
  public boolean incrementToken() throws IOException {
    int skippedPositions = 0;
    while (input.incrementToken()) {
      char[] buffer = termAtt.buffer();
      int len = termAtt.length();
      int capacity = ArabicNormalizer.normalizedCapacity(buffer, len);
      if (capacity > buffer.length) {
        buffer = termAtt.resizeBuffer(capacity);
      }
      int normalized = ArabicNormalizer.INSTANCE.normalize(buffer, len);
      if (normalized > 0 || !dropEmptyTerms) {
        termAtt.setLength(normalized);
        if (skippedPositions > 0) {
          posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
        }
        return true;
      }
      skippedPositions += posIncAtt.getPositionIncrement();
    }
    return false;
  }
}
