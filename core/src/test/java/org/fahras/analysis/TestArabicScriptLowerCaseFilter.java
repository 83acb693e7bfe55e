package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.tests.util.TestUtil;

/** {@link ArabicScriptLowerCaseFilter} gives exactly the terms of Lucene's LowerCaseFilter. */
public class TestArabicScriptLowerCaseFilter extends BaseTokenStreamTestCase {

  private static Analyzer chain(boolean lucene) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        TokenStream out =
            lucene ? new LowerCaseFilter(source) : new ArabicScriptLowerCaseFilter(source);
        return new TokenStreamComponents(source, out);
      }
    };
  }

  public void testLatinAndArabic() throws IOException {
    try (Analyzer analyzer = chain(false)) {
      assertAnalyzesTo(analyzer, "Facebook فيسبوك ÉCOLE ΣΟΦΙΑ ﻻ",
          new String[] {"facebook", "فيسبوك", "école", "σοφια", "ﻻ"});
    }
  }

  public void testArabicBlocksHaveNoCase() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (ArabicScriptLowerCaseFilter.isCaseless(c)) {
        assertEquals("U+" + Integer.toHexString(c), c, Character.toLowerCase((int) c));
      }
    }
  }

  public void testSameTermsAsLowerCaseFilter() throws IOException {
    try (Analyzer ours = chain(false);
        Analyzer lucene = chain(true)) {
      for (int i = 0; i < 2000; i++) {
        String text = TestUtil.randomUnicodeString(random(), 40);
        assertEquals(text, terms(lucene, text), terms(ours, text));
      }
    }
  }

  private static String terms(Analyzer analyzer, String text) throws IOException {
    StringBuilder out = new StringBuilder();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.append(term).append('|');
      }
      stream.end();
    }
    return out.toString();
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer analyzer = chain(false)) {
      checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    }
  }
}
