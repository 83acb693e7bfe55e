package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

/** One test per rule of {@link ArabicNormalizer}, through {@link ArabicNormalizationFilter}. */
public class TestArabicNormalizationFilter extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(source, new ArabicNormalizationFilter(source));
      }
    };
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  private void check(String input, String... expected) throws IOException {
    assertAnalyzesTo(analyzer, input, expected);
  }

  public void testHarakatAndShadda() throws IOException {
    check("الشّعب", "الشعب");
    check("كَتَبَ", "كتب");
    check("كتابٌ", "كتاب");
  }

  public void testTatweel() throws IOException {
    check("الحمــــــد", "الحمد");
    check("جميـــلا", "جميلا");
  }

  public void testSuperscriptAlefAndQuranicMarks() throws IOException {
    check("ٱلرَّحۡمَٰنِ", "الرحمن");
    check("ٱلۡعَٰلَمِينَ", "العلمين");
    check("ذَٰلِكَ", "ذلك");
  }

  public void testAlefForms() throws IOException {
    check("أحمد إحمد آحمد ٱحمد احمد", "احمد", "احمد", "احمد", "احمد", "احمد");
    check("أرز", "ارز");
    check("ٲٳ", "اا");
  }

  public void testAlefMaqsura() throws IOException {
    check("مستشفى", "مستشفي");
  }

  public void testTehMarbuta() throws IOException {
    check("مدرسة", "مدرسه");
  }

  public void testHamzaSeats() throws IOException {
    check("مسؤول مسئول", "مسءول", "مسءول");
    check("شؤون شئون", "شءون", "شءون");
    check("رئيس", "رءيس");
  }

  public void testYehSeatWrittenApart() throws IOException {
    check("شيء شىء شئ", "شء", "شء", "شء");
    check("الطوارىء الطوارئ", "الطوارء", "الطوارء");
  }

  public void testPersianLetters() throws IOException {
    check("کتاب", "كتاب");
    check("ڪتاب", "كتاب");
    check("یوسف", "يوسف");
    check("ېے", "يي");
    check("ہ ە ۀ", "ه", "ه", "ه");
  }

  public void testPersianLettersForForeignSoundsFoldToTheNearestArabicLetter() throws IOException {
    check("ڤلاديمير", "فلاديمير");
    check("ڥيينا", "فيينا");
    check("پاكستان", "باكستان");
    check("چاد", "جاد");
    check("ژان", "زان");
    check("گوگل", "كوكل");
    check("ڨالمة", "قالمه");
  }

  public void testDigits() throws IOException {
    check("١٢٣٤", "1234");
    check("۱۲۳۴", "1234");
  }

  public void testPresentationForms() throws IOException {
    check("ﻻ", "لا");
    check("ﺍﻟﺴﻼﻡ", "السلام");
  }

  public void testBidiAndZeroWidthMarks() throws IOException {
    check("محمد\u200F", "محمد");
    check("\u202Bمحمد\u202C", "محمد");
    check("مح\u200Cمد", "محمد");
    check("\uFEFFمحمد", "محمد");
    check("محمد\u061C", "محمد");
  }

  public void testWordInternalInvisibleMarks() throws IOException {
    check("وجو\u00ADههم", "وجوههم"); // soft hyphen
    check("بوت\u2060ين", "بوتين"); // word joiner
    check("بو\u034Fتين", "بوتين"); // combining grapheme joiner
  }

  public void testEmptyTermDropped() throws IOException {
    assertAnalyzesTo(analyzer, "قال ـــ غدا", new String[] {"قال", "غدا"}, new int[] {1, 2});
    assertAnalyzesTo(analyzer, "َ", new String[0]);
  }

  public void testEmptyTerm() throws IOException {
    Analyzer keyword = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new ArabicNormalizationFilter(source));
      }
    };
    assertAnalyzesTo(keyword, "", new String[0]); // normalizes to nothing: dropped
    keyword.close();
  }

  public void testRandomStrings() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }

  public void testWrittenHehIsToldFromTehMarbuta() throws IOException {
    assertWrittenHeh("عمره", true);
    assertWrittenHeh("عمرة", false);
    assertWrittenHeh("عمرهُ", true); // a mark after the last letter is skipped
    assertWrittenHeh("عمرـه\u200F", true); // so are tatweel and a bidi mark
    assertWrittenHeh("عمر\uFEEA", true); // final presentation form of heh
    assertWrittenHeh("عمر\uFE94", false); // final presentation form of teh marbuta
    assertWrittenHeh("كتاب", false);
  }

  private void assertWrittenHeh(String word, boolean expected) throws IOException {
    try (TokenStream ts = analyzer.tokenStream("f", word)) {
      org.apache.lucene.analysis.tokenattributes.FlagsAttribute flags =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.FlagsAttribute.class);
      ts.reset();
      assertTrue(ts.incrementToken());
      assertEquals(word, expected, (flags.getFlags() & ArabicNormalizationFilter.WRITTEN_HEH) != 0);
      assertFalse(ts.incrementToken());
      ts.end();
    }
  }

  public void testNormalizerInPlace() {
    char[] term = "الْكِتَابُ".toCharArray();
    int len = ArabicNormalizer.INSTANCE.normalize(term, term.length);
    assertEquals("الكتاب", new String(term, 0, len));
  }
}
