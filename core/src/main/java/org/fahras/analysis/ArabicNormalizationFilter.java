package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Applies {@link ArabicNormalizer} to every term, and drops a term that normalizes to nothing (a
 * lone tatweel used as a dash, a stray diacritic or bidi mark), so no zero-length term reaches the
 * index. Such a term is punctuation, not a word, so it leaves no position gap: {@code وزارة ـ الصحة}
 * matches the phrase {@code "وزارة الصحة"}, as {@code وزارة - الصحة} does (a gap that was already
 * in its increment, from a term removed before this filter, is kept and carried to the next term,
 * or to {@link #end()}).
 *
 * <p>Keyword-marked terms are normalized too: normalization is spelling, not stemming, and a
 * protected word must still meet its variants.
 *
 * <p>Before the alef is folded, a term written أل, إل or آل is marked with the {@link
 * #HAMZATED_ALEF_LAM} bit of {@link FlagsAttribute} (other bits are kept), for the stemmer.
 */
public final class ArabicNormalizationFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);

  /**
   * Bit of {@link FlagsAttribute} set on a term written with hamza or madda on its first alef
   * before lam (ألعاب, إلهام, آليات): that ال is part of the word, since the article's alef is
   * hamzat wasl and is never written with hamza or madda. {@link ArabicLightStemFilter} then keeps
   * it (ألعاب → العاب, as الألعاب, not عاب).
   */
  public static final int HAMZATED_ALEF_LAM = 1 << 8;

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

  /** Position increments of dropped terms beyond their own position, not yet passed on. */
  private int skippedPositions;

  @Override
  public boolean incrementToken() throws IOException {
    skippedPositions = 0;
    while (input.incrementToken()) {
      char[] buffer = termAtt.buffer();
      int len = termAtt.length();
      int capacity = ArabicNormalizer.normalizedCapacity(buffer, len);
      if (capacity > buffer.length) {
        buffer = termAtt.resizeBuffer(capacity);
      }
      int flags = flagsAtt.getFlags() & ~HAMZATED_ALEF_LAM;
      if (ArabicNormalizer.startsWithHamzatedAlefLam(buffer, len)) {
        flags |= HAMZATED_ALEF_LAM;
      }
      flagsAtt.setFlags(flags);
      int normalized = ArabicNormalizer.INSTANCE.normalize(buffer, len);
      if (normalized > 0 || !dropEmptyTerms) {
        termAtt.setLength(normalized);
        if (skippedPositions > 0) {
          posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
        }
        return true;
      }
      // the dropped term's own position goes; a gap before it stays
      skippedPositions += Math.max(0, posIncAtt.getPositionIncrement() - 1);
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    skippedPositions = 0;
  }
}
