package org.fahras.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fahras.eval.AnalyzerPair;
import org.fahras.eval.QuranEvaluation;
import org.fahras.eval.QuranScores;
import org.fahras.eval.ScoreTable;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code fahras quran-eval}: do Uthmani and plain spellings of each verse give the same terms? */
@Command(name = "quran-eval", mixinStandardHelpOptions = true,
    description = {
        "Diacritic and letter-form folding on the Qur'an, Fahras beside Lucene's ArabicAnalyzer.",
        "Per-verse term-bag F1 between the diacritized Uthmani text and the plain text"
            + " (columns verse_id, uthmani_diacritized, tanzil_simple_clean).",
        "A file of another layout (header, column count, verse ids chapter:verse) is refused with its line."})
public final class QuranEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--file", required = true, description = "The verses file (tab-separated; header verse_id, uthmani_diacritized,"
      + " tanzil_simple_clean; one verse a line).")
  Path file;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<QuranEvaluation.Verse> verses = QuranEvaluation.read(file);
    List<QuranScores> rows = new ArrayList<>();
    for (AnalyzerPair analyzer : List.of(AnalyzerPair.fahras(), AnalyzerPair.luceneArabic())) {
      rows.add(QuranEvaluation.score(analyzer.label(), analyzer.index(), verses));
    }
    out.print(ScoreTable.quran(rows));
    out.flush();
    return 0;
  }
}
