package org.fahras.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanFirstQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The optional ranking clauses of one parsed query ({@link RankedQueryBuilder#clauses}), as data:
 * in the order {@link RankedQueryBuilder} makes them. Two readings of the same clauses, with the
 * same scores: {@link #toQuery()}, one Lucene disjunction (for the single ranked query, explain and
 * Lucene's {@code QueryRescorer}), and {@link #rescore}, which reads each query term's postings
 * once per document of a first-pass top list ({@code PostingsRescorer}).
 *
 * @param clauses the clauses, at least one; equal pairs are kept once with their boosts summed
 */
public record RankingClauses(List<Clause> clauses) {

  public RankingClauses {
    clauses = mergeDuplicatePairs(List.copyOf(clauses));
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("at least one ranking clause is needed");
    }
  }

  /**
   * Equal pair clauses as one, their boosts summed in double precision and rounded to float, as
   * Lucene's {@code BooleanQuery.rewrite} merges duplicate SHOULD clauses ("a b a b" pairs a-b
   * twice). The other clause kinds are already distinct.
   */
  private static List<Clause> mergeDuplicatePairs(List<Clause> clauses) {
    if (!hasDuplicatePair(clauses)) {
      return clauses;
    }
    Map<Object, Double> boosts = new LinkedHashMap<>();
    Map<Object, Clause> first = new LinkedHashMap<>();
    for (Clause c : clauses) {
      Object key = c instanceof Pair p ? List.of(p.field(), p.first(), p.second(), p.slop()) : c;
      double boost = c instanceof Pair p ? p.boost() : 0;
      boosts.merge(key, boost, Double::sum);
      first.putIfAbsent(key, c);
    }
    if (first.size() == clauses.size()) {
      return clauses;
    }
    List<Clause> out = new ArrayList<>(first.size());
    for (Map.Entry<Object, Clause> e : first.entrySet()) {
      out.add(e.getValue() instanceof Pair p
          ? new Pair(p.field(), p.first(), p.second(), p.slop(), boosts.get(e.getKey()).floatValue())
          : e.getValue());
    }
    return List.copyOf(out);
  }


  /** Whether two pair clauses have the same field, terms and slop (a few pairs: compared two by two). */
  private static boolean hasDuplicatePair(List<Clause> clauses) {
    for (int i = 0; i < clauses.size(); i++) {
      if (clauses.get(i) instanceof Pair a) {
        for (int j = i + 1; j < clauses.size(); j++) {
          if (clauses.get(j) instanceof Pair b && a.slop() == b.slop() && a.first().equals(b.first())
              && a.second().equals(b.second()) && a.field().equals(b.field())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** One optional ranking clause; its score is added to a document's first-pass score. */
  public sealed interface Clause permits Pair, PhraseWord, Lead, Coverage {
    /** This clause as the Lucene query whose score it is. */
    Query toQuery();
  }

  /**
   * Proximity: the BM25 score of the sloppy phrase {@code "first second"~slop} in a field, as
   * Lucene's {@link PhraseQuery} scores it (sloppy frequency: the sum of 1 / (1 + match length)
   * over its matches).
   *
   * @param first a term, different from {@code second} (Lucene matches a repeated term differently)
   * @param slop in positions
   * @param boost multiplies the BM25 weight, finite and at least 0
   */
  public record Pair(String field, String first, String second, int slop, float boost) implements Clause {
    /** @throws IllegalArgumentException if the terms are equal or the boost is negative or not finite */
    public Pair {
      checkBoost(boost);
      if (first.equals(second)) {
        throw new IllegalArgumentException("a pair of two different terms is needed, got " + first + " twice");
      }
    }

    @Override
    public Query toQuery() {
      return new BoostQuery(new PhraseQuery(slop, field, first, second), boost);
    }
  }

  /**
   * A word of a quoted phrase on its own: its BM25 score in a field ({@link TermQuery}).
   */
  public record PhraseWord(String field, String term, float boost) implements Clause {
    /** @throws IllegalArgumentException if the boost is negative or not finite */
    public PhraseWord {
      checkBoost(boost);
    }

    @Override
    public Query toQuery() {
      return new BoostQuery(new TermQuery(new Term(field, term)), boost);
    }
  }

  /**
   * Lead: the BM25 score of a term counting only its occurrences at positions below
   * {@code positions} ({@link SpanFirstQuery} over a {@link SpanTermQuery}).
   *
   * @param positions how many first positions of the field count, at least 1
   */
  public record Lead(String field, String term, int positions, float boost) implements Clause {
    /** @throws IllegalArgumentException if the boost is negative or not finite */
    public Lead {
      checkBoost(boost);
    }

    @Override
    public Query toQuery() {
      return new BoostQuery(new SpanFirstQuery(new SpanTermQuery(new Term(field, term)), positions), boost);
    }
  }

  /**
   * Coverage: the constant {@code weight} when a document has the term in any of {@code fields}
   * ({@link ConstantScoreQuery}).
   */
  public record Coverage(String term, List<String> fields, float weight) implements Clause {
    /** @throws IllegalArgumentException if the weight is negative or not finite */
    public Coverage {
      checkBoost(weight);
      fields = List.copyOf(fields);
    }

    @Override
    public Query toQuery() {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String f : fields) {
        any.add(new TermQuery(new Term(f, term)), BooleanClause.Occur.SHOULD);
      }
      return new BoostQuery(new ConstantScoreQuery(any.build()), weight);
    }
  }

  /**
   * All clauses as one disjunction of SHOULD clauses: its score is the sum of the matching
   * clauses' scores.
   *
   * @throws IndexSearcher.TooManyClauses past Lucene's clause limit
   */
  public Query toQuery() {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Clause c : clauses) {
      b.add(c.toQuery(), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * The first {@code window} hits of a first pass reordered by their first-pass score plus the
   * score of these clauses, as {@link RankedQueryBuilder#rescore(IndexSearcher, Query, ScoreDoc[],
   * int)} orders them with {@link #toQuery()}, but reading each (field, term) postings list once
   * ({@code PostingsRescorer}). Later hits keep their first-pass order; the given ScoreDocs are not
   * modified.
   *
   * @param searcher the searcher the first pass ran on
   * @param firstPass its hits, best first
   * @param window how many of the first hits to rescore
   * @return the hits in the new order, as many as {@code firstPass}
   * @throws IOException if the index cannot be read
   */
  public ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] firstPass, int window) throws IOException {
    return PostingsRescorer.rescore(searcher, this, firstPass, window);
  }

  /**
   * As {@link #rescore(IndexSearcher, ScoreDoc[], int)} for the first {@code top} ranks: those
   * hits, their order and their scores are the same, but the pair and lead clauses are computed
   * only for the hits that can still reach them (a bound from their term frequencies decides; the
   * reading of positions is the costly part). The rest of the window follows in an order that is
   * not the full rescoring's: its hits whose positions were not read come last, scored without
   * their pair and lead clauses.
   *
   * @param top how many first ranks must be exact (a search's {@code from + size}), at least 1
   * @return the hits, as many as {@code firstPass}
   * @throws IllegalArgumentException if {@code top} is below 1
   * @throws IOException if the index cannot be read
   */
  public ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] firstPass, int window, int top) throws IOException {
    return PostingsRescorer.rescore(searcher, this, firstPass, window, top);
  }

  /**
   * Every clause only adds to the first-pass score, and more occurrences never score less: the
   * bounded rescoring of {@link PostingsRescorer} relies on it.
   */
  private static void checkBoost(float boost) {
    if (!(boost >= 0) || Float.isInfinite(boost)) {
      throw new IllegalArgumentException("a ranking clause's boost must be finite and at least 0, got " + boost);
    }
  }
}
