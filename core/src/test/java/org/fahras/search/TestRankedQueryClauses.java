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
import org.apache.lucene.search.PhraseQuery;
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
  void testOneWordOrOnePhraseHasNoRankingClauses() {
    RankedQueryBuilder.Weights w = RankedQueryBuilder.Weights.defaults();
    assertNull(boosts(w, "الهلال"));
    assertNull(boosts(w, "\"كيم جونغ أون\""));
    assertNull(boosts(w, "«كيم جونغ أون»~2"));
    assertNull(boosts(w, "الهلال source:okaz"));
    assertNull(boosts(w, "الهلال الهلال"));
    assertNotNull(boosts(w, "الهلال الأهلي"));
    assertNotNull(boosts(w, "\"كيم جونغ\" بوتين"));
  }

  @Test
  void testNoProximityPairInsideAQuotedPhrase() {
    RankedQueryBuilder.Weights pairsOnly = new RankedQueryBuilder.Weights(8, 1f, 0f, 1, 0f);
    Set<String> pairs = new TreeSet<>();
    Query q = boosts(pairsOnly, "\"كيم جونغ\" بوتين");
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        if (query instanceof PhraseQuery && terms[0].field().equals("body")) {
          pairs.add(terms[0].text() + " " + terms[1].text());
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    List<String> t = AnalyzedTerms.of(fx.searcher.parser().analyzer(), "body", "كيم جونغ بوتين");
    assertEquals(Set.of(t.get(1) + " " + t.get(2)), pairs);
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
