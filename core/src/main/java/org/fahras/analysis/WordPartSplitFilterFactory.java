package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link WordPartSplitFilter}, SPI name {@value #NAME}. Takes no parameters. Put it
 * directly after the tokenizer.
 */
public class WordPartSplitFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "fahrasWordPartSplit";

  /**
   * @throws IllegalArgumentException if {@code args} holds any parameter
   */
  public WordPartSplitFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI; not for use. */
  public WordPartSplitFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new WordPartSplitFilter(input);
  }
}
