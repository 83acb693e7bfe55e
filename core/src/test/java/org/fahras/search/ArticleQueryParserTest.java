package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.fahras.Fahras;
import org.fahras.index.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleQueryParserTest {
  private static Fahras fahras;

  @BeforeAll
  static void index() throws IOException {
    fahras = Fahras.inMemory();
    fahras.add(Article.of("k", "جمال خاشقجي", "جمال خاشقجي صحفي سعودي ولد في المدينة المنورة"));
    fahras.add(Article.of("n", "نجيب محفوظ", "نجيب محفوظ روائي مصري"));
    for (String id : List.of("snn/2015/1", "snn/2015/2", "snn", "https://ex.com/a?b=1&c=(2)")) {
      fahras.add(Article.of(id, "خبر", "نص الخبر"));
    }
    fahras.add(Article.of("url", "رابط", "التفاصيل على http://www.spa.gov.sa/details.php?id=1397 اليوم"));
    fahras.commit();
  }

  @AfterAll
  static void close() throws IOException {
    fahras.close();
  }

  @Test
  void anUnquotedIdIsMatchedAsWrittenSlashesColonsAndAll() throws IOException {
    for (boolean strict : new boolean[] {false, true}) {
      SearchOptions options = SearchOptions.defaults().withStrict(strict);
      assertEquals(List.of("snn/2015/1"), ids(fahras.search("id:snn/2015/1", options)));
      assertEquals(List.of("https://ex.com/a?b=1&c=(2)"), ids(fahras.search("id:https://ex.com/a?b=1&c=(2)", options)));
      assertEquals(List.of("snn", "snn/2015/2"),
          ids(fahras.search("(id:snn/2015/2 OR id:snn)", options)).stream().sorted().toList());
    }
  }

  @Test
  void aUrlTypedAsAWordIsSearchedWhole() throws IOException {
    for (boolean strict : new boolean[] {false, true}) {
      assertEquals(List.of("url"), ids(fahras.search("http://www.spa.gov.sa/details.php?id=1397",
          SearchOptions.defaults().withStrict(strict))));
    }
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void strictModeNamesThePositionOfAnUnbalancedQuote() {
    QueryParseException e = assertThrows(QueryParseException.class,
        () -> fahras.search("جمال \"خاشقجي", SearchOptions.defaults().withStrict(true)));
    assertTrue(e.position() >= 5, "position " + e.position());
    assertTrue(e.getMessage().contains("character"), e.getMessage());
  }

  @Test
  void punctuationOnlyGivesNoHitsInStrictModeToo() throws IOException {
    for (String q : List.of("؟؟؟", "، ؛ ؟", "...", "«»")) {
      for (boolean strict : new boolean[] {false, true}) {
        SearchResults r = fahras.search(q, SearchOptions.defaults().withStrict(strict));
        assertEquals(0, r.totalHits(), q + (strict ? " strict" : " lenient"));
      }
    }
  }

  @Test
  void strictModeNamesWhereAReversedDateRangeStarts() {
    QueryParseException e = assertThrows(QueryParseException.class,
        () -> fahras.search("date:[2015-08-10 TO 2015-07-01]", SearchOptions.defaults().withStrict(true)));
    assertEquals(6, e.position(), e.getMessage());
    assertTrue(e.getMessage().contains("date range starts after it ends"), e.getMessage());
  }

  @Test
  void strictModeRejectsAStrayOperator() {
    QueryParseException e = assertThrows(QueryParseException.class,
        () -> fahras.search("جمال AND", SearchOptions.defaults().withStrict(true)));
    assertTrue(e.position() >= 0);
  }

  @Test
  void lenientModeSearchesTheWordsOfMalformedSyntax() throws IOException {
    SearchResults results = fahras.search("جمال \"خاشقجي", 10);
    assertEquals(List.of("k"), results.hits().stream().map(SearchHit::id).toList());
  }

  @Test
  void naturalLanguageQuestionSearches() throws IOException {
    SearchResults results = fahras.search("- من هو جمال خاشقجي؟", 10);
    assertFalse(results.hits().isEmpty());
    assertEquals("k", results.hits().get(0).id());
  }

  @Test
  void fieldScopedQuery() throws IOException {
    assertEquals(List.of("n"), fahras.search("title:محفوظ", 10).hits().stream().map(SearchHit::id).toList());
  }

  @Test
  void emptyQueryHasNoHits() throws IOException {
    assertEquals(0, fahras.search("   ", 10).totalHits());
  }

  @Test
  void aRepeatedParagraphIsShownOnceInTheSnippet() throws IOException {
    String paragraph = "ولد نجيب محفوظ في حي الجمالية بالقاهرة.";
    try (Fahras repeated = Fahras.inMemory()) {
      repeated.add(Article.of("r", "نجيب محفوظ", paragraph + "\n\n" + paragraph));
      repeated.commit();
      String snippet = repeated.search("الجمالية", 1).hits().get(0).snippet();
      assertEquals(snippet.indexOf("<mark>الجمالية</mark>"), snippet.lastIndexOf("<mark>الجمالية</mark>"), snippet);
    }
  }

  @Test
  void lenientReadingSaysHowLenientModeReadsWhatStrictModeRefuses() {
    ArticleQueryParser parser = new ArticleQueryParser(new org.fahras.analysis.ArabicAnalyzer());
    assertEquals(ArticleQueryParser.LenientReading.AS_WRITTEN, parser.lenientReading("جمال AND خاشقجي"));
    assertEquals(ArticleQueryParser.LenientReading.REPAIRED, parser.lenientReading("جمال \"خاشقجي"));
    assertEquals(ArticleQueryParser.LenientReading.REPAIRED, parser.lenientReading("جمال ".repeat(300)));
    assertEquals(ArticleQueryParser.LenientReading.REPAIRED, parser.lenientReading("جمال AND"));
    assertEquals(ArticleQueryParser.LenientReading.PLAIN_WORDS, parser.lenientReading("جمال~0.5~"));
    assertEquals(ArticleQueryParser.LenientReading.REPAIRED, parser.lenientReading("person:"));
    assertEquals(ArticleQueryParser.LenientReading.NOTHING, parser.lenientReading("جمال date:2015-13-01"));
  }
}
