package org.fahras.examples.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fahras.eval.AnalyzerPair;
import org.fahras.eval.Ranking;
import org.fahras.eval.JudgedQueries;
import org.fahras.eval.RetrievalEvaluation;
import org.fahras.eval.RetrievalScores;
import org.fahras.eval.ScoreTable;
import org.fahras.eval.TrecRunWriter;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code fahras eval}: retrieval quality of Fahras's analyzer beside Lucene's stock ArabicAnalyzer
 * on a judged corpus, same index settings, BM25 and bag-of-terms queries for both.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {
        "Search quality on judged queries, Fahras beside Lucene's ArabicAnalyzer in the same run.",
        "Indexes a JSONL corpus in memory with each analyzer, ranks every query with BM25 (--ranking bag:"
            + " one SHOULD clause per distinct analyzed term, no query syntax; --ranking fahras: the query"
            + " module's ranked query) and prints MRR@10, Recall@10, Recall@100 and nDCG@10, one row per"
            + " analyzer and ranking."})
public final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--corpus", required = true, description = "Corpus, JSON Lines (.jsonl or .jsonl.gz).")
  Path corpus;

  @Option(names = "--queries", required = true, description = "Queries, qid<TAB>text (a tab inside the text reads as a space).")
  Path queries;

  @Option(names = "--qrels", required = true, description = "Relevance judgments: qid<TAB>docid, or TREC qid iter docid rel, tab- or space-separated (rel > 0 is relevant).")
  Path qrels;

  @Option(names = "--fields", split = ",", defaultValue = "title,body",
      description = "Fields to index and search (title, body, author, source). Default: ${DEFAULT-VALUE}.")
  List<String> fields;

  @Option(names = "--ranking", split = ",", defaultValue = "bag",
      description = {"Ranking(s) to evaluate, comma-separated: bag (one SHOULD clause per distinct analyzed"
          + " term) and/or fahras (the query module's ranked query: BM25F with the title weighted, proximity"
          + " and coverage clauses). Rows of fahras ranking are labelled <analyzer>+fahras-ranking."
          + " Default: ${DEFAULT-VALUE}."})
  List<String> rankings;

  @Option(names = "--run", description = "Also write the rankings as a TREC run file (tag = analyzer).")
  Path run;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path file : List.of(corpus, queries, qrels)) { // all three, before minutes of indexing
      if (!Files.exists(file)) {
        throw new NoSuchFileException(file.toString());
      }
      if (!Files.isReadable(file)) {
        throw new AccessDeniedException(file.toString());
      }
    }
    JudgedQueries judged = JudgedQueries.read(queries, qrels);
    List<Ranking> chosen = rankings.stream().map(Ranking::named).distinct().toList();
    RetrievalEvaluation evaluation = new RetrievalEvaluation(corpus, fields, chosen);
    List<RetrievalEvaluation.Run> runs = new ArrayList<>();
    for (AnalyzerPair analyzer : List.of(AnalyzerPair.fahras(), AnalyzerPair.luceneArabic())) {
      long start = System.nanoTime();
      List<RetrievalEvaluation.Run> results = evaluation.evaluate(analyzer, judged);
      runs.addAll(results);
      err.printf(Locale.ROOT, "%s: %d docs indexed, %d lines skipped, %.1f s%n",
          analyzer.label(), results.get(0).documents(), results.get(0).skippedLines(),
          (System.nanoTime() - start) / 1e9);
    }
    if (runs.get(0).missingJudgedDocs() > 0) {
      err.printf(Locale.ROOT, "warning: %d judged doc ids are not in the corpus; they count as relevant"
          + " documents no ranking can find%n", runs.get(0).missingJudgedDocs());
    }
    List<RetrievalScores> rows = runs.stream().map(RetrievalEvaluation.Run::scores).toList();
    out.print(ScoreTable.retrieval(rows));
    out.flush();
    if (run != null) {
      TrecRunWriter.write(run, runs);
      err.println("run written to " + run);
    }
    return 0;
  }
}
