package org.fahras.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Rescores a first-pass top list with {@link RankingClauses} in one pass over the postings: each
 * distinct (field, term) of the clauses is looked up once in the term dictionary (its document
 * frequency and total term frequency, summed over the segments, are the BM25 statistics Lucene's
 * weights would compute), and its postings are read once per window document, positions included
 * when a pair or lead clause needs them. From them, per document:
 *
 * <ul>
 *   <li>{@link RankingClauses.Pair}: the sloppy phrase frequency ({@link SloppyPairFrequency}),
 *       scored with the similarity's scorer over both terms' statistics, as {@code PhraseQuery};
 *   <li>{@link RankingClauses.PhraseWord}: the term frequency, as {@code TermQuery};
 *   <li>{@link RankingClauses.Lead}: the number of positions below the lead length (each span of
 *       width 0 adds 1), as {@code SpanFirstQuery} over a {@code SpanTermQuery};
 *   <li>{@link RankingClauses.Coverage}: its weight when any of its fields has the term.
 * </ul>
 *
 * <p>The clause scores are summed in double precision and added to the first-pass score, and the
 * window is sorted by score, then doc id, as Lucene's {@code QueryRescorer} with the disjunction
 * {@link RankingClauses#toQuery()} does (Lucene 10.6: a {@code BooleanQuery} of SHOULD clauses,
 * duplicate clauses merged by summing their boosts). {@code TestPostingsRescorer} compares the two.
 */
final class PostingsRescorer {
  private PostingsRescorer() {}

  /**
   * A clause's score where it does not match: adding 0 leaves a first-pass score as it is, as
   * QueryRescorer keeps the first-pass score of a document no clause matches.
   */
  private static final float NO_MATCH = 0f;

  /** A scored clause: the keys it reads, its field's norms and the similarity's scorer, its boost included. */
  private record Scored(RankingClauses.Clause clause, ClauseTerm[] keys, FieldNorms norms, Similarity.SimScorer sim) {}

  /**
   * Every hit of the window rescored exactly: {@link #rescore(IndexSearcher, RankingClauses,
   * ScoreDoc[], int, int)} with {@code top = window}.
   */
  static ScoreDoc[] rescore(IndexSearcher searcher, RankingClauses clauses, ScoreDoc[] firstPass, int window)
      throws IOException {
    return rescore(searcher, clauses, firstPass, window, window);
  }

