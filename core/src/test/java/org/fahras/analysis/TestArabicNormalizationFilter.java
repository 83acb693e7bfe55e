package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
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
    check("يؤكد ويؤكد سيؤدي", "يءكد", "ويءكد", "سيءدي"); // a yeh before ؤ is a letter, never its seat
    check("الطوارىء الطوارئ", "الطوارء", "الطوارء");
  }

  public void testDecomposedHamzaIsComposedWithItsSeat() throws IOException {
    // NFD text writes the hamza as a combining mark after its seat (and after the seat's harakat)
    check("\u0645\u0633\u0648\u0654\u0648\u0644", "مسءول"); // مسؤول
    check("\u0634\u064A\u0654\u0648\u0646", "شءون"); // شئون
    check("\u0642\u0627\u064A\u0654\u062F", "قاءد"); // قائد
    check("\u0627\u0654\u062D\u0645\u062F \u0627\u0655\u0633\u0644\u0627\u0645", "احمد", "اسلام"); // أحمد إسلام
    check("\u0645\u0633\u0648\u064F\u0654\u0648\u0644", "مسءول"); // a damma between seat and hamza
    check("شَيۡـٔٗا شيئا", "شءا", "شءا"); // Uthmani hamza on a tatweel
  }

  public void testDecomposedTextNormalizesAsComposedText() throws IOException {
    // a yeh before the seat is the seat written apart in both forms: هيئة, البيئة, شيئا, سيؤدي
    for (String word : new String[] {"هيئة", "البيئة", "شيئا", "سيؤدي", "ويؤكد", "مسؤول", "أحمد", "إسلام", "آلية", "ۓ", "قائد"}) {
      String nfd = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD);
      char[] a = word.toCharArray();
      char[] b = nfd.toCharArray();
      assertEquals(word, new String(a, 0, ArabicNormalizer.INSTANCE.normalize(a, a.length)),
          new String(b, 0, ArabicNormalizer.INSTANCE.normalize(b, b.length)));
    }
  }

  public void testPersianLetters() throws IOException {
    check("کتاب", "كتاب");
    check("ڪتاب", "كتاب");
    check("یوسف", "يوسف");
    check("ېے", "يي");
    check("ہ ە ۀ", "ه", "ه", "ه");
    check("ھذا الھلال", "هذا", "الهلال"); // heh doachashmee, as Urdu keyboards type ه
    check("ۂ", "ه");
    check("مدرسۃ", "مدرسه"); // teh marbuta goal, as ة
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

  public void testArabicDecimalAndThousandsSeparators() throws IOException {
    check("١٫٥ 1.5", "1.5", "1.5");
    check("١٬٠٠٠ 1,000", "1,000", "1,000");
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
    // a lone tatweel is a dash: like punctuation it leaves no position gap
    assertAnalyzesTo(analyzer, "قال ـــ غدا", new String[] {"قال", "غدا"}, new int[] {1, 1});
    assertAnalyzesTo(analyzer, "َ", new String[0]);
  }

  public void testGapBeforeDroppedTermKept() throws IOException {
    // a stopword removed before this filter leaves its gap, carried past the dropped tatweel
    Analyzer withStop = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new WhitespaceTokenizer();
        TokenStream stop = new StopFilter(source, new CharArraySet(java.util.List.of("في"), false));
        return new TokenStreamComponents(source, new ArabicNormalizationFilter(stop));
      }
    };
    assertAnalyzesTo(withStop, "قال في ـ غدا", new String[] {"قال", "غدا"}, new int[] {1, 2});
    // at the end, the gap reaches end()
    assertTokenStreamContents(withStop.tokenStream("f", "قال في ـ"), new String[] {"قال"}, null, null, null,
        new int[] {1}, null, 8, 1, null, true, null);
    withStop.close();
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

  public void testNormalizerInPlace() {
    char[] term = "الْكِتَابُ".toCharArray();
    int len = ArabicNormalizer.INSTANCE.normalize(term, term.length);
    assertEquals("الكتاب", new String(term, 0, len));
  }
}
