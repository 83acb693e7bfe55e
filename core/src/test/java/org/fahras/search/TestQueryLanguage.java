package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.fahras.index.Article;
import org.fahras.index.ArticleIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One test per feature of the query language, each against the five-article fixture. */
class TestQueryLanguage {
  private static SearchFixture fx;

  @BeforeAll
  static void open() throws IOException {
    fx = new SearchFixture();
  }

  @AfterAll
  static void close() throws IOException {
    fx.close();
  }

  private static Set<String> ids(String query) throws IOException {
    return fx.ids(query);
  }

  private static QueryParseException strictError(String query) {
    return assertThrows(QueryParseException.class,
        () -> fx.searcher.search(query, SearchOptions.defaults().withStrict(true)));
  }

  @Test
  void testTerm() throws IOException {
    assertEquals(Set.of("a1", "a4"), ids("بوتين"));
  }

  @Test
  void testWordsAreJoinedWithOr() throws IOException {
    assertEquals(Set.of("a2", "a3"), ids("الهلال الحكومة"));
  }

  @Test
  void testPhrase() throws IOException {
    assertEquals(Set.of("a1"), ids("\"كيم جونغ أون\""));
  }

  @Test
  void testPhraseSlop() throws IOException {
    assertEquals(Set.of("a1", "a4"), ids("\"كيم جونغ أون\"~2"));
  }

  @Test
  void testAnd() throws IOException {
    assertEquals(Set.of("a4"), ids("بوتين AND موسكو"));
  }

  @Test
  void testOr() throws IOException {
    assertEquals(Set.of("a2", "a3"), ids("الهلال OR الحكومة"));
  }

  @Test
  void testNot() throws IOException {
    assertEquals(Set.of("a1"), ids("بوتين NOT موسكو"));
  }

  /** Only negations: every article without the words (Elasticsearch's reading), not nothing (Lucene's). */
  @Test
  void testOnlyNegationMatchesEveryArticleWithoutTheWords() throws IOException {
    Set<String> withoutPutin = new java.util.HashSet<>(Set.of("a1", "a2", "a3", "a4", "a5"));
    withoutPutin.removeAll(ids("بوتين"));
    assertEquals(withoutPutin, ids("NOT بوتين"));
    assertEquals(withoutPutin, ids("-بوتين"));
    Set<String> putinWithoutKim = new java.util.HashSet<>(ids("بوتين"));
    putinWithoutKim.removeAll(ids("كيم"));
    assertEquals(putinWithoutKim, ids("بوتين AND (NOT كيم)"));
    assertEquals(Set.of("a1"), ids("بوتين (NOT موسكو)"));
    assertEquals(Set.of("a1"), ids("بوتين (-موسكو)"));
    assertEquals(Set.of(), ids("بوتين (NOT موسكو) (NOT يانغ)"), "each group of negations applies");
    assertEquals(3, withoutPutin.size()); // two of the five articles name Putin
  }

  @Test
  void testSymbolOperatorsAsInLucenesClassicSyntax() throws IOException {
    assertEquals(ids("بوتين AND موسكو"), ids("بوتين && موسكو"));
    assertEquals(ids("الهلال OR الحكومة"), ids("الهلال || الحكومة"));
    assertEquals(ids("بوتين NOT موسكو"), ids("بوتين !موسكو"));
    assertEquals(ids("بوتين موسكو"), ids("بوتين! موسكو")); // after a word, ! is punctuation
  }

  @Test
  void testPlusMinus() throws IOException {
    assertEquals(Set.of("a1"), ids("+بوتين -موسكو"));
  }

  @Test
  void testParentheses() throws IOException {
    assertEquals(Set.of("a3"), ids("(الهلال OR الحكومة) AND مباراة"));
  }

  @Test
  void testArabicWawIsNotAnOperator() throws IOException {
    // as AND it would match nothing: no article has both words
    assertEquals(Set.of("a2", "a3"), ids("الهلال و الحكومة"));
    assertEquals(Set.of("a5"), ids("الطلاب و"));
  }

