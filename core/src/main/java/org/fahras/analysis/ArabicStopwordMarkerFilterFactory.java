package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for the stopword marking of {@link ArabicAnalyzer}'s index chain, SPI name {@value #NAME}:
 * marks the default Arabic stopwords ({@link ArabicStopwords}, normalized; not the prepositional
 * nouns it stems, بسبب, بشكل) with Lucene's {@code KeywordAttribute}, so that {@code
 * fahrasArabicLightStem} after it leaves them whole. Takes no parameters; put it after {@code
 * fahrasArabicNormalization} and before {@code fahrasArabicLightStem}, as the index chain does, so
 * that a {@code CustomAnalyzer} gives the terms of {@code new ArabicAnalyzer()}. (Lucene's
 * {@code keywordMarker} marks the protected words of a file.)
 */
public class ArabicStopwordMarkerFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "fahrasArabicStopwordMarker";

  private static final PackedWordSet KEPT_WHOLE = keptWhole();

  /**
   * @throws IllegalArgumentException if {@code args} holds any parameter
   */
  public ArabicStopwordMarkerFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI; not for use. */
  public ArabicStopwordMarkerFilterFactory() {
    throw defaultCtorException();
  }

  private static PackedWordSet keptWhole() {
    return StopwordMarkerFilter.wordSet(ArabicStopwords.keptWhole(ArabicStopwords.defaultSet()));
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new StopwordMarkerFilter(input, KEPT_WHOLE);
  }
}
