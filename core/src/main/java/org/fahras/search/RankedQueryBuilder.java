package org.fahras.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanFirstQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TermQuery;
import org.fahras.index.ArticleFields;

/**
 * Fahras's ranked query: the parsed query (BM25F over the default fields, title weighted) stays
 * required, and optional (SHOULD) clauses re-rank what it matches, never changing which articles
 * match:
 *
 * <ol>
 *   <li>proximity: one sloppy {@link PhraseQuery} per pair of query terms adjacent in the query
 *       text (taken in the order written, not in the parsed query's hash order) and default
 *       field (slop {@link Weights#pairSlop()}, weight {@link Weights#pairWeight()} times the
 *       field's boost), after the sequential dependence model (Metzler and Croft, "A Markov Random
 *       Field Model for Term Dependencies", SIGIR 2005);
 *   <li>phrase terms: the words of a quoted phrase also count one by one, so natural-language
 *       quoting ({@code «...»} around a name) does not lose the words' own BM25 evidence;
 *   <li>coverage: a constant {@link Weights#coverageWeight()} per distinct query term the article
 *       has in any default field (a coordination factor);
 *   <li>lead: a {@link SpanFirstQuery} per query term within the first {@link Weights#leadPositions()}
 *       positions of each default field other than the title (weight {@link Weights#leadWeight()}):
 *       texts state their subject in their opening words (the news "inverted pyramid", the
 *       encyclopedia article's defining first sentence).
 * </ol>
 *
 * <p>Terms under NOT / {@code -} get no boost; at most {@value #MAX_PAIR_TERMS} terms per field take
 * part. The weights were chosen on ARCD train and SaudiNewsNet title-to-body dev; see docs/query.md
 * for the measurement. Thread-safe.
 */
public final class RankedQueryBuilder {
  /** Terms per field beyond which no more boost clauses are added. */
  public static final int MAX_PAIR_TERMS = 16;

  /**
   * Weights of the optional ranking clauses; 0 turns a clause kind off.
   *
   * @param pairSlop phrase slop of a pair of adjacent query terms, in positions
   * @param pairWeight boost of each pair clause
   * @param coverageWeight score added per distinct query term present
   * @param leadPositions how many first positions of a field count as its lead
   * @param leadWeight boost of each lead clause
   */
  public record Weights(int pairSlop, float pairWeight, float coverageWeight, int leadPositions, float leadWeight) {
    public Weights {
      if (pairSlop < 0 || leadPositions < 1 || !(pairWeight >= 0) || !(coverageWeight >= 0) || !(leadWeight >= 0)) {
        throw new IllegalArgumentException("slop >= 0, lead positions >= 1 and weights >= 0 needed, got "
            + pairSlop + ", " + pairWeight + ", " + coverageWeight + ", " + leadPositions + ", " + leadWeight);
      }
    }

    /** The measured default (docs/query.md). */
    public static Weights defaults() {
      return new Weights(8, 0.2f, 0.5f, 12, 0.35f);
    }

    /** No optional clauses: the parsed query alone. */
    public static Weights none() {
      return new Weights(0, 0f, 0f, 1, 0f);
    }
  }

  private final ArticleQueryParser parser;
  private final Weights weights;

  public RankedQueryBuilder(ArticleQueryParser parser, Weights weights) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /**
   * The ranked query of natural-language (or query-language) text, in lenient mode, with the
   * default weights and Lucene's Arabic stopwords (as {@code analyzer} gives them) dropped outside
   * phrases.
   *
   * @param text query text, may be null or empty
   * @param analyzer the analyzer of the index's text fields
   * @param fields the fields to search; {@code title} gets weight {@link ArticleQueryParser#TITLE_BOOST},
   *     others 1
   * @return a query that never fails to build (a {@link MatchNoDocsQuery} when nothing is searchable)
   * @throws IllegalArgumentException if no field is given
   */
  public static Query build(String text, Analyzer analyzer, String... fields) {
    ArticleQueryParser p = new ArticleQueryParser(analyzer, boosts(fields), Stopwords.of(analyzer));
    return new RankedQueryBuilder(p, Weights.defaults()).build(text, false);
  }