  @Test
  void testArabicAwIsNotAnOperator() throws IOException {
    assertEquals(Set.of("a5"), ids("أو الطلاب أو"));
    fx.searcher.search("أو الطلاب أو", SearchOptions.defaults().withStrict(true));
  }

  @Test
  void testTitleField() throws IOException {
    assertEquals(Set.of("a5"), ids("title:تقرير"));
    assertEquals(Set.of(), ids("title:المطار"));
  }

  @Test
  void testBodyField() throws IOException {
    assertEquals(Set.of("a1"), ids("body:المطار"));
  }

  @Test
  void testSourceField() throws IOException {
    assertEquals(Set.of("a2", "a4"), ids("source:okaz"));
  }

  @Test
  void testSourceFieldInAnyCase() throws IOException {
    assertEquals(Set.of("a2", "a4"), ids("source:OKAZ"));
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      index.add(new Article("u1", "t", "نص", null, "SPA", null, null));
      index.commit();
      ArticleSearcher searcher = new ArticleSearcher(index);
      assertEquals(1, searcher.search("source:spa", 10).totalHits());
      assertEquals(1, searcher.search("source:SPA", 10).totalHits());
      assertEquals(1, searcher.search("نص", SearchOptions.defaults().withSources(Set.of("spa"))).totalHits());
      assertEquals("SPA", searcher.search("نص", 10).hits().get(0).source(), "shown as written");
    }
  }

  @Test
  void testAuthorField() throws IOException {
    assertEquals(Set.of("a1"), ids("author:مراسل"));
  }

  @Test
  void testIdField() throws IOException {
    assertEquals(Set.of("a3"), ids("id:a3"));
  }

  @Test
  void testDateRange() throws IOException {
    assertEquals(Set.of("a2", "a4"), ids("date:[2015-07-01 TO 2015-07-31]"));
  }

  @Test
  void testOpenDateRange() throws IOException {
    assertEquals(Set.of("a1", "a3"), ids("date:[2015-08-01 TO *]"));
    assertEquals(Set.of("a2"), ids("date:[* TO 2015-07-30]"));
  }

  @Test
  void testDateDayAndMonth() throws IOException {
    assertEquals(Set.of("a2"), ids("date:2015-07-10"));
    assertEquals(Set.of("a2", "a4"), ids("date:2015-07"));
  }

  @Test
  void testDateWithArabicIndicDigits() throws IOException {
    assertEquals(Set.of("a2", "a4"), ids("date:[٢٠١٥-٠٧-٠١ TO ٢٠١٥-٠٧-٣١]"));
  }

  @Test
  void testCurlyBracketsExcludeTheirDay() throws IOException {
    assertEquals(Set.of("a2", "a4"), ids("date:{2015-07-09 TO 2015-08-02}"));
    assertEquals(Set.of("a2", "a4"), ids("date:[2015-07-10 TO 2015-08-02}"));
    assertEquals(Set.of("a3", "a4"), ids("date:{2015-07-10 TO 2015-08-02]"));
    assertEquals(Set.of("a1", "a3"), ids("date:{2015-07 TO *]"));
    assertEquals(Set.of(), ids("date:{2015-07-10 TO 2015-07-11}"));
  }

  @Test
  void testDateFilterWithWords() throws IOException {
    assertEquals(Set.of("a4"), ids("بوتين AND date:[2015-01-01 TO 2015-12-31]"));
  }

  @Test
  void testDateOrSourceBesideWordsFilters() throws IOException {
    assertEquals(Set.of("a4"), ids("بوتين date:2015"));
    assertEquals(Set.of("a4"), ids("بوتين source:OKAZ"));
    assertEquals(Set.of("a2", "a4"), ids("بوتين الحكومة date:2015-07"));
    assertEquals(Set.of("a4"), ids("(بوتين OR الهلال) date:2015-07"));
  }

  @Test
  void testFiltersOfOneFieldAreEitherOrOfTwoFieldsBoth() throws IOException {
    assertEquals(Set.of("a1", "a4"), ids("بوتين source:okaz source:aljazeera"));
    assertEquals(Set.of("a2", "a4"), ids("date:2015-07 source:okaz"));
    assertEquals(Set.of("a2", "a3", "a4"), ids("source:okaz source:alriyadh"));
  }

  @Test
  void testFilterGroupsPlusAndOrBetweenValuesStillFilter() throws IOException {
    assertEquals(Set.of("a1", "a4"), ids("بوتين (source:okaz source:aljazeera)"));
    assertEquals(Set.of("a1", "a4"), ids("بوتين source:(okaz aljazeera)"));
    assertEquals(Set.of("a1", "a4"), ids("بوتين source:okaz OR source:aljazeera"));
    assertEquals(Set.of("a4"), ids("بوتين +source:okaz"));
    assertEquals(Set.of("a4"), ids("بوتين (date:2015 source:okaz)"));
    assertEquals(Set.of("a1"), ids("بوتين (-source:okaz)"));
    assertEquals(Set.of("a1"), ids("بوتين !source:okaz"));
    assertEquals(Set.of("a1"), ids("بوتين (source:aljazeera -موسكو)"));
    assertEquals(Set.of("a4"), ids("بوتين (date:2015-07 -source:aljazeera)"));
    assertEquals(Set.of("a4"), ids("بوتين source:(okaz -alriyadh)"));
    assertEquals(Set.of("a4"), ids("بوتين source:oka*"));
    assertEquals(Set.of("a4"), ids("بوتين source:okaa~"));
  }

  @Test
  void testAnErrorAtTheEndIsAtMostTheQueryLength() {
    String q = "id:id:\u201c   \u201d//"; // the parser's lexical error names a column past the end
    assertEquals(q.length(), strictError(q).position());
  }

  @Test
  void testPunctuationAfterADateIsNotPartOfIt() throws IOException {
    assertEquals(Set.of("a4"), ids("بوتين date:2015-07؟"));
    assertEquals(Set.of("a4"), ids("بوتين date:2015-07-31، موسكو"));
    assertEquals(Set.of("a2", "a4"), ids("date:(2015-07-10 2015-07-31)"));
  }

  @Test
  void testAnUnreadableDateFilterMatchesNothingEvenLenient() throws IOException {
    for (String q : List.of("بوتين date:[2015-07-01 TO 2015-07-31", "بوتين date:[2015-07-01 2015-07-31]",
        "بوتين date:2015/07/31")) {
      assertEquals(Set.of(), ids(q), q);
      assertTrue(ArticleQueryParser.isInvalidFilter(strictError(q)), q);
    }
  }

  /** Lenient: an operator with nothing to join is dropped; the rest of the query keeps its syntax. */
  @Test
  void testADanglingOperatorIsDroppedLenientAndAnErrorStrict() throws IOException {
    assertEquals(ids("بوتين date:2015-07"), ids("بوتين date:2015-07 AND"));
    assertEquals(Set.of("a4"), ids("AND بوتين date:2015-07"));
    assertEquals(ids("بوتين AND موسكو"), ids("بوتين AND AND موسكو"));
    assertEquals(ids("بوتين OR موسكو"), ids("بوتين AND OR موسكو"));
    assertEquals(ids("بوتين NOT موسكو"), ids("(بوتين NOT موسكو) NOT"));
    assertEquals(ids("\"كيم جونغ أون\""), ids("\"كيم جونغ أون\" ||"));
    for (String q : List.of("بوتين date:2015-07 AND", "AND بوتين", "بوتين AND OR موسكو", "بوتين NOT")) {
      assertTrue(strictError(q).position() >= 0, q);
    }
  }

  /** AND or + before a filter's value makes that value required on its own, not one of either-or. */
  @Test
  void testAndBetweenValuesOfOneFilterRequiresBoth() throws IOException {
    assertEquals(Set.of("a4"), ids("بوتين date:2015-07"));
    assertEquals(Set.of(), ids("بوتين date:2015-07 AND date:2015-08"));
    assertEquals(ids("بوتين date:2015-07"), ids("بوتين date:2015-07 date:2015-08"), "without AND: either");
  }

  @Test
  void testAnExplicitOrKeepsAFilterOptional() throws IOException {
    assertEquals(Set.of("a1", "a2", "a3", "a4"), ids("بوتين OR date:2015"));
    assertEquals(Set.of("a1"), ids("بوتين -date:2015"));
  }

  @Test
  void testPrefixMatchesAfterDefiniteArticle() throws IOException {
    assertEquals(Set.of("a2"), ids("استراتيج*"));
  }

  @Test
  void testPrefixTypedWithDefiniteArticle() throws IOException {
    assertEquals(Set.of("a2"), ids("الاستراتيج*"));
  }

  @Test
  void testFuzzy() throws IOException {
    assertEquals(Set.of("a1", "a4"), ids("بوتبن~"));
    assertEquals(Set.of(), ids("بوتبن"));
  }

  @Test
  void testQuestionMarksAndArabicPunctuation() throws IOException {
    assertEquals(Set.of("a3"), ids("من فاز في مباراة الهلال؟ ، ؛ ?"));
  }

  @Test
  void testLeadingDashIsNotNegation() throws IOException {
    assertEquals(Set.of("a3"), ids("- الهلال"));
  }

  @Test
  void testCurlyQuotesArePhraseQuotes() throws IOException {
    assertEquals(Set.of("a1"), ids("“كيم جونغ أون”"));
  }

  @Test
  void testGuillemetsArePhraseQuotes() throws IOException {
    assertEquals(Set.of("a1"), ids("«كيم جونغ أون»"));
  }

  @Test
  void testUnbalancedCurlyQuoteIsText() throws IOException {
    assertEquals(Set.of("a1", "a4"), ids("“كيم جونغ أون"));
  }

  @Test
  void testLoneQuote() throws IOException {
    assertEquals(Set.of("a1", "a4"), ids("\"كيم جونغ"));
    assertEquals(0, strictError("\"كيم جونغ").position());
  }

  @Test
  void testLoneParenthesis() throws IOException {
    assertEquals(Set.of("a3"), ids("(الهلال"));
    assertEquals(0, strictError("(الهلال").position());
    assertEquals(6, strictError("الهلال)").position());
  }

  @Test
  void testUnknownFieldIsTextLenientAndErrorStrict() throws IOException {
    assertEquals(Set.of("a3"), ids("ملاحظة: الهلال"));
    assertEquals(Set.of("a1", "a4"), ids("titel:بوتين"));
    assertEquals(0, strictError("titel:بوتين").position());
  }

  @Test
  void testDanglingOperatorStrictOffset() throws IOException {
    assertEquals(Set.of("a1", "a4"), ids("بوتين AND"));
    assertEquals(9, strictError("بوتين AND").position());
  }

  /** A range with an empty end is an error that says how an open end is written. */
  @Test
  void testRangeWithoutItsEndSaysHowToWriteAnOpenEnd() {
    QueryParseException e = strictError("date:[2015-07-01 TO ]");
    assertEquals("date:[2015-07-01 TO ".length(), e.position(), e.getMessage());
    assertTrue(e.getMessage().contains("an open end of a range is written *"), e.getMessage());
  }

  /** The offset is where the second operator starts, not the space before it. */
  @Test
  void testDoubledOperatorStrictOffset() throws IOException {
    assertEquals(Set.of("a1", "a4"), ids("بوتين AND AND"));
    assertEquals(10, strictError("بوتين AND AND كيم").position());
    assertEquals(0, strictError("AND كيم").position());
  }

  @Test
  void testBadDateIsErrorStrictAndNoMatchLenient() throws IOException {
    QueryParseException e = strictError("date:[2015-13-01 TO *]");
    assertEquals(true, e.getMessage().contains("not a date"), e.getMessage());
    assertEquals(Set.of(), ids("date:[2015-13-01 TO *]"));
  }

  @Test
  void testRangeOnTextFieldIsRejected() {
    strictError("title:[a TO b]");
  }

  @Test
  void testInterrogativesAreDroppedOutsidePhrases() {
    assertEquals(terms("الهلال"), terms("متى الهلال؟"));
    assertEquals(terms("الهلال"), terms("كيف الهلال كم"));
    try (var analyzer = new org.fahras.analysis.ArabicAnalyzer()) {
      assertEquals(Set.copyOf(AnalyzedTerms.of(analyzer, "body", "كيف الهلال")), terms("\"كيف الهلال\""));
    }
  }

  @Test
  void testDanglingDefiniteArticleIsDropped() {
    assertEquals(terms("الهلال"), terms("- الهلال؟ ال"));
  }

  private static Set<String> terms(String query) {
    Set<org.apache.lucene.index.Term> collected = new java.util.HashSet<>();
    fx.searcher.parser().parse(query, false).visit(org.apache.lucene.search.QueryVisitor.termCollector(collected));
    Set<String> out = new java.util.TreeSet<>();
    collected.forEach(t -> out.add(t.text()));
    return out;
  }

  @Test
  void testRankingNeverChangesTheMatchSet() throws IOException {
    String[] queries = {"كيم جونغ", "\"كيم جونغ أون\"~2", "بوتين NOT موسكو", "الهلال الحكومة", "استراتيج*"};
    for (String q : queries) {
      Set<String> ranked = ids(q);
      var parsed = fx.searcher.parser().parse(q, false);
      Set<String> plain = fx.index.withSearcher(s -> {
        Set<String> out = new java.util.TreeSet<>();
        for (var sd : s.search(parsed, 100).scoreDocs) {
          out.add(s.storedFields().document(sd.doc).get("id"));
        }
        return out;
      });
      assertEquals(plain, ranked, q);
    }
  }

  @Test
  void testBuildAndBagForEvaluation() throws IOException {
    try (var analyzer = new org.fahras.analysis.ArabicAnalyzer()) {
      var ranked = RankedQueryBuilder.build("- متى التقى كيم جونغ؟ ال", analyzer, "title", "body");
      var bag = RankedQueryBuilder.bag("- متى التقى كيم جونغ؟ ال", analyzer, "title", "body");
      Set<org.apache.lucene.index.Term> collected = new java.util.HashSet<>();
      ranked.visit(org.apache.lucene.search.QueryVisitor.termCollector(collected));
      Set<String> rankedTerms = new java.util.TreeSet<>();
      collected.forEach(t -> rankedTerms.add(t.text()));
      assertEquals(new java.util.TreeSet<>(AnalyzedTerms.of(analyzer, "body", "التقى كيم جونغ")), rankedTerms);
      Set<org.apache.lucene.index.Term> bagTerms = new java.util.HashSet<>();
      bag.visit(org.apache.lucene.search.QueryVisitor.termCollector(bagTerms));
      String mata = AnalyzedTerms.single(analyzer, "body", "متى");
      assertEquals(true, bagTerms.contains(new org.apache.lucene.index.Term("body", mata)), bagTerms.toString());
      assertEquals(true, bagTerms.contains(new org.apache.lucene.index.Term("title", "ال")), bagTerms.toString());
    }
  }

  @Test
  void testOnlyQuotedPhrasesAddTheirWordsOneByOne() {
    ArticleQueryParser parser = fx.searcher.parser();
    RankedQueryBuilder phraseTermsOnly = new RankedQueryBuilder(parser, RankedQueryBuilder.Weights.none());
    assertEquals(null, phraseTermsOnly.boosts(parser.parse("الهلال الحكومة", false)));
    assertEquals(Set.of("كيم", "جونغ"),
        termTexts(phraseTermsOnly.boosts(parser.parse("\"كيم جونغ\" بوتين", false))));
  }

  @Test
  void testProximityPairsFollowTheQueryWordOrder() {
    ArticleQueryParser parser = fx.searcher.parser();
    RankedQueryBuilder pairsOnly = new RankedQueryBuilder(parser, new RankedQueryBuilder.Weights(8, 1f, 0f, 1, 0f));
    String[] words = {"فتح", "العثمانيون", "القسطنطينية", "بقيادة", "السلطان", "محمد", "الفاتح"};
    java.util.List<String> analyzed = AnalyzedTerms.of(parser.analyzer(), "body", String.join(" ", words));
    Set<String> expected = new java.util.TreeSet<>();
    for (int i = 0; i + 1 < analyzed.size(); i++) {
      expected.add(analyzed.get(i) + " " + analyzed.get(i + 1));
    }
    Set<String> pairs = new java.util.TreeSet<>();
    pairsOnly.boosts(parser.parse(String.join(" ", words), false)).visit(new org.apache.lucene.search.QueryVisitor() {
      @Override
      public void consumeTerms(org.apache.lucene.search.Query q, org.apache.lucene.index.Term... terms) {
        if (terms.length == 2 && terms[0].field().equals("body")) {
          pairs.add(terms[0].text() + " " + terms[1].text());
        }
      }

      @Override
      public org.apache.lucene.search.QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur o,
          org.apache.lucene.search.Query parent) {
        return this;
      }
    });
    assertEquals(expected, pairs);
  }

  @Test
  void testColloquialInterrogativesAreDropped() {
    ArticleQueryParser parser = fx.searcher.parser();
    assertEquals(termTexts(parser.parse("استقل مصر", false)), termTexts(parser.parse("مين استقل مصر؟", false)));
    assertEquals(termTexts(parser.parse("تقع بيروت", false)), termTexts(parser.parse("وين تقع بيروت", false)));
    assertEquals(termTexts(parser.parse("بدأت الحرب", false)), termTexts(parser.parse("امتى بدأت الحرب", false)));
  }

  private static Set<String> termTexts(org.apache.lucene.search.Query q) {
    Set<org.apache.lucene.index.Term> collected = new java.util.HashSet<>();
    q.visit(org.apache.lucene.search.QueryVisitor.termCollector(collected));
    Set<String> out = new java.util.TreeSet<>();
    collected.forEach(t -> out.add(t.text()));
    return out;
  }

  @Test
  void testSingleDateInArabicIndicDigits() throws IOException {
    assertEquals(ids("date:2015-07-10"), ids("date:٢٠١٥-٠٧-١٠"));
  }

  @Test
  void testBadDateErrorPointsAtTheDate() {
    QueryParseException e = strictError("بوتين AND date:2015-13-01");
    assertEquals("بوتين AND date:".length(), e.position(), e.getMessage());
  }

  /** A filter asked for and not applicable: nothing, not its digits searched unfiltered as words. */
  @Test
  void testInvalidDateFilterMatchesNothingLenient() throws IOException {
    assertEquals(Set.of(), ids("بوتين date:2015-13-01"));
    assertEquals(Set.of(), ids("بوتين date:[2015-07-25 TO 2015-07-21]"));
    assertEquals(Set.of(), ids("بوتين date:2015*"));
    assertEquals(Set.of(), ids("بوتين date:[2015 TO"), "an unclosed range is a filter asked for too");
    QueryParseException e = strictError("بوتين date:2015*");
    assertEquals("بوتين date:".length(), e.position(), e.getMessage());
  }

  @Test
  void testFieldWithSpaceBeforeItsValue() throws IOException {
    assertEquals(Set.of("a1", "a4"), ids("person: بوتين"));
    assertEquals(ids("title:بوتين"), ids("title:  بوتين"));
  }

  @Test
  void testFieldWithoutValueIsErrorStrictAndDroppedLenient() throws IOException {
    QueryParseException e = strictError("بوتين person:");
    assertEquals("بوتين ".length(), e.position(), e.getMessage());
    assertTrue(e.getMessage().contains("the field 'person:' has no value after it"), e.getMessage());
    assertEquals(ids("بوتين"), ids("بوتين person:"));
    assertEquals(Set.of(), ids("person:"));
  }

  @Test
  void testDanglingOperatorIsNotSearchedAsAWord() throws IOException {
    assertEquals(ids("بوتين"), ids("بوتين AND"));
    assertEquals(ids("بوتين"), ids("بوتين OR"));
  }
}
