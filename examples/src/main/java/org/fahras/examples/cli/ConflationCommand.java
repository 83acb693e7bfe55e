package org.fahras.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fahras.eval.AnalyzerPair;
import org.fahras.eval.ConflationEvaluation;
import org.fahras.eval.ConflationScores;
import org.fahras.eval.ScoreTable;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code fahras conflation}: "same term" against "same lemma" on UD Arabic treebank words. */
@Command(name = "conflation", mixinStandardHelpOptions = true,
    description = {
        "Stemmer conflation against UD lemmas, Fahras beside Lucene's ArabicAnalyzer.",
        "Pairwise precision, recall and F1 of 'same term' against 'same lemma' over the content words"
            + " (NOUN PROPN VERB ADJ ADV, distinct form-lemma pairs) of a UD Arabic lemma file"
            + " (PUD words or PADT segments layout).",
        "Layouts (tab-separated, header first): PUD words: sent_id, surface_word, syntactic_tokens, lemmas,"
            + " lemmas_undiacritized, upos; PADT segments: sent_id, form_vocalized, form_undiacritized,"
            + " lemma_vocalized, lemma_undiacritized, upos, root, orig_doc."})
public final class ConflationCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--ud", required = true, description = "UD lemma file (tab-separated, header first).")
  Path ud;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<ConflationEvaluation.Word> words = ConflationEvaluation.read(ud);
    List<ConflationScores> rows = new ArrayList<>();
    for (AnalyzerPair analyzer : List.of(AnalyzerPair.fahras(), AnalyzerPair.luceneArabic())) {
      rows.add(ConflationEvaluation.score(analyzer.label(), analyzer.index(), words));
    }
    out.print(ScoreTable.conflation(rows));
    out.flush();
    return 0;
  }
}