  /**
   * Rescores the window; only the hits that can still reach the first {@code top} ranks get their
   * pair and lead clauses computed (they read positions, the costly part). These clauses are
   * first bounded from the term frequencies ({@link #bound}); when a hit's first-pass score plus
   * its other clauses and these bounds stays below the {@code top}-th best score known to be
   * reached (at first the {@code top}-th first-pass score, since clauses only add), the hit cannot
   * enter the first {@code top} ranks and its positions are not read. Needs a similarity whose
   * score grows with the frequency: Lucene's own {@link BM25Similarity} (a subclass may score
   * otherwise); with any other one every hit is rescored.
   *
   * @param clauses the ranking clauses
   * @param firstPass first-pass hits, best first
   * @param window how many of the first hits to rescore
   * @param top how many first ranks must be exact, at least 1
   * @return the hits in the new order, as many as {@code firstPass}: the first {@code min(top,
   *     window)} with the scores and order of a full rescoring, then the rest of the window (the
   *     fully rescored ones first, then the others scored without their pair and lead clauses,
   *     each group by score), then the hits beyond the window in first-pass order; {@code
   *     firstPass} itself when there is nothing to rescore
   * @throws IllegalArgumentException if {@code top} is below 1
   * @throws IOException if the index cannot be read
   */
  static ScoreDoc[] rescore(IndexSearcher searcher, RankingClauses clauses, ScoreDoc[] firstPass, int window,
      int top) throws IOException {
    if (top < 1) {
      throw new IllegalArgumentException("top >= 1 needed, got " + top);
    }
    int w = Math.min(window, firstPass.length);
    if (w < 2) {
      return firstPass;
    }
    int k = Math.min(top, w);
    boolean bounded = k < w && searcher.getSimilarity().getClass() == BM25Similarity.class;
    ScoreDoc[] hits = new ScoreDoc[w];
    for (int i = 0; i < w; i++) {
      hits[i] = new ScoreDoc(firstPass[i].doc, firstPass[i].score, firstPass[i].shardIndex);
    }
    WindowOrder.byDoc(hits, 0, w);
    // per hit, the best score it is known to reach: its first-pass score until it is rescored
    float[] reached = new float[w];
    for (int i = 0; i < w; i++) {
      reached[i] = hits[i].score;
    }
    float[] heap = new float[k];
    float threshold = bounded ? WindowOrder.kthLargest(reached, k, heap) : Float.NEGATIVE_INFINITY;
    boolean[] exact = new boolean[w];
    Map<Term, ClauseTerm> keys = new LinkedHashMap<>();
    List<RankingClauses.Clause> merged = clauses.clauses();
    for (RankingClauses.Clause c : merged) {
      for (Term t : terms(c)) {
        keys.computeIfAbsent(t, ClauseTerm::new).needsPositions |=
            c instanceof RankingClauses.Pair || c instanceof RankingClauses.Lead;
      }
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    PostingsEnum[][] postings = lookUp(keys.values(), leaves, hits);
    Map<String, FieldNorms> norms = new HashMap<>();
    Scored[] scored = scorers(searcher, merged, keys, norms).toArray(Scored[]::new);
    float[] clauseScores = new float[scored.length];
    ClauseTerm[] all = keys.values().toArray(ClauseTerm[]::new);
    int h = 0;
    while (h < w) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[h].doc, leaves));
      int end = leaf.docBase + leaf.reader().maxDoc();
      for (int j = 0; j < all.length; j++) {
        all[j].postings = postings[leaf.ord][j];
      }
      for (FieldNorms n : norms.values()) {
        n.setLeaf(leaf.reader());
      }
      for (; h < w && hits[h].doc < end; h++) {
        int doc = hits[h].doc - leaf.docBase;
        for (ClauseTerm key : all) {
          read(key, doc);
        }
        float first = hits[h].score;
        boolean positioned = true;
        if (bounded) {
          double upper = 0;
          for (int c = 0; c < scored.length; c++) {
            Scored sc = scored[c];
            clauseScores[c] = readsPositions(sc.clause()) ? bound(sc, doc) : score(sc, doc);
            upper += clauseScores[c];
          }
          positioned = first + (float) upper >= threshold;
        }
        double sum = 0;
        for (int c = 0; c < scored.length; c++) {
          if (!bounded) {
            sum += score(scored[c], doc);
          } else if (readsPositions(scored[c].clause())) {
            sum += positioned ? score(scored[c], doc) : NO_MATCH;
          } else {
            sum += clauseScores[c];
          }
        }
        hits[h].score = first + (float) sum;
        exact[h] = positioned;
        if (bounded && hits[h].score > threshold) {
          reached[h] = hits[h].score;
          threshold = WindowOrder.kthLargest(reached, k, heap);
        }
      }
    }
    ScoreDoc[] out = new ScoreDoc[firstPass.length];
    int rescored = 0;
    for (int i = 0; i < w; i++) {
      if (exact[i]) {
        out[rescored++] = hits[i];
      }
    }
    int next = rescored;
    for (int i = 0; i < w; i++) {
      if (!exact[i]) {
        out[next++] = hits[i];
      }
    }
    WindowOrder.byScore(out, 0, rescored);
    WindowOrder.byScore(out, rescored, w);
    System.arraycopy(firstPass, w, out, w, firstPass.length - w);
    return out;
  }

  /** Whether a clause reads positions: a pair or a lead. */
  private static boolean readsPositions(RankingClauses.Clause c) {
    return c instanceof RankingClauses.Pair || c instanceof RankingClauses.Lead;
  }

  /**
   * At least the score of a pair or lead clause in the current document, from the term
   * frequencies alone (BM25's score does not fall as the frequency grows). A pair: {@link
   * SloppyPairFrequency} adds at most 1 per match and each match but the last reads a further
   * position of one of the terms, so its frequency is at most {@code freq1 + freq2 - 1}. A lead:
   * at most the term's frequency, and at most the lead's length.
   */
  private static float bound(Scored s, int doc) throws IOException {
    ClauseTerm[] k = s.keys();
    if (s.sim() == null || !k[0].present) {
      return NO_MATCH;
    }
    return switch (s.clause()) {
      case RankingClauses.Pair p ->
          k[1].present ? s.sim().score(k[0].freq + k[1].freq - 1, s.norms().of(doc)) : NO_MATCH;
      case RankingClauses.Lead l -> s.sim().score(Math.min(k[0].freq, l.positions()), s.norms().of(doc));
      default -> throw new IllegalArgumentException("no positions read by " + s.clause());
    };
  }

  /**
   * Looks each key up once per segment: adds its document frequency and total term frequency to
   * the key, and opens its postings in the segments that hold window documents.
   *
   * @return per segment (by ord), the postings of each key in key order (null where the segment
   *     has no such term), or null for a segment without window documents
   */
  private static PostingsEnum[][] lookUp(Iterable<ClauseTerm> keys, List<LeafReaderContext> leaves, ScoreDoc[] hits)
      throws IOException {
    boolean[] hasHits = new boolean[leaves.size()];
    for (ScoreDoc h : hits) {
      hasHits[ReaderUtil.subIndex(h.doc, leaves)] = true;
    }
    PostingsEnum[][] postings = new PostingsEnum[leaves.size()][];
    Map<String, TermsEnum> termsEnums = new HashMap<>();
    for (LeafReaderContext leaf : leaves) {
      termsEnums.clear();
      List<PostingsEnum> mine = new ArrayList<>();
      for (ClauseTerm key : keys) {
        String field = key.term.field();
        if (!termsEnums.containsKey(field)) {
          Terms terms = leaf.reader().terms(field);
          termsEnums.put(field, terms == null ? null : terms.iterator()); // null: no such field here
        }
        TermsEnum te = termsEnums.get(field);
        PostingsEnum p = null;
        if (te != null && te.seekExact(key.term.bytes())) {
          key.docFreq += te.docFreq();
          key.totalTermFreq += te.totalTermFreq();
          if (hasHits[leaf.ord]) {
            p = te.postings(null, key.needsPositions ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
          }
        }
        mine.add(p);
      }
      postings[leaf.ord] = hasHits[leaf.ord] ? mine.toArray(PostingsEnum[]::new) : null;
    }
    return postings;
  }

  /** The clause's score in the current document, or {@link #NO_MATCH}. */
  private static float score(Scored s, int doc) throws IOException {
    ClauseTerm[] k = s.keys();
    return switch (s.clause()) {
      case RankingClauses.Pair p -> {
        if (s.sim() == null || !k[0].present || !k[1].present) {
          yield NO_MATCH;
        }
        int a = k[0].positionsUpTo(Integer.MAX_VALUE);
        int b = k[1].positionsUpTo(Integer.MAX_VALUE);
        float freq = SloppyPairFrequency.of(k[0].pos, a, k[1].pos, b, p.slop());
        yield freq > 0 ? s.sim().score(freq, s.norms().of(doc)) : NO_MATCH;
      }
      case RankingClauses.PhraseWord t ->
          s.sim() != null && k[0].present ? s.sim().score(k[0].freq, s.norms().of(doc)) : NO_MATCH;
      case RankingClauses.Lead l -> {
        if (s.sim() == null || !k[0].present) {
          yield NO_MATCH;
        }
        int read = k[0].positionsUpTo(l.positions());
        int inLead = 0;
        while (inLead < read && k[0].pos[inLead] < l.positions()) {
          inLead++;
        }
        yield inLead > 0 ? s.sim().score(inLead, s.norms().of(doc)) : NO_MATCH;
      }
      case RankingClauses.Coverage c -> {
        for (ClauseTerm key : k) {
          if (key.present) {
            yield c.weight();
          }
        }
        yield NO_MATCH;
      }
    };
  }

  /** Moves a key's postings to {@code doc} and reads its frequency; positions are read on demand. */
  private static void read(ClauseTerm key, int doc) throws IOException {
    PostingsEnum p = key.postings;
    key.present = false;
    if (p == null) {
      return;
    }
    int at = p.docID();
    if (at < doc) {
      at = p.advance(doc);
    }
    if (at != doc || at == DocIdSetIterator.NO_MORE_DOCS) {
      return;
    }
    key.present = true;
    key.freq = p.freq();
    key.read = 0;
  }

  /** Each clause with its keys and BM25 (the searcher's similarity) scorer over the key statistics. */
  private static List<Scored> scorers(IndexSearcher searcher, List<RankingClauses.Clause> clauses,
      Map<Term, ClauseTerm> keys, Map<String, FieldNorms> norms) throws IOException {
    Similarity similarity = searcher.getSimilarity();
    Map<String, CollectionStatistics> fieldStats = new HashMap<>();
    List<Scored> out = new ArrayList<>(clauses.size());
    for (RankingClauses.Clause c : clauses) {
      List<Term> terms = terms(c);
      ClauseTerm[] k = new ClauseTerm[terms.size()];
      List<TermStatistics> stats = new ArrayList<>(k.length);
      for (int i = 0; i < k.length; i++) {
        k[i] = keys.get(terms.get(i));
        if (k[i].docFreq > 0) {
          stats.add(searcher.termStatistics(k[i].term, k[i].docFreq, k[i].totalTermFreq));
        }
      }
      Similarity.SimScorer sim = null;
      String field = terms.get(0).field();
      float boost = switch (c) {
        case RankingClauses.Pair p -> p.boost();
        case RankingClauses.PhraseWord t -> t.boost();
        case RankingClauses.Lead l -> l.boost();
        case RankingClauses.Coverage v -> 0f;
      };
      if (!(c instanceof RankingClauses.Coverage) && !stats.isEmpty()) {
        CollectionStatistics coll = fieldStats.get(field);
        if (coll == null && !fieldStats.containsKey(field)) {
          coll = searcher.collectionStatistics(field);
          fieldStats.put(field, coll);
        }
        if (coll != null) {
          sim = similarity.scorer(boost, coll, stats.toArray(TermStatistics[]::new));
        }
      }
      out.add(new Scored(c, k, sim == null ? null : norms.computeIfAbsent(field, FieldNorms::new), sim));
    }
    return out;
  }

  /** The (field, term)s a clause reads, in clause order. */
  private static List<Term> terms(RankingClauses.Clause c) {
    return switch (c) {
      case RankingClauses.Pair p -> List.of(new Term(p.field(), p.first()), new Term(p.field(), p.second()));
      case RankingClauses.PhraseWord t -> List.of(new Term(t.field(), t.term()));
      case RankingClauses.Lead l -> List.of(new Term(l.field(), l.term()));
      case RankingClauses.Coverage v -> v.fields().stream().map(f -> new Term(f, v.term())).toList();
    };
  }
}
