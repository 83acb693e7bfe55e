package org.fahras.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fahras.benchmarks.ner.NerTraining;
import org.fahras.entity.ConllReader;
import org.fahras.entity.NerModel;
import org.fahras.entity.NerTrainer;
import org.fahras.entity.WordStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code fahras ner-train}: trains the statistical entity tagger and writes the model zip. */
@Command(name = "ner-train", mixinStandardHelpOptions = true,
    description = "Train the Arabic NER tagger (OpenNLP) on a CoNLL file; word statistics come from an unlabeled "
        + "JSONL corpus. The bundled model was made with the defaults on ANERcorp + SaudiNewsNet.")
public final class NerTrainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--conll", required = true, description = "training data, token<TAB>BIO tag (PERS/LOC/ORG/MISC)")
  Path conll;

  @Option(names = "--unlabeled", description = "JSONL(.gz) articles for word statistics (optional but recommended)")
  Path unlabeled;

  @Option(names = "--out", required = true, description = "model zip to write")
  Path modelFile;

  @Option(names = "--algorithm", defaultValue = "MAXENT_QN", description = "MAXENT_QN or PERCEPTRON (default ${DEFAULT-VALUE}, the bundled model's)")
  String algorithm;

  @Option(names = "--iterations", defaultValue = "-1", description = "training passes (default: the bundled model's)")
  int iterations;

  /** @throws CommandLine.ParameterException if {@code algorithm} is not one {@link NerTrainer.Options} trains with */
  static void checkAlgorithm(CommandLine.Model.CommandSpec spec, String algorithm) {
    if (!NerTrainer.Options.ALGORITHMS.contains(algorithm)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--algorithm must be "
          + String.join(" or ", NerTrainer.Options.ALGORITHMS) + ", got " + algorithm);
    }
  }

  @Override
  public Integer call() throws Exception {
    java.io.PrintWriter out = spec.commandLine().getOut();
    NerTrainer.Options d = NerTrainer.Options.defaults();
    checkAlgorithm(spec, algorithm);
    NerTrainer.Options opt = new NerTrainer.Options(algorithm, iterations > 0 ? iterations : d.iterations(),
        d.cutoff(), d.documentBlock());
    Path folder = modelFile.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) { // before minutes of training, not after
      throw new IOException("no such folder: " + folder + " (--out " + modelFile + ")");
    }
    for (Path in : unlabeled == null ? List.of(conll) : List.of(conll, unlabeled)) {
      if (!Files.isRegularFile(in)) {
        throw new NoSuchFileException(in.toString());
      }
    }
    long t0 = System.nanoTime();
    ConllReader.readSentences(conll); // a bad or empty file fails before the word statistics
    WordStatistics stats = NerTraining.statistics(unlabeled);
    out.printf(java.util.Locale.ROOT, "word statistics: %d words (%.1f s)%n", stats.size(), (System.nanoTime() - t0) / 1e9);
    NerModel model = NerTraining.train(conll, stats, opt);
    model.save(modelFile);
    out.printf(java.util.Locale.ROOT, "wrote %s (%s) in %.1f s%n", modelFile, model.properties(), (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
