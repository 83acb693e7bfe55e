package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Explanation;
import org.fahras.index.Article;
import org.fahras.index.ArticleIndex;
import org.junit.jupiter.api.Test;

/** Paging, cursors, sorting, totals, explain, facets, drill-down, did-you-mean and bad input. */
class TestSearchResults {

  @Test
  void testFromAndSize() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      String q = "بوتين OR الهلال OR الحكومة OR الكتاب";
      List<String> all = SearchFixture.ranked(fx.searcher.search(q, SearchOptions.defaults().withPage(0, 10)));
      assertEquals(5, all.size());
      List<String> page = SearchFixture.ranked(fx.searcher.search(q, SearchOptions.defaults().withPage(2, 2)));
      assertEquals(all.subList(2, 4), page);
      assertEquals(3, fx.searcher.search(q, SearchOptions.defaults().withPage(2, 2)).hits().get(0).rank());
    }
  }

  @Test
  void testCursorWalksAllHitsInOrder() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      String q = "بوتين OR الهلال OR الحكومة OR الكتاب";
      for (SortOrder order : SortOrder.values()) {
        SearchOptions first = SearchOptions.defaults().withSort(order).withPage(0, 10);
        List<String> all = SearchFixture.ranked(fx.searcher.search(q, first));
        List<String> walked = new ArrayList<>();
        for (SearchResults page : pages(fx.searcher, q, first.withPage(0, 2))) {
          walked.addAll(SearchFixture.ranked(page));
        }
        assertEquals(all, walked, order.toString());
      }
    }
  }

  @Test
  void testCursorCrossesTheRescoreWindow() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      int n = ArticleSearcher.RESCORE_WINDOW + 37;
      for (int i = 0; i < n; i++) {
        String body = (i % 3 == 0 ? "كيم جونغ" : "جونغ في المطار ثم كيم") + " خبر" + " كلمة".repeat(i % 11);
        index.add(Article.of("d" + i, i % 5 == 0 ? "كيم" : "", body));
      }
      index.commit();
      ArticleSearcher searcher = new ArticleSearcher(index);
      List<String> all = SearchFixture.ranked(searcher.search("كيم جونغ", SearchOptions.defaults().withPage(0, n)));
      assertEquals(n, all.size());
      assertEquals(n, Set.copyOf(all).size());
      List<String> walked = new ArrayList<>();
      for (SearchResults page : pages(searcher, "كيم جونغ", SearchOptions.defaults().withPage(0, 7))) {
        walked.addAll(SearchFixture.ranked(page));
      }
      assertEquals(all, walked);
    }
  }

  @Test
  void testTheLastPageHasNoCursor() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      String q = "بوتين OR الهلال OR الحكومة OR الكتاب";
      for (SortOrder order : SortOrder.values()) {
        SearchOptions all = SearchOptions.defaults().withSort(order).withPage(0, 100);
        SearchResults everything = fx.searcher.search(q, all);
        int total = everything.hits().size();
        assertTrue(total >= 3, "the fixture has several hits: " + total);
        assertNull(everything.nextCursor(), "a page shorter than its size is the last");
        assertNull(fx.searcher.search(q, all.withPage(0, total)).nextCursor(),
            order + ": a full page ending at the exact total is the last");
        assertNotNull(fx.searcher.search(q, all.withPage(0, total - 1)).nextCursor(), order.toString());
      }
    }
  }

  /** Walks every page of {@code size} hits with cursors; returns the pages. */
  private static List<SearchResults> pages(ArticleSearcher searcher, String q, SearchOptions first) throws IOException {
    List<SearchResults> pages = new ArrayList<>();
    SearchOptions options = first;
    for (int guard = 0; guard < 100; guard++) {
      SearchResults page = searcher.search(q, options);
      pages.add(page);
      if (page.nextCursor() == null) {
        return pages;
      }
      options = options.withAfter(page.nextCursor());
    }
    throw new AssertionError("more than 100 pages");
  }

  @Test
  void testPagesWalkedByCursorEndExactlyAtTheLastHitAndRankOn() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      String q = "بوتين OR الهلال OR الحكومة OR الكتاب";
      for (SortOrder order : SortOrder.values()) {
        SearchOptions all = SearchOptions.defaults().withSort(order).withPage(0, 100);
        int total = fx.searcher.search(q, all).hits().size();
        assertTrue(total >= 4, "the fixture has several hits: " + total);
        // page sizes that divide the total evenly or not, and one page short of it
        for (int size : new int[] {1, 2, total - 1}) {
          List<SearchResults> pages = pages(fx.searcher, q, all.withPage(0, size));
          List<Integer> ranks = pages.stream().flatMap(p -> p.hits().stream()).map(SearchHit::rank).toList();
          assertEquals(java.util.stream.IntStream.rangeClosed(1, total).boxed().toList(), ranks,
              order + ", pages of " + size + ": ranks run on across cursor pages");
          assertFalse(pages.get(pages.size() - 1).hits().isEmpty(),
              order + ", pages of " + size + ": the last cursor leads to hits, never to an empty page");
        }
      }
    }
  }

  @Test
  void testACursorPagesOnFromWhereTheFirstPageEndedWhateverItsFrom() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      String q = "بوتين OR الهلال OR الحكومة OR الكتاب";
      for (SortOrder order : SortOrder.values()) {
        SearchOptions all = SearchOptions.defaults().withSort(order).withPage(0, 100);
        List<String> everything = SearchFixture.ranked(fx.searcher.search(q, all));
        List<SearchResults> pages = pages(fx.searcher, q, all.withPage(1, 2)); // --from 1 --size 2, kept on every page
        List<String> walked = new ArrayList<>();
        for (SearchResults page : pages) {
          walked.addAll(SearchFixture.ranked(page));
        }
        assertEquals(everything.subList(1, everything.size()), walked, order.toString());
        assertEquals(2, pages.get(0).hits().get(0).rank(), order.toString());
      }
    }
  }

  @Test
  void testACursorWithoutRankStillParses() {
    SearchCursor old = SearchCursor.parse("n1437004800.77");
    assertEquals(new SearchCursor(SortOrder.NEWEST, 1437004800L, 77, 0), old);
    assertEquals(new SearchCursor(SortOrder.OLDEST, -5L, 3, 20), SearchCursor.parse("o-5.3.20"));
    assertEquals("r3f800000.12.40", SearchCursor.parse("r3f800000.12.40").toString());
    assertThrows(IllegalArgumentException.class, () -> SearchCursor.parse("n1.2.3.4"));
    assertThrows(IllegalArgumentException.class, () -> SearchCursor.parse("n1.-2"));
  }

  @Test
  void testCursorOfAnotherSortIsRejected() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      String cursor = fx.searcher.search("بوتين", SearchOptions.defaults().withPage(0, 1)).nextCursor();
      assertThrows(IllegalArgumentException.class,
          () -> SearchOptions.defaults().withSort(SortOrder.NEWEST).withAfter(cursor));
      assertThrows(IllegalArgumentException.class, () -> SearchOptions.defaults().withAfter("x.1"));
    }
  }

  @Test
  void testSortByDate() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      String q = "بوتين OR الهلال OR الحكومة OR الكتاب";
      assertEquals(List.of("a1", "a3", "a4", "a2", "a5"),
          SearchFixture.ranked(fx.searcher.search(q, SearchOptions.defaults().withSort(SortOrder.NEWEST))));
      assertEquals(List.of("a2", "a4", "a3", "a1", "a5"),
          SearchFixture.ranked(fx.searcher.search(q, SearchOptions.defaults().withSort(SortOrder.OLDEST))));
      SearchHit hit = fx.searcher.search(q, SearchOptions.defaults().withSort(SortOrder.NEWEST)).hits().get(0);
      assertTrue(hit.score() > 0, "scores are computed in date order too");
    }
  }

  @Test
  void testTotalHitsExactUpToThresholdThenAtLeast() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      int n = ArticleSearcher.TOTAL_HITS_THRESHOLD + 200;
      for (int i = 0; i < n; i++) {
        index.add(Article.of("d" + i, "خبر", (i % 2 == 0 ? "خبر عاجل رقم " : "خبر جديد رقم ") + i));
      }
      index.commit();
      ArticleSearcher searcher = new ArticleSearcher(index);
      // two words, neither in every article: no segment can count the matches without visiting them
      SearchResults many = searcher.search("عاجل جديد", 10);
      assertFalse(many.totalHitsExact());
      assertTrue(many.totalHits() >= ArticleSearcher.TOTAL_HITS_THRESHOLD && many.totalHits() <= n);
      assertTrue(many.totalHitsText().startsWith("at least "), many.totalHitsText());
      SearchResults faceted = searcher.search("عاجل جديد", SearchOptions.defaults().withFacets(true));
      assertTrue(faceted.totalHitsExact(), "facet counting sees every match");
      assertEquals(n, faceted.totalHits());
      SearchResults all = searcher.search("*", 10);
      assertTrue(all.totalHitsExact(), "* is counted from the index, not bounded");
      assertEquals(n, all.totalHits());
      SearchResults one = searcher.search("\"رقم 7\"", 10);
      assertTrue(one.totalHitsExact());
      assertEquals(1, one.totalHits());
      assertEquals("1", one.totalHitsText());
    }
  }

  @Test
  void testExplainOneHit() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      SearchHit top = fx.searcher.search("بوتين", 1).hits().get(0);
      Explanation e = fx.searcher.explain("بوتين", top.id(), SearchOptions.defaults()).orElseThrow();
      assertTrue(e.isMatch());
      assertEquals(top.score(), e.getValue().floatValue(), 1e-5);
      assertTrue(fx.searcher.explain("بوتين", "no-such-id", SearchOptions.defaults()).isEmpty());
    }
  }

  @Test
  void testHighlightsOnlyTheMatchedArticleWord() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      SearchHit hit = fx.searcher.search("الباقين", 1).hits().get(0);
      assertEquals("a3", hit.id());
      assertTrue(hit.snippet().contains("<mark>الباقين</mark>"), hit.snippet());
      assertEquals(1, hit.snippet().split("<mark>", -1).length - 1, hit.snippet());
    }
  }

  @Test
  void testHighlightMarksWholeOriginalWords() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      index.add(Article.of("d", "عنوان", "قال الرَّئِيسُ إن بوتيـــن وصل <اليوم> & غادر."));
      index.commit();
      ArticleSearcher searcher = new ArticleSearcher(index);
      String html = searcher.search("الرئيس بوتين", 1).hits().get(0).snippet();
      assertTrue(html.contains("<mark>الرَّئِيسُ</mark>"), html);
      assertTrue(html.contains("<mark>بوتيـــن</mark>"), html);
      assertTrue(html.contains("&lt;اليوم&gt; &amp;"), html);
      String plain = searcher.search("الرئيس", SearchOptions.defaults().withHighlight(HighlightFormat.PLAIN))
          .hits().get(0).snippet();
      assertTrue(plain.contains("[الرَّئِيسُ]") && plain.contains("<اليوم>"), plain);
    }
  }

  @Test
  void testSnippetNeverCutsAWordOrASurrogatePair() throws IOException {
    StringBuilder body = new StringBuilder();
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String w = (i % 7 == 0 ? "😀كلمة" : "كلمة") + i;
      words.add(w);
      body.append(w).append(' ');
    }
    body.append("الهدف ");
    for (int i = 0; i < 400; i++) {
      body.append("نص").append(i).append("😀 ");
      words.add("نص" + i + "😀");
    }
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      index.add(Article.of("d", "", body.toString()));
      index.commit();
      String snippet = new ArticleSearcher(index).search("الهدف", 1).hits().get(0).snippet();
      assertTrue(snippet.contains("<mark>الهدف</mark>"), snippet);
      assertTrue(snippet.length() <= SnippetHighlighter.MAX_PASSAGE_CHARS + 40, snippet);
      TestQueryParserRandom.assertNoUnpairedSurrogate(snippet);
      for (String w : snippet.replace("<mark>", "").replace("</mark>", "").split(" ")) {
        assertTrue(w.equals("\u2026") || w.equals("الهدف") || words.contains(w), "cut word '" + w + "' in " + snippet);
      }
    }
  }

  @Test
  void testFacetsBySourceAndDate() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      SearchResults r = fx.searcher.search("بوتين OR الهلال OR الحكومة OR الكتاب",
          SearchOptions.defaults().withPage(0, 1).withFacets(true));
      assertEquals(List.of(new FacetCount("okaz", 2), new FacetCount("aljazeera", 1), new FacetCount("alriyadh", 1)),
          r.facets().sources());
      assertEquals(List.of(new FacetCount("2015-07-10", 1), new FacetCount("2015-07-31", 1),
          new FacetCount("2015-08-02", 1), new FacetCount("2024-06-19", 1)), r.facets().days());
      assertEquals(List.of(new FacetCount("2015-07", 2), new FacetCount("2015-08", 1), new FacetCount("2024-06", 1)),
          r.facets().months());
      assertEquals(FacetCounts.NONE, fx.searcher.search("بوتين", 10).facets());
    }
  }

  @Test
  void testDrillDownBySourceAndDay() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      String q = "بوتين OR الهلال OR الحكومة OR الكتاب";
      SearchResults bySource = fx.searcher.search(q, SearchOptions.defaults().withSources(Set.of("okaz")).withFacets(true));
      assertEquals(Set.of("a2", "a4"), SearchFixture.ids(bySource));
      assertEquals(List.of(new FacetCount("okaz", 2)), bySource.facets().sources());
      LocalDate day = LocalDate.of(2015, 7, 31);
      assertEquals(Set.of("a4"), SearchFixture.ids(fx.searcher.search(q, SearchOptions.defaults().withDates(day, day))));
    }
  }

  @Test
  void testDidYouMeanForAnUnknownWord() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      SearchResults r = fx.searcher.search("بوتبن", 10);
      assertEquals(0, r.totalHits());
      assertEquals("بوتين", r.suggestion());
      assertEquals(2, fx.searcher.search(r.suggestion(), 10).totalHits());
      assertNull(fx.searcher.search("بوتين", 10).suggestion());
    }
  }

  @Test
  void testDidYouMeanShowsTheWordAsTheArticlesSpellIt() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      index.add(Article.of("i1", "خبر", "قالت إسرائيل إن إسرائيل لن تنسحب، وقال مسؤول في وإسرائيل"));
      index.add(Article.of("i2", "خبر", "زار الوفد إسرائيل أمس"));
      index.commit();
      SearchResults r = new ArticleSearcher(index).search("اسرائبل", 10);
      assertEquals("إسرائيل", r.suggestion(), "not the normalized term اسراءيل");
      assertEquals("وإسرائيل", new ArticleSearcher(index).search("وإسرائبل", 10).suggestion(),
          "the spelling closest to the word as typed");
    }
  }

  @Test
  void testASnippetDoesNotEndOnTheTextsLineBreaks() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      index.add(Article.of("s1", "خبر", "قال الوزير إن الميزانية زادت.\n\n "));
      index.commit();
      String snippet = new ArticleSearcher(index).search("الميزانية", 10).hits().get(0).snippet();
      assertEquals(snippet.strip(), snippet);
      assertTrue(snippet.contains("<mark>الميزانية</mark>"), snippet);
    }
  }

  @Test
  void testSourceFacetsCountASourceOnceWhateverItsLetterCase() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      String[] sources = {"spa", "spa", "SPA", "okaz"};
      for (int i = 0; i < sources.length; i++) {
        index.add(new Article("f" + i, "خبر", "نص الخبر", null, sources[i], null, null));
      }
      index.commit();
      SearchResults r = new ArticleSearcher(index).search("خبر", SearchOptions.defaults().withFacets(true));
      assertEquals(List.of(new FacetCount("spa", 3), new FacetCount("okaz", 1)), r.facets().sources());
    }
  }

  @Test
  void testNoDidYouMeanForAFuzzyOrPrefixWord() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      SearchResults fuzzy = fx.searcher.search("يانع~ بوتبن", 10);
      assertEquals("يانع~ بوتين", fuzzy.suggestion()); // only the plain word is corrected
      assertNull(fx.searcher.search("بوتبن~", 10).suggestion());
      assertNull(fx.searcher.search("بوتبنن*", 10).suggestion());
    }
  }

  @Test
  void testNoDidYouMeanForAWordOfATitle() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      SearchResults r = fx.searcher.search("الاقتصادية", 10); // in a2's title only; its body has الاقتصاد
      assertEquals(1, r.totalHits());
      assertNull(r.suggestion());
    }
  }

  @Test
  void testNoDidYouMeanInsideAFieldScopedPhrase() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      SearchResults r = fx.searcher.search("title:\"كيم بوتبن\"", 10);
      assertEquals(0, r.totalHits());
      assertNull(r.suggestion());
      assertEquals("كيم بوتين", fx.searcher.search("كيم بوتبن", 10).suggestion()); // the same words unscoped
    }
  }

  @Test
  void testBadInputGivesNoHits() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      String tenThousand = "بوتين ".repeat(2000);
      String[] inputs = {"", "   ", "في من على", "؟؟؟ ،،، ؛ !!", "\u0000\u0001\u001b", "\uD800 \uDC00", "(((", "\"",
          "AND OR NOT", "- - -", ":::", "**", "~", "[", "date:[", "title:"};
      for (String q : inputs) {
        SearchResults r = fx.searcher.search(q, 10);
        assertEquals(0, r.totalHits(), () -> "'" + q + "'");
      }
      assertEquals(2, fx.searcher.search(tenThousand, 10).totalHits());
      QueryParseException tooLong = assertThrows(QueryParseException.class,
          () -> fx.searcher.search(tenThousand, SearchOptions.defaults().withStrict(true)));
      assertEquals(ArticleQueryParser.MAX_QUERY_CHARS, tooLong.position());
      assertEquals(1, assertThrows(QueryParseException.class,
          () -> fx.searcher.search("a\u0001b", SearchOptions.defaults().withStrict(true))).position());
      assertEquals(2, assertThrows(QueryParseException.class,
          () -> fx.searcher.search("ab\uD800", SearchOptions.defaults().withStrict(true))).position());
    }
  }

  @Test
  void testTheNameAliTypedWithYehIsSearchedThePrepositionIsNot() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(ArticleIndex.Options.withoutEntities())) {
      index.add(Article.of("ali", "", "التقى علي عبدالله صالح قادة الحوثيين في صنعاء"));
      index.add(Article.of("other", "", "اجتمع القادة في صنعاء"));
      ArticleSearcher searcher = new ArticleSearcher(index);
      assertEquals(List.of("ali"), SearchFixture.ranked(searcher.search("علي", 10)));
      assertEquals(List.of("ali"), SearchFixture.ranked(searcher.search("علي AND صنعاء", 10)));
      assertEquals(List.of(), SearchFixture.ranked(searcher.search("على", 10)), "the preposition is a stopword");
      assertTrue(Stopwords.isTypedName("عَلِيّ"));
      assertFalse(Stopwords.isTypedName("على"));
      assertTrue(Stopwords.isTypedName("علـــي"));
      assertEquals(List.of("ali"), SearchFixture.ranked(searcher.search("علی", 10)), "Persian yeh");
    }
  }

  @Test
  void testStarMatchesEveryArticleAndTakesFilters() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      assertEquals(Set.of("a1", "a2", "a3", "a4", "a5"), fx.ids("*"));
      assertEquals(Set.of("a1", "a2", "a3", "a4", "a5"), fx.ids(" *:* "));
      assertEquals(List.of("a1", "a3", "a4", "a2", "a5"), SearchFixture.ranked(
          fx.searcher.search("*", SearchOptions.defaults().withSort(SortOrder.NEWEST))));
      assertEquals(Set.of("a2", "a4"), SearchFixture.ids(
          fx.searcher.search("*:*", SearchOptions.defaults().withSources(Set.of("okaz")).withStrict(true))));
      assertEquals(Set.of("a1"), fx.ids("* بيونغ")); // a star beside words is no match-all
    }
  }

  @Test
  void testAFarPageOfASmallIndexIsEmptyWithoutSizingAHugeQueue() throws IOException {
    try (SearchFixture fx = new SearchFixture()) {
      // a queue of from + size hits would need gigabytes: the collector is bounded by the index's size
      SearchResults far = fx.searcher.search("بوتين", SearchOptions.defaults().withPage(2_000_000_000, 10));
      assertEquals(List.of(), far.hits());
      assertEquals(2, far.totalHits());
      assertNull(far.nextCursor());
    }
  }

  @Test
  void testAParseErrorQuotesALongQueryCut() {
    String query = "بوتين ".repeat(100) + "(" + " موسكو".repeat(100);
    QueryParseException e = assertThrows(QueryParseException.class,
        () -> new ArticleQueryParser(new org.fahras.analysis.ArabicAnalyzer(), ArticleQueryParser.titleAndBody(), t -> false)
            .parse(query, true));
    String quoted = e.getMessage().substring(e.getMessage().indexOf(" in: ") + 5);
    assertTrue(quoted.length() <= QueryParseException.QUOTED_CHARS + 2, quoted);
    assertTrue(quoted.startsWith("…") || quoted.endsWith("…"), quoted);
    assertTrue(query.contains(quoted.replace("…", "")), quoted);
  }

  @Test
  void testProximityRanksAdjacentWordsFirst() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      index.add(Article.of("scattered", "", "كيم في المطار ثم اجتمع الوفد طويلا مع الرئيس جونغ لاحقا"));
      index.add(Article.of("together", "", "جونغ في المطار ثم اجتمع الوفد طويلا مع الرئيس كيم جونغ لاحقا"));
      index.add(Article.of("other", "", "خبر آخر"));
      index.commit();
      ArticleSearcher searcher = new ArticleSearcher(index);
      List<String> ranked = SearchFixture.ranked(searcher.search("كيم جونغ", 10));
      assertEquals(List.of("together", "scattered"), ranked);
      assertNotNull(searcher.toQuery("كيم جونغ", SearchOptions.defaults()));
    }
  }

  @Test
  void testDatesWithoutTimeZoneShift() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      index.add(new Article("late", "", "خبر", LocalDateTime.of(2015, 7, 31, 23, 59, 59), null, null, null));
      index.commit();
      ArticleSearcher searcher = new ArticleSearcher(index);
      assertEquals(1, searcher.search("date:2015-07-31", 10).totalHits());
      assertEquals(0, searcher.search("date:2015-08-01", 10).totalHits());
    }
  }

  @Test
  void testQueriesPastTheClauseLimit() throws IOException {
    int limit = org.apache.lucene.search.IndexSearcher.getMaxClauseCount();
    try (SearchFixture fx = new SearchFixture()) {
      org.apache.lucene.search.IndexSearcher.setMaxClauseCount(8);
      String words = "الهلال الاهلي الملعب المطار الرئيس الحكومة الطاقة الكتاب المكتبة الجديد";
      for (String q : new String[] {words, words.replace(" ", "~ ") + "~", words.replace(" ", "* ") + "*"}) {
        SearchResults r = fx.searcher.search(q, 10);
        assertTrue(r.totalHits() >= 0);
        try {
          fx.searcher.search(q, SearchOptions.defaults().withStrict(true));
        } catch (QueryParseException e) {
          assertEquals(-1, e.position(), e.getMessage());
        }
      }
    } finally {
      org.apache.lucene.search.IndexSearcher.setMaxClauseCount(limit);
    }
  }
}
