package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

/** Tests {@link WordPartSplitFilter} behind the tokenizer {@link ArabicAnalyzer} uses. */
public class TestWordPartSplitFilter extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new UAX29URLEmailTokenizer();
        return new TokenStreamComponents(source, new WordPartSplitFilter(source));
      }
    };
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testHashtagUnderscore() throws IOException {
    assertAnalyzesTo(analyzer, "#مصر_اليوم", new String[] {"مصر", "اليوم"},
        new int[] {1, 5}, new int[] {4, 10}, new int[] {1, 1});
  }

  public void testScriptChange() throws IOException {
    assertAnalyzesTo(analyzer, "Facebookفيسبوك", new String[] {"Facebook", "فيسبوك"},
        new int[] {0, 8}, new int[] {8, 14});
    assertAnalyzesTo(analyzer, "فيسبوكFacebook", new String[] {"فيسبوك", "Facebook"});
  }

  public void testMarksStayWithTheirWord() throws IOException {
    assertAnalyzesTo(analyzer, "الشّعب بِـ150", new String[] {"الشّعب", "بِـ", "150"});
    // كوفيد19 as كوفيد-19 and كوفيد 19 are written: two parts
    assertAnalyzesTo(analyzer, "كوفيد19", new String[] {"كوفيد", "19"});
  }

  public void testArabicLettersAndDigitsAreParts() throws IOException {
    // a proclitic before a number, tatweel included; offsets point into the original text
    assertAnalyzesTo(analyzer, "بـ150", new String[] {"بـ", "150"}, new int[] {0, 2}, new int[] {2, 5});
    assertAnalyzesTo(analyzer, "الـ2015", new String[] {"الـ", "2015"});
    assertAnalyzesTo(analyzer, "و30", new String[] {"و", "30"});
    assertAnalyzesTo(analyzer, "وللـ٣", new String[] {"وللـ", "٣"});
    // an era or unit after a number
    assertAnalyzesTo(analyzer, "2015م", new String[] {"2015", "م"});
    assertAnalyzesTo(analyzer, "١٤٣٦هـ", new String[] {"١٤٣٦", "هـ"});
    assertAnalyzesTo(analyzer, "5كم", new String[] {"5", "كم"});
  }

  public void testDigitsStayWithLatinLetters() throws IOException {
    assertAnalyzesTo(analyzer, "MP3", new String[] {"MP3"});
    assertAnalyzesTo(analyzer, "G20", new String[] {"G20"});
  }

  public void testUrlAndEmailStayWhole() throws IOException {
    assertAnalyzesTo(analyzer, "زوروا https://example.com/news_today/a_b الآن",
        new String[] {"زوروا", "https://example.com/news_today/a_b", "الآن"});
    assertAnalyzesTo(analyzer, "راسلونا user_name@example.com",
        new String[] {"راسلونا", "user_name@example.com"});
  }

  public void testOnlyUnderscores() throws IOException {
    Analyzer whitespace = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(source, new WordPartSplitFilter(source));
      }
    };
    assertAnalyzesTo(whitespace, "قال ___ غدا", new String[] {"قال", "غدا"}, new int[] {1, 2});
    whitespace.close();
  }

  public void testRandomStrings() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
