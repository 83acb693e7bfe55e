package org.fahras.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The terms of a query outside NOT clauses, per default field: all of them in the order written
 * (repeats next to each other removed), and those that stand in phrases.
 *
 * @param inOrder per field, the terms in the order written
 * @param inPhrases per field, the terms that stand in a quoted phrase
 */
record PositiveTerms(Map<String, List<String>> inOrder, Map<String, Set<String>> inPhrases) {

  static PositiveTerms of(Query query, Set<String> fields) {
    Map<String, List<String>> inOrder = new LinkedHashMap<>();
    Map<String, Set<String>> inPhrases = new LinkedHashMap<>();
    inQueryOrder(query, new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return fields.contains(field);
      }

      @Override
      public void consumeTerms(Query q, Term... terms) {
        for (Term t : terms) {
          // analyzed terms are valid UTF-8: no need for Term.text()'s checking decoder
          String text = t.bytes().utf8ToString();
          List<String> list = inOrder.computeIfAbsent(t.field(), f -> new ArrayList<>());
          if (list.isEmpty() || !list.get(list.size() - 1).equals(text)) {
            list.add(text);
          }
          if (q instanceof PhraseQuery || q instanceof MultiPhraseQuery) {
            inPhrases.computeIfAbsent(t.field(), f -> new LinkedHashSet<>()).add(text);
          }
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return new PositiveTerms(inOrder, inPhrases);
  }

  /**
   * Visits the clauses of Boolean queries in the order they were written ({@link
   * BooleanQuery#visit} goes through a hash multiset, which would pair words that are not
   * adjacent in the query), skipping MUST_NOT clauses.
   */
  private static void inQueryOrder(Query query, QueryVisitor visitor) {
    if (query instanceof BooleanQuery bq) {
      for (BooleanClause c : bq.clauses()) {
        if (c.occur() != BooleanClause.Occur.MUST_NOT) {
          inQueryOrder(c.query(), visitor);
        }
      }
    } else if (query instanceof BoostQuery bq) {
      inQueryOrder(bq.getQuery(), visitor);
    } else {
      query.visit(visitor);
    }
  }
}
