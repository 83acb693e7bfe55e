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
    assertSame(ArabicStopwordMarkerFilterFactory.class,
        TokenFilterFactory.lookupClass(ArabicStopwordMarkerFilterFactory.NAME));
  }

  public void testCustomAnalyzerWithTheStopwordMarkerGivesTheIndexChainsTerms() throws IOException {
    String text = "الذين كانت يكون بسبب #مصر_اليوم بالكتاب وفقا للنظام Facebookفيسبوك ١٢٣";
    try (Analyzer custom = CustomAnalyzer.builder()
        .withTokenizer("uax29UrlEmail")
        .addTokenFilter(WordPartSplitFilterFactory.NAME)
        .addTokenFilter("lowercase")
        .addTokenFilter(ArabicNormalizationFilterFactory.NAME)
        .addTokenFilter(ArabicStopwordMarkerFilterFactory.NAME)
        .addTokenFilter(ArabicLightStemFilterFactory.NAME)
        .build();
        Analyzer index = new ArabicAnalyzer()) {
      assertAnalyzesTo(custom, "الذين كانت", new String[] {"الذين", "كانت"}); // kept whole, as stopwords
      assertAnalyzesTo(custom, text, terms(index, text));
    }
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

  private static String[] terms(Analyzer analyzer, String text) throws IOException {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream("f", text)) {
      org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out.toArray(new String[0]);
  }

  public void testBogusArguments() {
    for (String name : new String[] {ArabicNormalizationFilterFactory.NAME,
        ArabicLightStemFilterFactory.NAME, WordPartSplitFilterFactory.NAME,
        ArabicStopwordMarkerFilterFactory.NAME}) {
      Map<String, String> args = new HashMap<>();
      args.put("bogusArg", "bogusValue");
      IllegalArgumentException expected = expectThrows(IllegalArgumentException.class,
          () -> TokenFilterFactory.forName(name, args));
      assertTrue(expected.getMessage().contains("Unknown parameters"));
    }
  }
}
