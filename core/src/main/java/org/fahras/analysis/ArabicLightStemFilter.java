package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Stems each term with {@link ArabicLightStemmer}. Expects normalized terms (put {@link
 * ArabicNormalizationFilter} before it). Terms marked with {@link KeywordAttribute} (protected
 * words, stopwords in {@link ArabicAnalyzer}) are left as they are. Recent stems are kept in a
 * small per-filter cache (the stemmer is deterministic, so results are the same with or without); terms
 * flagged {@link ArabicNormalizationFilter#HAMZATED_ALEF_LAM} are stemmed by {@link
 * ArabicLightStemmer#stemWordInitialAlefLam} and cached apart, since the same normalized text stems
 * otherwise without the flag.
 */
public final class ArabicLightStemFilter extends TokenFilter {

  private final ArabicLightStemmer stemmer;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final StemCache cache = new StemCache();
  /** Stems of terms flagged {@link ArabicNormalizationFilter#HAMZATED_ALEF_LAM} (ألف, آلاف, إلغاء, ألمانيا). */
  private final StemCache hamzatedCache = new StemCache();
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);

  /** Stems with the bundled Ayaspell lexicon. */
  /** A filter stemming with the bundled Ayaspell lexicon ({@link ArabicLightStemmer#ayaspell()}). */
  public ArabicLightStemFilter(TokenStream input) {
    this(input, ArabicLightStemmer.ayaspell());
  }

  /** A filter stemming with {@code stemmer} (its lexicon guards every cut). */
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
      char[] term = termAtt.buffer();
      int len = termAtt.length();
      int flags = flagsAtt.getFlags();
      boolean hamzated = (flags & ArabicNormalizationFilter.HAMZATED_ALEF_LAM) != 0;
      long key = PackedTerm.pack(term, 0, len);
      if (key == PackedTerm.NONE) { // Latin, long or mixed terms: rare, and cheap to stem
        termAtt.setLength(stem(hamzated, term, len));
        return true;
      }
      StemCache stems = hamzated ? hamzatedCache : cache;
      long cached = stems.get(key);
      if (cached != StemCache.MISS) {
        termAtt.setLength(PackedTerm.unpack(cached, term));
        return true;
      }
      int stemmed = stem(hamzated, term, len);
      long stemKey = PackedTerm.pack(term, 0, stemmed);
      if (stemKey != PackedTerm.NONE) { // always, as stems are letters of the term, ه or ي
        stems.put(key, stemKey);
      }
      termAtt.setLength(stemmed);
    }
    return true;
  }

  private int stem(boolean hamzated, char[] term, int len) {
    return hamzated ? stemmer.stemWordInitialAlefLam(term, len) : stemmer.stem(term, len);
  }
}
