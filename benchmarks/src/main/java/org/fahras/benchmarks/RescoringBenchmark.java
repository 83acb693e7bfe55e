package org.fahras.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.fahras.index.ArticleIndex;
import org.fahras.search.ArticleSearcher;
import org.fahras.search.RankedQueryBuilder;
import org.fahras.search.RankingClauses;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rescoring stage of {@link ArticleSearcher} alone, µs per query (SampleTime): the first
 * {@link ArticleSearcher#RESCORE_WINDOW} hits of a query's first pass reordered with its ranking
 * clauses, by Fahras's {@link RankingClauses#rescore} (each query term's postings read once) and by
 * Lucene's {@code QueryRescorer} over the same clauses as one query ({@link
 * RankedQueryBuilder#rescore}), which gives the same order and scores; {@code fahrasRescorePage}
 * is the searcher's path for a first page of 10 (the same first 10). Over the Fahras index of
 * {@link QueryLatencyBenchmark} (31,030 SaudiNewsNet articles, under {@code target/query-bench} or
 * {@code -Dfahras.bench.dir}): run that benchmark first, it builds the index.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules", "jdk.incubator.vector"})
@State(Scope.Benchmark)
public class RescoringBenchmark {
  /** {@code phrase} or {@code boolean}: the queries of {@link QueryLatencyBenchmark}. */
  @Param({"phrase", "boolean"})
  public String query;

  /** The folder holding {@link QueryLatencyBenchmark}'s indexes. */
  Path dir = Path.of(System.getProperty("fahras.bench.dir", "target/query-bench"));

  private ArticleIndex index;
  private RankingClauses clauses;
  private Query clausesQuery;
  private ScoreDoc[] firstPass;

  /** The query text of a {@link #query} value. */
  static String text(String kind) {
    return switch (kind) {
      case "phrase" -> "\"" + QueryLatencyBenchmark.PHRASE_A + " " + QueryLatencyBenchmark.PHRASE_B + "\"";
      case "boolean" -> QueryLatencyBenchmark.BOOLEAN;
      default -> throw new IllegalArgumentException("query is phrase or boolean, got " + kind);
    };
  }

  /**
   * @throws IllegalStateException when the index is not built yet
   */
  @Setup(Level.Trial)
  public void setup() throws IOException {
    if (!Files.exists(dir.resolve(QueryLatencyBenchmark.BUILT))) {
      throw new IllegalStateException("no query benchmark index in " + dir.toAbsolutePath()
          + ": run QueryLatencyBenchmark first (it builds it), or pass -Dfahras.bench.dir");
    }
    index = ArticleIndex.open(dir.resolve("fahras"));
    ArticleSearcher searcher = new ArticleSearcher(index);
    Query parsed = searcher.parser().parse(text(query), false);
    clauses = new RankedQueryBuilder(searcher.parser(), RankedQueryBuilder.Weights.defaults()).clauses(parsed);
    if (clauses == null) {
      throw new IllegalStateException("the " + query + " query has no ranking clauses");
    }
    clausesQuery = clauses.toQuery();
    firstPass = index.withSearcher(s -> s.search(parsed, ArticleSearcher.RESCORE_WINDOW).scoreDocs);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    index.close();
  }

  /** Fahras: {@link RankingClauses#rescore}. */
  @Benchmark
  public ScoreDoc[] fahrasRescore() throws IOException {
    return index.withSearcher(s -> clauses.rescore(s, firstPass, ArticleSearcher.RESCORE_WINDOW));
  }

  /**
   * Fahras as {@link ArticleSearcher} runs it for a first page of 10: {@link
   * RankingClauses#rescore(org.apache.lucene.search.IndexSearcher, ScoreDoc[], int, int)} with
   * {@code top = 10}, positions read only for the hits that can still reach the page.
   */
  @Benchmark
  public ScoreDoc[] fahrasRescorePage() throws IOException {
    return index.withSearcher(s -> clauses.rescore(s, firstPass, ArticleSearcher.RESCORE_WINDOW, PAGE));
  }

  /** The page {@link #fahrasRescorePage} must get right: the first 10 hits. */
  static final int PAGE = 10;

  /** Lucene's {@code QueryRescorer} over {@link RankingClauses#toQuery()}. */
  @Benchmark
  public ScoreDoc[] luceneRescore() throws IOException {
    return index.withSearcher(s -> RankedQueryBuilder.rescore(s, clausesQuery, firstPass,
        ArticleSearcher.RESCORE_WINDOW));
  }
}
