package org.fahras.search;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.search.Query;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.tests.util.TestUtil;
import org.fahras.analysis.ArabicAnalyzer;

/**
 * Throws thousands of random strings, mixed Arabic, Latin, query syntax, punctuation, control
 * characters and unpaired surrogates, at the parser and the searcher (Lucene's randomized testing:
 * a failure prints the seed to reproduce it with {@code -Dtests.seed=...}).
 */
public class TestQueryParserRandom extends LuceneTestCase {
  private static final String[] PIECES = {
    "بوتين", "الاستراتيجية", "استراتيج*", "و", "أو", "الهلال", "كيم", "جونغ", "أون", "الباقين", "ال",
    "putin", "AND", "OR", "NOT", "TO", "+", "-", "- ", "(", ")", "\"", "“", "”", "«", "»", ":", "*", "~",
    "~2", "[", "]", "{", "}", "^", "^2", "\\", "/", "!", "&&", "||", "?", "؟", "،", "؛", "title:", "body:",
    "source:", "author:", "id:", "date:", "date:[2015-07-01 TO *]", "date:[", "2015-07-01", "titel:", "\t",
    "\n", "\u0000", "\u001b", "\uD800", "\uDC00", "😀", "ـــ", "\u064E", "\u200C", "ﻻ", " ", " ", " "
  };

  private static String randomQuery(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return TestUtil.randomUnicodeString(r, 40);
      case 1:
        return TestUtil.randomRealisticUnicodeString(r, 0, 40);
      default:
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
          b.append(PIECES[r.nextInt(PIECES.length)]);
          if (r.nextBoolean()) {
            b.append(' ');
          }
        }
        if (r.nextInt(20) == 0) {
          b.append((char) r.nextInt(0x10000));
        }
        return b.toString();
    }
  }

  public void testRewriterKeepsLengthAndOffsets() {
    Random r = random();
    for (int i = 0; i < 2000 * RANDOM_MULTIPLIER; i++) {
      String q = randomQuery(r);
      assertEquals(q, q.length(), QuerySyntaxRewriter.rewrite(q, false).length());
    }
  }

  public void testLenientNeverThrowsStrictThrowsOnlyQueryParseException() {
    Random r = random();
    try (ArabicAnalyzer analyzer = new ArabicAnalyzer()) {
      ArticleQueryParser parser = new ArticleQueryParser(analyzer);
      RankedQueryBuilder ranked = new RankedQueryBuilder(parser, RankedQueryBuilder.Weights.defaults());
      for (int i = 0; i < 5000 * RANDOM_MULTIPLIER; i++) {
        String q = randomQuery(r);
        Query lenient = ranked.build(q, false);
        assertNotNull(q, lenient);
        try {
          assertNotNull(q, parser.parse(q, true));
        } catch (QueryParseException e) {
          assertTrue(q + " -> " + e.position(), e.position() >= -1 && e.position() <= q.length());
        }
      }
    }
  }

  public void testSearchNeverThrowsInLenientMode() throws IOException {
    Random r = random();
    try (SearchFixture fx = new SearchFixture()) {
      SearchOptions options = SearchOptions.defaults().withFacets(true);
      for (int i = 0; i < 500 * RANDOM_MULTIPLIER; i++) {
        String q = randomQuery(r);
        SearchResults results = fx.searcher.search(q, options);
        assertTrue(q, results.totalHits() >= results.hits().size());
        for (SearchHit h : results.hits()) {
          assertNoUnpairedSurrogate(h.snippet());
        }
      }
    }
  }

  static void assertNoUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(s, i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)));
        i++;
      } else {
        assertFalse(s, Character.isLowSurrogate(c));
      }
    }
  }
}
