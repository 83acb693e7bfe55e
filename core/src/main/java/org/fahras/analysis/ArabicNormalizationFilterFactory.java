package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link ArabicNormalizationFilter}, SPI name {@value #NAME}. Takes no parameters.
 *
 * <pre class="prettyprint">
 * CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("fahrasArabicNormalization")
 * </pre>
 */
public class ArabicNormalizationFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "fahrasArabicNormalization";

  /**
   * @throws IllegalArgumentException if {@code args} holds any parameter
   */
  public ArabicNormalizationFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI; not for use. */
  public ArabicNormalizationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicNormalizationFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return new ArabicNormalizationFilter(input, false);
  }
}
