package org.fahras.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.fahras.corpus.CorpusLine;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.index.Article;

/**
 * Ad hoc retrieval quality of an analyzer on a judged JSONL corpus: indexes the chosen fields
 * ({@code title}, {@code body}, {@code author}, {@code source}) into an in-memory Lucene index with
 * the analyzer's index chain, ranks the top {@value #DEPTH} docs for each query with BM25 (Lucene's
 * defaults k1 = 1.2, b = 0.75) under each {@link Ranking}, and averages {@link RankingMetrics}:
 * MRR@10, Recall@10, Recall@100, nDCG@10. Corpus lines that are not valid articles are skipped and
 * counted ({@link Run#skippedLines()}); judged doc ids the corpus lacks are counted too ({@link
 * Run#missingJudgedDocs()}).
 */
public final class RetrievalEvaluation {

  /** Ranking depth: hits retrieved per query. */
  public static final int DEPTH = 100;

  private static final String ID = "id";

  private final Path corpus;
  private final List<String> fields;
  private final List<Ranking> rankings;

  /**
   * @throws IllegalArgumentException if {@code fields} is empty or names an unknown field
   */
  public RetrievalEvaluation(Path corpus, List<String> fields, List<Ranking> rankings) {
    if (rankings.isEmpty()) {
      throw new IllegalArgumentException("No ranking to evaluate; choose bag and/or fahras");
    }
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("No fields to index; choose among title, body, author, source");
    }
    for (String field : fields) {
      if (!List.of("title", "body", "author", "source").contains(field)) {
        throw new IllegalArgumentException(
            "Unknown field '" + field + "'; choose among title, body, author, source");
      }
    }
    this.corpus = corpus;
    this.fields = List.copyOf(fields);
    this.rankings = List.copyOf(rankings);
  }

  /**
   * The ranked hits and scores of one analyzer.
   *
   * @param ranking per qid, the ranked doc ids with their scores (at most {@value #DEPTH})
   * @param documents articles indexed
   * @param skippedLines corpus lines that were not valid articles
   * @param missingJudgedDocs distinct judged doc ids (of the queries evaluated) that no indexed
   *     article has: they count as relevant but can never be found
   */
  public record Run(
      RetrievalScores scores,
      Map<String, List<ScoredDoc>> ranking,
      int documents,
      int skippedLines,
      int missingJudgedDocs) {}

  /** A ranked doc. */
  public record ScoredDoc(String id, float score) {}

  /**
   * Indexes the corpus once with {@code analyzer.index()} and runs every judged query under every
   * ranking.
   *
   * @return one run per ranking, in the order given, labelled by {@link Ranking#label}
   * @throws IOException if the corpus cannot be read, or none of the judged doc ids is the id of an
   *     indexed article (qrels of another corpus, or the queries and qrels files swapped: every
   *     score would be a meaningless zero; the message names a few of the ids)
   */
  public List<Run> evaluate(AnalyzerPair analyzer, JudgedQueries queries) throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      Set<String> indexed = new HashSet<>();
      int[] counts = index(analyzer, directory, indexed);
      int missing = missingJudgedDocs(queries, indexed);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        List<Run> runs = new ArrayList<>(rankings.size());
        for (Ranking ranking : rankings) {
          runs.add(rank(searcher, analyzer, ranking, queries, counts, missing));
        }
        return runs;
      }
    }
  }

  private Run rank(IndexSearcher searcher, AnalyzerPair analyzer, Ranking ranking,
      JudgedQueries queries, int[] counts, int missing) throws IOException {
    StoredFields stored = searcher.storedFields();
    Map<String, List<ScoredDoc>> ranked = new LinkedHashMap<>();
    double mrr = 0;
    double r10 = 0;
    double r100 = 0;
    double ndcg = 0;
    for (Map.Entry<String, String> query : queries.texts().entrySet()) {
      TopDocs top = searcher.search(ranking.builder().build(query.getValue(), analyzer, fields), DEPTH);
      List<ScoredDoc> hits = new ArrayList<>(top.scoreDocs.length);
      List<String> ids = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc hit : top.scoreDocs) {
        String id = stored.document(hit.doc).get(ID);
        hits.add(new ScoredDoc(id, hit.score));
        ids.add(id);
      }
      ranked.put(query.getKey(), hits);
      Set<String> relevant = queries.relevant().get(query.getKey());
      mrr += RankingMetrics.reciprocalRank(ids, relevant, 10);
      r10 += RankingMetrics.recall(ids, relevant, 10);
      r100 += RankingMetrics.recall(ids, relevant, 100);
      ndcg += RankingMetrics.ndcg(ids, relevant, 10);
    }
    int n = Math.max(1, queries.texts().size());
    RetrievalScores scores = new RetrievalScores(ranking.label(analyzer), queries.texts().size(),
        mrr / n, r10 / n, r100 / n, ndcg / n);
    return new Run(scores, ranked, counts[0], counts[1], missing);
  }

  private int missingJudgedDocs(JudgedQueries queries, Set<String> indexed) throws IOException {
    Set<String> judged = new HashSet<>();
    queries.relevant().values().forEach(judged::addAll);
    List<String> missing = judged.stream().filter(id -> !indexed.contains(id)).sorted().toList();
    if (!judged.isEmpty() && missing.size() == judged.size()) {
      throw new IOException("none of the " + judged.size() + " judged doc ids is the id of an article in "
          + corpus + " (judged: " + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
          + "; corpus ids: " + String.join(", ", indexed.stream().sorted().limit(3).toList())
          + "); are --queries and --qrels swapped, or the qrels of another corpus?");
    }
    return missing.size();
  }

  private int[] index(AnalyzerPair analyzer, Directory directory, Set<String> ids) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer.index())
        .setSimilarity(new BM25Similarity())
        .setRAMBufferSizeMB(256)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    int documents = 0;
    int skipped = 0;
    try (IndexWriter writer = new IndexWriter(directory, config);
        JsonlArticleReader reader = JsonlArticleReader.open(corpus)) {
      while (reader.hasNext()) {
        CorpusLine line = reader.next();
        if (line instanceof CorpusLine.Valid valid) {
          writer.addDocument(document(valid.article()));
          ids.add(valid.article().id());
          documents++;
        } else {
          skipped++;
        }
      }
      writer.forceMerge(1);
    }
    return new int[] {documents, skipped};
  }

  private Document document(Article article) {
    Document doc = new Document();
    doc.add(new StoredField(ID, article.id()));
    for (String field : fields) {
      String text = switch (field) {
        case "title" -> article.title();
        case "body" -> article.body();
        case "author" -> article.author();
        case "source" -> article.source();
        default -> throw new IllegalStateException("unchecked field " + field);
      };
      if (text != null && !text.isEmpty()) {
        doc.add(new TextField(field, text, Field.Store.NO));
      }
    }
    return doc;
  }
}
