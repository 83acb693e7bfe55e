package org.fahras.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.analysis.ArabicAnalyzer;
import org.fahras.eval.StemVocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fahras stems}: the terms Fahras's index chain gives every Arabic word type of a corpus. */
@Command(name = "stems", mixinStandardHelpOptions = true,
    description = {
        "The terms Fahras's analyzer (its index chain) gives each Arabic word type of a JSONL(.gz) corpus:"
            + " word<TAB>count<TAB>terms, most frequent first. Run it on two checkouts and compare the"
            + " outputs to see what a stemmer change does.",
        "With --proclitic-check: the article forms (الوقت) whose forms with و, ب or لل (والوقت, بالوقت,"
            + " للوقت) get other terms, and how many word types and occurrences that is."})
public final class StemsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--corpus", required = true, description = "JSON Lines corpus (.jsonl or .jsonl.gz).")
  Path corpus;

  @Option(names = "--articles", defaultValue = "2147483647",
      description = "Read only the first N valid articles (default: all).")
  int articles;

  @Option(names = "--min-count", defaultValue = "2",
      description = "Leave out word types seen fewer times (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--proclitic-check", description = "Print the proclitic check instead of every word type.")
  boolean procliticCheck;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<org.fahras.corpus.CorpusError> bad = new java.util.ArrayList<>();
    List<StemVocabulary.WordType> types = StemVocabulary.count(corpus, articles, minCount, bad::add);
    PrintWriter err = spec.commandLine().getErr();
    bad.stream().limit(5).forEach(e -> err.println("skipped " + e));
    if (bad.size() > 5) {
      err.println("... and " + (bad.size() - 5) + " more bad lines");
    }
    try (Analyzer analyzer = new ArabicAnalyzer()) {
      if (procliticCheck) {
        List<StemVocabulary.Mismatch> mismatches = StemVocabulary.procliticMismatches(analyzer, types);
        long tokens = 0;
        for (StemVocabulary.Mismatch m : mismatches) {
          tokens += m.count();
          out.println(m.word() + "\t" + m.count() + "\t" + String.join("\t", m.terms()));
        }
        out.println(mismatches.size() + " article forms (" + tokens + " occurrences) whose و, ب or لل form"
            + " gets other terms (columns: word, count, terms of the word, و, ب, لل form)");
      } else {
        for (StemVocabulary.WordType t : types) {
          out.println(t.word() + "\t" + t.count() + "\t" + StemVocabulary.terms(analyzer, t.word()));
        }
      }
    }
    out.flush();
    return 0;
  }
}
