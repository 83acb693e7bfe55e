package org.fahras.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.fahras.analysis.ArabicAnalyzer;
import org.fahras.corpus.CorpusLine;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.index.Article;
import org.fahras.search.ArticleQueryParser;
import org.fahras.search.RankedQueryBuilder;
import org.fahras.search.RankingClauses;
import org.fahras.search.Stopwords;

/**
 * MRR@10 of the bag-of-terms query against Fahras's ranked query (proximity boost), on ARCD
 * paragraph train (title + body indexed) and SaudiNewsNet headline-to-body dev (body only), with
 * Fahras's analyzer and Lucene's stock ArabicAnalyzer, in one run.
 *
 * <p>Usage: {@code RankingCheck <shared-data-folder> [slop:weight ...]}; extra pairs add proximity
 * settings to the table (the default setting is always measured). {@code -Dwindows=100,20} adds
 * rows for the search path of {@code ArticleSearcher}: the parsed query's first pass, its top
 * {@code window} rescored with the ranking clauses, once by Lucene's {@code QueryRescorer}
 * ({@link RankedQueryBuilder#rescore}) and once by {@link RankingClauses#rescore}, as the searcher
 * does (the two rows must be equal).
 */
public final class RankingCheck {
  private RankingCheck() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    List<String> settings = new ArrayList<>();
    settings.add("default");
    String sets = System.getProperty("sets", "arcd,snn");
    String analyzerNames = System.getProperty("analyzers", "fahras,lucene-stock");
    for (int i = 1; i < args.length; i++) {
      settings.add(args[i]);
    }
    Map<String, Analyzer> analyzers = new LinkedHashMap<>();
    if (analyzerNames.contains("fahras")) {
      analyzers.put("fahras", new ArabicAnalyzer());
    }
    if (analyzerNames.contains("lucene-stock")) {
      analyzers.put("lucene-stock", new org.apache.lucene.analysis.ar.ArabicAnalyzer());
    }
    System.out.println("| set | analyzer | query | MRR@10 |");
    System.out.println("|---|---|---|---|");
    for (var a : analyzers.entrySet()) {
      if (sets.contains("arcd")) run("arcd-paragraph-train", data.resolve("arcd/corpus.jsonl"), true,
          data.resolve("arcd/queries-train.tsv"), data.resolve("arcd/qrels_answer_in_paragraph-train.tsv"),
          a.getKey(), a.getValue(), settings);
      if (sets.contains("snn")) run("saudinewsnet-title2body-dev", data.resolve("saudinewsnet/saudinewsnet.jsonl.gz"), false,
          data.resolve("saudinewsnet-title2body/queries-dev.tsv"), data.resolve("saudinewsnet-title2body/qrels-dev.tsv"),
          a.getKey(), a.getValue(), settings);
    }
  }

  private static void run(String set, Path corpus, boolean withTitle, Path queries, Path qrels, String analyzerName,
      Analyzer analyzer, List<String> settings) throws IOException {
    String[] fields = withTitle ? new String[] {"title", "body"} : new String[] {"body"};
    Map<String, Float> boosts = new LinkedHashMap<>();
    for (String f : fields) {
      boosts.put(f, f.equals("title") ? ArticleQueryParser.TITLE_BOOST : 1f);
    }
    ArticleQueryParser parser = new ArticleQueryParser(analyzer, boosts, Stopwords.of(analyzer));
    Map<String, String> qs = readTsv(queries);
    Map<String, Set<String>> rel = new HashMap<>();
    for (String line : Files.readAllLines(qrels, StandardCharsets.UTF_8)) {
      String[] p = line.split("\t");
      if (p.length >= 2) {
        rel.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[1]);
      }
    }
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256));
          JsonlArticleReader r = JsonlArticleReader.open(corpus)) {
        while (r.hasNext()) {
          if (r.next() instanceof CorpusLine.Valid v) {
            Article a = v.article();
            Document d = new Document();
            d.add(new StringField("id", a.id(), Field.Store.YES));
            if (withTitle) {
              d.add(new TextField("title", a.title(), Field.Store.NO));
            }
            d.add(new TextField("body", a.body(), Field.Store.NO));
            w.addDocument(d);
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        print(set, analyzerName, "bag", mrr(searcher, qs, rel, t -> RankedQueryBuilder.bag(t, analyzer, fields)));
        for (String setting : settings) {
          RankedQueryBuilder ranked;
          if (setting.equals("default")) {
            ranked = new RankedQueryBuilder(parser, RankedQueryBuilder.Weights.defaults());
          } else {
            // combinedFields:titleWeight:pairSlop:pairWeight:coverage:leadPositions:leadWeight
            String[] v = setting.split(":");
            Map<String, Float> b = new LinkedHashMap<>();
            for (String f : fields) {
              b.put(f, f.equals("title") ? Float.parseFloat(v[1]) : 1f);
            }
            ArticleQueryParser p = new ArticleQueryParser(analyzer, b, Stopwords.of(analyzer),
                Boolean.parseBoolean(v[0]));
            ranked = new RankedQueryBuilder(p, new RankedQueryBuilder.Weights(Integer.parseInt(v[2]),
                Float.parseFloat(v[3]), Float.parseFloat(v[4]), Integer.parseInt(v[5]), Float.parseFloat(v[6])));
          }
          RankedQueryBuilder r = ranked;
          print(set, analyzerName, "ranked " + setting, mrr(searcher, qs, rel, t -> r.build(t, false)));
        }
        for (String window : System.getProperty("windows", "").split(",")) {
          if (window.isBlank()) {
            continue;
          }
          int w = Integer.parseInt(window.strip());
          RankedQueryBuilder r = new RankedQueryBuilder(parser, RankedQueryBuilder.Weights.defaults());
          print(set, analyzerName, "ranked default, first pass + QueryRescorer on the top " + w,
              mrrOfTop(searcher, qs, rel, t -> rescored(searcher, parser, r, t, w, false)));
          print(set, analyzerName, "ranked default, first pass + PostingsRescorer on the top " + w,
              mrrOfTop(searcher, qs, rel, t -> rescored(searcher, parser, r, t, w, true)));
        }
      }
    }
  }

  /**
   * The first 10 of the search path: the parsed query, then its top {@code window} rescored, by
   * {@link RankingClauses#rescore} (postings read once, as {@code ArticleSearcher} does) or by
   * Lucene's {@code QueryRescorer} ({@link RankedQueryBuilder#rescore}).
   */
  private static ScoreDoc[] rescored(IndexSearcher searcher, ArticleQueryParser parser, RankedQueryBuilder ranked,
      String text, int window, boolean postings) {
    try {
      Query parsed = parser.parse(text, false);
      ScoreDoc[] first = searcher.search(parsed, Math.max(10, window)).scoreDocs;
      RankingClauses clauses = ranked.clauses(parsed);
      ScoreDoc[] ordered = clauses == null ? first
          : postings ? clauses.rescore(searcher, first, window)
          : RankedQueryBuilder.rescore(searcher, clauses.toQuery(), first, window);
      return java.util.Arrays.copyOf(ordered, Math.min(10, ordered.length));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void print(String set, String analyzer, String query, double mrr) {
    System.out.println(String.format(Locale.ROOT, "| %s | %s | %s | %.4f |", set, analyzer, query, mrr));
  }

  private static double mrr(IndexSearcher searcher, Map<String, String> qs, Map<String, Set<String>> rel,
      java.util.function.Function<String, Query> build) throws IOException {
    return mrrOfTop(searcher, qs, rel, t -> {
      try {
        return searcher.search(build.apply(t), 10).scoreDocs;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static double mrrOfTop(IndexSearcher searcher, Map<String, String> qs, Map<String, Set<String>> rel,
      java.util.function.Function<String, ScoreDoc[]> top10) throws IOException {
    double sum = 0;
    int n = 0;
    for (var q : qs.entrySet()) {
      Set<String> relevant = rel.get(q.getKey());
      if (relevant == null) {
        continue;
      }
      n++;
      ScoreDoc[] top = top10.apply(q.getValue());
      for (int i = 0; i < top.length; i++) {
        if (relevant.contains(searcher.storedFields().document(top[i].doc).get("id"))) {
          sum += 1.0 / (i + 1);
          break;
        }
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  private static Map<String, String> readTsv(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        out.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return out;
  }
}
