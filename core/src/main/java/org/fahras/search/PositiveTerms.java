package org.fahras.search;

import java.util.ArrayList;
import java.util.IdentityHashMap;
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
 * The terms of a query outside NOT clauses, per default field, as {@link RankedQueryBuilder}
 * needs them: all of them in the order written (repeats next to each other removed), each with
 * the quoted phrase it stands in; the terms that stand in phrases; and the number of query units
 * (distinct free words and distinct phrases, over all default fields).
 *
 * @param inOrder per field, the terms in the order written
 * @param inPhrases per field, the terms that stand in a quoted phrase
 * @param units distinct words outside phrases plus distinct phrases (a phrase searched in title and
 *     body counts once)
 */
record PositiveTerms(Map<String, List<Occurrence>> inOrder, Map<String, Set<String>> inPhrases, int units) {

  /**
   * One term of the query.
   *
   * @param text the analyzed term
   * @param phrase the number of the phrase query it stands in, or -1 for a free word
   */
  record Occurrence(String text, int phrase) {
    /** Whether both terms stand in the same quoted phrase. */
    boolean samePhrase(Occurrence other) {
      return phrase >= 0 && phrase == other.phrase;
    }
  }

  static PositiveTerms of(Query query, Set<String> fields) {
    Map<String, List<Occurrence>> inOrder = new LinkedHashMap<>();
    Map<String, Set<String>> inPhrases = new LinkedHashMap<>();
    Map<Query, Integer> phraseIds = new IdentityHashMap<>();
    Map<Query, StringBuilder> phraseKeys = new IdentityHashMap<>();
    Set<String> freeWords = new LinkedHashSet<>();
    inQueryOrder(query, new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return fields.contains(field);
      }

      @Override
      public void consumeTerms(Query q, Term... terms) {
        boolean phrase = q instanceof PhraseQuery || q instanceof MultiPhraseQuery;
        int id = phrase ? phraseIds.computeIfAbsent(q, k -> phraseIds.size()) : -1;
        for (Term t : terms) {
          List<Occurrence> list = inOrder.computeIfAbsent(t.field(), f -> new ArrayList<>());
          if (list.isEmpty() || !list.get(list.size() - 1).text().equals(t.text())) {
            list.add(new Occurrence(t.text(), id));
          }
          if (phrase) {
            inPhrases.computeIfAbsent(t.field(), f -> new LinkedHashSet<>()).add(t.text());
          } else {
            freeWords.add(t.text());
          }
        }
        if (phrase) {
          StringBuilder key = phraseKeys.computeIfAbsent(q, k -> new StringBuilder());
          for (Term t : terms) {
            key.append(t.text()).append('|');
          }
          key.append(' ');
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    Set<String> phrases = new LinkedHashSet<>();
    phraseKeys.values().forEach(k -> phrases.add(k.toString()));
    return new PositiveTerms(inOrder, inPhrases, freeWords.size() + phrases.size());
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
