package org.fahras.analysis;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The factories resolve by SPI name, build a working chain, and reject unknown parameters. */
public class TestArabicAnalysisFactories extends BaseTokenStreamTestCase {

  public void testSpiNamesResolve() {
    assertSame(ArabicNormalizationFilterFactory.class,
        TokenFilterFactory.lookupClass(ArabicNormalizationFilterFactory.NAME));
    assertSame(ArabicLightStemFilterFactory.class,
        TokenFilterFactory.lookupClass(ArabicLightStemFilterFactory.NAME));
    assertSame(WordPartSplitFilterFactory.class,
        TokenFilterFactory.lookupClass(WordPartSplitFilterFactory.NAME));
  }

  public void testCustomAnalyzerChain() throws IOException {
    try (Analyzer analyzer = CustomAnalyzer.builder()
        .withTokenizer("uax29UrlEmail")
        .addTokenFilter(WordPartSplitFilterFactory.NAME)
        .addTokenFilter(ArabicNormalizationFilterFactory.NAME)
        .addTokenFilter(ArabicLightStemFilterFactory.NAME)
        .build()) {
      assertAnalyzesTo(analyzer, "#مصر_اليوم بالكتاب", new String[] {"مصر", "يوم", "كتاب"});
      assertEquals("احمد", analyzer.normalize("f", "أحمد").utf8ToString());
    }
  }

  public void testBogusArguments() {
    for (String name : new String[] {ArabicNormalizationFilterFactory.NAME,
        ArabicLightStemFilterFactory.NAME, WordPartSplitFilterFactory.NAME}) {
      Map<String, String> args = new HashMap<>();
      args.put("bogusArg", "bogusValue");
      IllegalArgumentException expected = expectThrows(IllegalArgumentException.class,
          () -> TokenFilterFactory.forName(name, args));
      assertTrue(expected.getMessage().contains("Unknown parameters"));
    }
  }
}