  /**
   * The plain bag-of-terms query of the same text and fields, the baseline: every term the analyzer
   * makes of the text, in every field, as one optional {@link TermQuery} with weight 1 (BM25 sums),
   * no syntax, no title weight, no stopword hook, no ranking clauses.
   */
  public static Query bag(String text, Analyzer analyzer, String... fields) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (String f : fields) {
      for (String t : AnalyzedTerms.of(analyzer, f, text == null ? "" : text)) {
        if (n < IndexSearcher.getMaxClauseCount()) {
          b.add(new TermQuery(new Term(f, t)), BooleanClause.Occur.SHOULD);
          n++;
        }
      }
    }
    return n == 0 ? new MatchNoDocsQuery("no terms") : b.build();
  }

  /**
   * @throws QueryParseException in strict mode for malformed syntax
   */
  public Query build(String text, boolean strict) {
    return withRanking(parser.parse(text, strict));
  }

  /**
   * Adds the optional ranking clauses to an already parsed query; returns it unchanged when they
   * would pass Lucene's clause limit ({@link IndexSearcher#getMaxClauseCount()}).
   */
  public Query withRanking(Query parsed) {
    if (parsed instanceof MatchNoDocsQuery) {
      return parsed;
    }
    try {
      Query boosts = boosts(parsed);
      if (boosts == null) {
        return parsed;
      }
      return new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
          .add(boosts, BooleanClause.Occur.SHOULD).build();
    } catch (IndexSearcher.TooManyClauses e) {
      return parsed;
    }
  }

  /**
   * The optional ranking clauses alone, as one disjunction (its score is what {@link #withRanking}
   * adds to the parsed query's), for rescoring a first-pass top list; null when there are none.
   *
   * @throws IndexSearcher.TooManyClauses when they pass Lucene's clause limit
   */
  public Query boosts(Query parsed) {
    RankingClauses c = clauses(parsed);
    return c == null ? null : c.toQuery();
  }

  /**
   * The optional ranking clauses of a parsed query, in the order {@link #boosts} joins them; null
   * when there are none.
   *
   * <p>No coverage clause is made for a word every match has (a required word, such as the only
   * word of a one-word query or the words of a query that is one phrase): it would add the same
   * constant to every score and change no order.
   *
   * @throws IndexSearcher.TooManyClauses when there are more than {@link
   *     IndexSearcher#getMaxClauseCount()} clauses (as {@link BooleanQuery.Builder} would)
   */
  public RankingClauses clauses(Query parsed) {
    if (parsed instanceof MatchNoDocsQuery) {
      return null;
    }
    Map<String, Float> fields = parser.defaultFields();
    PositiveTerms terms = PositiveTerms.of(parsed, fields.keySet());
    Set<String> required = RequiredTerms.of(parsed, fields.keySet());
    List<RankingClauses.Clause> b = new ArrayList<>();
    Set<String> distinct = new LinkedHashSet<>();
    for (Map.Entry<String, Float> field : parser.orderedDefaultFields().entrySet()) {
      String f = field.getKey();
      float boost = field.getValue();
      List<String> t = terms.inOrder().getOrDefault(f, List.of());
      int n = Math.min(t.size(), MAX_PAIR_TERMS);
      distinct.addAll(t.subList(0, n));
      for (int i = 0; weights.pairWeight() > 0 && i + 1 < n; i++) {
        add(b, new RankingClauses.Pair(f, t.get(i), t.get(i + 1), weights.pairSlop(), weights.pairWeight() * boost));
      }
      for (String p : terms.inPhrases().getOrDefault(f, Set.of())) {
        add(b, new RankingClauses.PhraseWord(f, p, boost));
      }
      if (weights.leadWeight() > 0 && !f.equals(ArticleFields.TITLE)) {
        for (String x : new LinkedHashSet<>(t.subList(0, n))) {
          add(b, new RankingClauses.Lead(f, x, weights.leadPositions(), weights.leadWeight()));
        }
      }
    }
    if (weights.coverageWeight() > 0) {
      for (String x : distinct) {
        if (!required.contains(x)) {
          add(b, new RankingClauses.Coverage(x, List.copyOf(fields.keySet()), weights.coverageWeight()));
        }
      }
    }
    return b.isEmpty() ? null : new RankingClauses(b);
  }

  private static void add(List<RankingClauses.Clause> clauses, RankingClauses.Clause c) {
    if (clauses.size() >= IndexSearcher.getMaxClauseCount()) {
      throw new IndexSearcher.TooManyClauses();
    }
    clauses.add(c);
  }

  /**
   * The first {@code window} hits of a first pass (the parsed query alone, in relevance order)
   * reordered by their first-pass score plus the score of the ranking clauses, with Lucene's
   * {@link QueryRescorer} (one scorer per clause); later hits keep their first-pass order. Within
   * the window the order is that of the full ranked query ({@link #withRanking}). The given
   * ScoreDocs are not modified. {@link RankingClauses#rescore} gives the same order and scores
   * faster; this is its reference.
   *
   * @param searcher the searcher the first pass ran on
   * @param clauses the ranking clauses of the first-pass query ({@link #clauses}{@code .toQuery()}),
   *     or null for none
   * @param firstPass its hits, best first
   * @param window how many of the first hits to rescore
   * @return the hits in the new order: the same length as {@code firstPass}
   * @throws IOException if the index cannot be read
   */
  public static ScoreDoc[] rescore(IndexSearcher searcher, Query clauses, ScoreDoc[] firstPass, int window)
      throws IOException {
    int w = Math.min(window, firstPass.length);
    if (clauses == null || w < 2) {
      return firstPass;
    }
    ScoreDoc[] copies = new ScoreDoc[w];
    for (int i = 0; i < w; i++) {
      // QueryRescorer writes the new scores into the ScoreDocs: keep the first-pass ones for cursors
      copies[i] = new ScoreDoc(firstPass[i].doc, firstPass[i].score, firstPass[i].shardIndex);
    }
    TopDocs head = new TopDocs(new TotalHits(w, TotalHits.Relation.EQUAL_TO), copies);
    TopDocs rescored = new QueryRescorer(clauses) {
      @Override
      protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
        return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
      }
    }.rescore(searcher, head, w);
    ScoreDoc[] out = Arrays.copyOf(rescored.scoreDocs, firstPass.length);
    System.arraycopy(firstPass, w, out, w, firstPass.length - w);
    return out;
  }

  static Map<String, Float> boosts(String... fields) {
    if (fields.length == 0) {
      throw new IllegalArgumentException("at least one field is needed");
    }
    Map<String, Float> m = new LinkedHashMap<>();
    for (String f : fields) {
      m.put(f, f.equals(ArticleFields.TITLE) ? ArticleQueryParser.TITLE_BOOST : 1f);
    }
    return m;
  }
}
