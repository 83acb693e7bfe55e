package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link ArabicLightStemFilter} over the bundled Ayaspell lexicon, SPI name {@value
 * #NAME}. Takes no parameters. Put {@code fahrasArabicNormalization} before it.
 */
public class ArabicLightStemFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "fahrasArabicLightStem";

  /**
   * @throws IllegalArgumentException if {@code args} holds any parameter
   */
  public ArabicLightStemFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI; not for use. */
  public ArabicLightStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicLightStemFilter(input);
  }
}
