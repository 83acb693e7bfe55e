package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which ranking clauses {@link RankedQueryBuilder#boosts} makes, and that rescoring keeps the full query's order. */
class TestRankedQueryClauses {
  private static SearchFixture fx;

  @BeforeAll
  static void open() throws IOException {
    fx = new SearchFixture();
  }

  @AfterAll
  static void close() throws IOException {
    fx.close();
  }

  private static Query boosts(RankedQueryBuilder.Weights weights, String query) {
    ArticleQueryParser parser = fx.searcher.parser();
    return new RankedQueryBuilder(parser, weights).boosts(parser.parse(query, false));
  }

  @Test
  void testOneWordKeepsOnlyItsLeadClause() {
    Query q = boosts(RankedQueryBuilder.Weights.defaults(), "الهلال");
    List<String> kinds = new ArrayList<>();
    for (BooleanClause c : ((org.apache.lucene.search.BooleanQuery) q).clauses()) {
      kinds.add(((org.apache.lucene.search.BoostQuery) c.query()).getQuery().getClass().getSimpleName());
    }
    assertEquals(List.of("SpanFirstQuery"), kinds);
    assertNull(boosts(new RankedQueryBuilder.Weights(8, 0.2f, 0.5f, 12, 0f), "الهلال"));
    assertNotNull(boosts(new RankedQueryBuilder.Weights(8, 0.2f, 0.5f, 12, 0f), "الهلال الأهلي"));
  }

  @Test
  void testNoCoverageClauseForAWordEveryMatchHas() {
    RankedQueryBuilder.Weights coverageOnly = new RankedQueryBuilder.Weights(8, 0f, 1f, 1, 0f);
    Set<String> covered = new TreeSet<>();
    boosts(coverageOnly, "الهلال AND (النصر OR الاتحاد) NOT الأهلي").visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) {
          covered.add(t.text());
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this; // with these weights only coverage clauses are made
      }
    });
    var analyzer = fx.searcher.parser().analyzer();
    assertEquals(new TreeSet<>(List.of(AnalyzedTerms.single(analyzer, "body", "النصر"),
        AnalyzedTerms.single(analyzer, "body", "الاتحاد"))), covered);
  }

  @Test
  void testSearchOrderIsTheFullRankedQueryOrder() throws IOException {
    String[] queries = {"كيم جونغ", "بوتين كيم المطار", "\"كيم جونغ\" بوتين", "الهلال الأهلي مباراة",
        "الرئيس بوتين OR الحكومة"};
    RankedQueryBuilder ranked = new RankedQueryBuilder(fx.searcher.parser(), RankedQueryBuilder.Weights.defaults());
    for (String q : queries) {
      List<String> expected = fx.index.withSearcher(s -> {
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : s.search(ranked.build(q, false), 10).scoreDocs) {
          out.add(s.storedFields().document(sd.doc).get("id"));
        }
        return out;
      });
      assertEquals(expected, SearchFixture.ranked(fx.searcher.search(q, 10)), q);
    }
  }
}
