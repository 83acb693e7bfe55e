package org.fahras.analysis;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

/** One test per letter {@link WrittenEnding} records, and its trip through {@link ArabicNormalizationFilter}. */
public class TestWrittenEnding extends BaseTokenStreamTestCase {

  private static int code(String word) {
    return WrittenEnding.of(word.toCharArray(), word.length());
  }

  public void testTehMarbuta() {
    assertEquals(WrittenEnding.TEH_MARBUTA, code("مدينة"));
    assertEquals(WrittenEnding.TEH_MARBUTA, code("مدينةٌ")); // tanween after it
    assertEquals(WrittenEnding.TEH_MARBUTA, code("مدينـــة"));
    assertEquals(WrittenEnding.OTHER, code("مدينه")); // written ه: no hint
  }

  public void testAlefMaqsura() {
    assertEquals(WrittenEnding.ALEF_MAQSURA, code("جرى"));
    assertEquals(WrittenEnding.OTHER, code("جري"));
  }

  public void testHamzatedAlefAmongTheLastThreeLetters() {
    assertEquals(1, WrittenEnding.hamzatedAlefFromEnd(code("بدأ")));
    assertEquals(2, WrittenEnding.hamzatedAlefFromEnd(code("بدأت")));
    assertEquals(3, WrittenEnding.hamzatedAlefFromEnd(code("يأتي")));
    assertEquals(0, WrittenEnding.hamzatedAlefFromEnd(code("أحمد"))); // four letters from the end
    assertEquals(0, WrittenEnding.hamzatedAlefFromEnd(code("بدا")));
    assertEquals(1, WrittenEnding.hamzatedAlefFromEnd(code("بدا\u0654"))); // alef + combining hamza above
  }

  public void testBothKindsInOneCode() {
    int code = code("منشأة");
    assertEquals(WrittenEnding.TEH_MARBUTA, WrittenEnding.lastLetter(code));
    assertEquals(2, WrittenEnding.hamzatedAlefFromEnd(code));
  }

  public void testNormalizationFilterCarriesTheCode() throws IOException {
    Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
    tokenizer.setReader(new StringReader("مدينة مدينه"));
    try (TokenStream ts = new ArabicNormalizationFilter(tokenizer)) {
      FlagsAttribute flags = ts.addAttribute(FlagsAttribute.class);
      ts.reset();
      assertTrue(ts.incrementToken());
      assertEquals(WrittenEnding.TEH_MARBUTA, ArabicNormalizationFilter.writtenEnding(flags.getFlags()));
      assertTrue(ts.incrementToken());
      assertEquals(WrittenEnding.OTHER, ArabicNormalizationFilter.writtenEnding(flags.getFlags()));
      assertFalse(ts.incrementToken());
      ts.end();
    }
  }
}
