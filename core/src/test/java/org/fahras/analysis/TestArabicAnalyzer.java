package org.fahras.analysis;

import org.fahras.SharedData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.QueryBuilder;
import org.junit.Assume;

/** The default chain end to end: the cases that must hold, phrases, offsets, options. */
public class TestArabicAnalyzer extends BaseTokenStreamTestCase {

  private ArabicAnalyzer index;
  private ArabicAnalyzer query;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    index = new ArabicAnalyzer();
    query = ArabicAnalyzer.forQuery();
  }

  @Override
  public void tearDown() throws Exception {
    index.close();
    query.close();
    super.tearDown();
  }

  private static Set<String> terms(Analyzer analyzer, String text) throws IOException {
    Set<String> out = new HashSet<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  /** Every term of the query (stopwords dropped) is a term of the document. */
  private boolean finds(String q, String document) throws IOException {
    Set<String> wanted = terms(query, q);
    return !wanted.isEmpty() && terms(index, document).containsAll(wanted);
  }

  private void assertFinds(String q, String document) throws IOException {
    assertTrue(q + " should find " + document, finds(q, document));
  }

  public void testHamzaOnAlef() throws IOException {
    assertFinds("أرز", "ارز");
    assertFinds("ارز", "أرز");
  }

  public void testAlefFormsOfAhmad() throws IOException {
    for (String form : List.of("أحمد", "إحمد", "آحمد", "ٱحمد")) {
      assertFinds("احمد", form);
    }
  }

  public void testTatweel() throws IOException {
    assertFinds("الحمد", "الحمــــــد");
    assertFinds("جميلا", "جميـــلا");
  }

  public void testShadda() throws IOException {
    assertFinds("الشعب", "الشّعب");
  }

  public void testPersianKeheh() throws IOException {
    assertFinds("كتاب", "کتاب");
  }

  public void testFarsiYeh() throws IOException {
    assertFinds("يوسف", "یوسف");
  }

  public void testArticleAndStem() throws IOException {
    assertFinds("كتاب", "كتاب جديد");
    assertFinds("كتاب", "الكتاب مفيد");
  }

  public void testArabicIndicDigits() throws IOException {
    assertFinds("١٢٣٤", "1234");
    assertFinds("1234", "١٢٣٤");
  }

  public void testHamzaSeatVariants() throws IOException {
    assertFinds("مسؤول", "مسئول");
    assertFinds("شئون", "شؤون");
    assertFinds("رئيس", "رئيس الوزراء");
  }

  public void testRightToLeftMark() throws IOException {
    assertFinds("محمد", "محمد\u200F قال");
  }

  public void testWordInternalInvisibleMarksKeepTheWordWhole() throws IOException {
    assertAnalyzesTo(index, "بوت\u2060ين وجو\u00ADههم", new String[] {"بوتين", "وجوه"},
        new int[] {0, 7}, new int[] {6, 14});
    assertFinds("فلاديمير", "ڤلاديمير");
    assertFinds("باكستان", "پاکستان");
  }

  public void testNoZeroLengthTerms() throws IOException {
    assertAnalyzesTo(index, "قال ـــ ثم َ مضى", new String[] {"قال", "ثم", "مضي"});
  }

  public void testHashtagUrlMentionScript() throws IOException {
    assertFinds("مصر", "#مصر_اليوم");
    assertFinds("اليوم", "#مصر_اليوم");
    assertFinds("فيسبوك", "Facebookفيسبوك");
    assertFinds("facebook", "Facebookفيسبوك");
    Set<String> url = terms(index, "https://www.aljazeera.net/news/egypt_today");
    assertEquals(Set.of("https://www.aljazeera.net/news/egypt_today"), url);
    assertTrue(terms(index, "@aljazeera").contains("aljazeera"));
  }

  public void testOffsetsCoverTheOriginalWord() throws IOException {
    assertAnalyzesTo(index, "الحمــــــد للّه", new String[] {"حمد", "لله"},
        new int[] {0, 12}, new int[] {11, 16});
  }

  public void testStopwordsKeptAsTermsForExactPhrases() throws IOException {
    assertAnalyzesTo(index, "الخارجية في مصر", new String[] {"خارجي", "في", "مصر"},
        new int[] {1, 1, 1});
    assertAnalyzesTo(query, "الخارجية في مصر", new String[] {"خارجي", "مصر"},
        new int[] {1, 2});
    assertTrue(ArabicAnalyzer.isStopword("في"));
    assertFalse(ArabicAnalyzer.isStopword("مصر"));
  }

  public void testPhraseIsExact() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(index))) {
        for (String text : List.of("وزارة الخارجية من مصر", "وزارة الخارجية في مصر")) {
          Document doc = new Document();
          doc.add(new TextField("body", text, Field.Store.YES));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query phrase = new QueryBuilder(index).createPhraseQuery("body", "الخارجية في مصر");
        var hits = searcher.search(phrase, 10);
        assertEquals(1, hits.totalHits.value());
        assertEquals("وزارة الخارجية في مصر",
            searcher.storedFields().document(hits.scoreDocs[0].doc).get("body"));
      }
    }
  }

  public void testStopwordsNormalizedLikeText() throws IOException {
    assertAnalyzesTo(query, "فِي البيت", new String[] {"بيت"});
  }

  /** Particles, the passive auxiliary تم and و + a listed stopword are stopwords too. */
  public void testFunctionWordsSavoysListLacks() throws IOException {
    assertAnalyzesTo(query, "ما التعديل الذي تم رغم الخلاف", new String[] {"تعديل", "خلاف"});
    assertAnalyzesTo(query, "فيما يتم بل فقط والتي والذي", new String[0]);
    assertAnalyzesTo(query, "الأندية اللتى تلعب", new String[] {"انديه", "لعب"}); // اللتى for التي
    assertAnalyzesTo(index, "تم التعديل", new String[] {"تم", "تعديل"}); // kept for phrases
  }

  /** Negation ليس, prepositions and pronoun forms of listed particles Savoy's list lacks. */
  public void testMoreFunctionWords() throws IOException {
    assertAnalyzesTo(query, "ليس تحت الضغط لذلك لديه خطة", new String[] {"ضغط", "خطه"});
    assertAnalyzesTo(query, "لأنه ضد الحرب", new String[] {"حرب"});
    assertAnalyzesTo(index, "ليس تحت", new String[] {"ليس", "تحت"}); // kept for phrases
  }

  /** بسبب and بشكل are dropped from queries, but stemmed like the noun in the index and phrases. */
  public void testPrepositionalNounIsAStemmedStopword() throws IOException {
    assertAnalyzesTo(query, "تأخر بسبب المطر", new String[] {"تاخر", "مطر"});
    assertAnalyzesTo(index, "بسبب المطر", new String[] {"سبب", "مطر"});
    assertAnalyzesTo(index, "وفقا للنظام", new String[] {"وفق", "نظام"});
    assertTrue(ArabicAnalyzer.isStopword("بسبب"));
  }

  /**
   * A number written after a proclitic (بـ150, الـ2015) or before an era or unit (2015م, 1436هـ)
   * is the number; the proclitic is a stopword.
   */
  public void testNumberWrittenWithArabicLetters() throws IOException {
    assertAnalyzesTo(query, "نقل 26 مليون", new String[] {"نقل", "26", "مليون"});
    assertAnalyzesTo(query, "لـ26 مليون", new String[] {"26", "مليون"});
    assertAnalyzesTo(query, "عام الـ2015", new String[] {"عام", "2015"});
    assertAnalyzesTo(query, "عام 2015م", new String[] {"عام", "2015", "م"});
    assertAnalyzesTo(index, "بـ150", new String[] {"ب", "150"}, new int[] {0, 2}, new int[] {2, 5});
  }

  /** Savoy's على and والى are the name علي and the noun والي once ى is folded: search terms. */
  public void testNameThatNormalizesLikeAStopwordIsATerm() throws IOException {
    assertAnalyzesTo(query, "علي عبدالله صالح", new String[] {"علي", "عبدالله", "صالح"});
    assertAnalyzesTo(query, "والي الخرطوم", new String[] {"والي", "خرطوم"});
    assertFalse(ArabicAnalyzer.isStopword("علي"));
  }

  /** A one-letter proclitic written apart (لـ"الوطن", بـ 32, و الله) is a stopword, not a term. */
  public void testProcliticWrittenApartIsStopword() throws IOException {
    assertAnalyzesTo(query, "لـ\"الوطن\"", new String[] {"وطن"});
    assertAnalyzesTo(query, "بـ 32 مليون", new String[] {"32", "مليون"});
    assertAnalyzesTo(query, "و المدينة", new String[] {"مدينه"});
    assertAnalyzesTo(index, "لـ\"الوطن\"", new String[] {"ل", "وطن"}); // kept for phrases
    assertTrue(ArabicAnalyzer.isStopword("ل"));
  }

  public void testBuilderStemmingOff() throws IOException {
    try (ArabicAnalyzer plain = ArabicAnalyzer.builder().stemming(false).build()) {
      assertAnalyzesTo(plain, "بالكتاب الأحمر", new String[] {"بالكتاب", "الاحمر"});
    }
  }

  public void testBuilderProtectedWords() throws IOException {
    try (ArabicAnalyzer guarded = ArabicAnalyzer.builder().protectedWords(List.of("المدينة"))
        .build()) {
      assertAnalyzesTo(guarded, "المدينة المكتبة", new String[] {"المدينه", "مكتبه"});
    }
  }

  public void testBuilderStopwords() throws IOException {
    try (ArabicAnalyzer custom = ArabicAnalyzer.builder().stopwords(List.of("كتاب"))
        .removeStopwords(true).build()) {
      assertAnalyzesTo(custom, "كتاب في البيت", new String[] {"في", "بيت"});
    }
  }

  public void testSeedArticleNames() throws IOException {
    Path article = SharedData.root().resolve("seed-article/article.txt");
    Assume.assumeTrue("shared data absent: " + article, Files.isRegularFile(article));
    String text = Files.readString(article, StandardCharsets.UTF_8);
    assertFinds("لبوتين", text);
    assertFinds("كرملين", text);
    assertFinds("ببيونغ يانغ", text);
    assertFinds("بالولايات المتحدة", text);
    assertFalse("بوت must find nothing", finds("بوت", text));
    assertTrue(terms(index, text).contains("بوتين"));
  }

  public void testRandomStrings() throws Exception {
    checkRandomData(random(), index, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), query, 200 * RANDOM_MULTIPLIER);
  }
}
