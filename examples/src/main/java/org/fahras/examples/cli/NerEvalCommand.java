package org.fahras.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fahras.benchmarks.ner.NerTraining;
import org.fahras.entity.BaseGazetteer;
import org.fahras.entity.ConllReader;
import org.fahras.entity.ConllSentence;
import org.fahras.entity.NerEvaluation;
import org.fahras.entity.NerModel;
import org.fahras.entity.NerScores;
import org.fahras.entity.NerTagger;
import org.fahras.entity.NerTrainer;
import org.fahras.entity.WordStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code fahras ner-eval}: entity-level exact-match P/R/F1 of the tagger on a CoNLL file, or k-fold CV. */
@Command(name = "ner-eval", mixinStandardHelpOptions = true,
    description = {"Tag a CoNLL file with the bundled (or given) model and print entity-level exact-match "
        + "precision/recall/F1 per type and micro over PERS/LOC/ORG; with --cross-validate K, retrain K times "
        + "on the file itself.",
        "The bundled model was trained on ANERcorp's training part: its figures on that file or a slice of it "
        + "are not held-out (a note says so before the table); there, use --cross-validate K for a held-out "
        + "figure."})
public final class NerEvalCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--conll", required = true, description = "token<TAB>BIO tag file")
  Path conll;

  @Option(names = "--model", description = "model zip (default: the model bundled in fahras-core)")
  Path model;

  @Option(names = "--cross-validate", description = "K >= 2 folds of contiguous sentences (retrains K times)")
  Integer crossValidate;

  @Option(names = "--unlabeled", description = "with --cross-validate: JSONL(.gz) corpus for word statistics")
  Path unlabeled;

  @Option(names = "--algorithm", description = "with --cross-validate: MAXENT_QN (L-BFGS maximum entropy, the"
      + " bundled model's, the default) or PERCEPTRON (averaged perceptron; about 1/8 of the training time)")
  String algorithm;

  @Override
  public Integer call() throws Exception {
    java.io.PrintWriter out = spec.commandLine().getOut();
    if (crossValidate != null && crossValidate < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--cross-validate needs at least 2 folds, got " + crossValidate);
    }
    int folds = crossValidate == null ? 0 : crossValidate;
    if (unlabeled != null && folds == 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--unlabeled is used only with --cross-validate K (it feeds the models trained there)");
    }
    if (algorithm != null && folds == 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--algorithm is used only with --cross-validate K (the models trained there)");
    }
    if (algorithm != null) {
      NerTrainCommand.checkAlgorithm(spec, algorithm);
    }
    if (model != null && folds > 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--model and --cross-validate cannot be combined: cross-validation trains its own models");
    }
    long t0 = System.nanoTime();
    List<ConllSentence> sentences = ConllReader.readSentences(conll); // a bad or empty file fails before minutes of work
    NerScores scores;
    if (folds > 0) {
      WordStatistics stats = NerTraining.statistics(unlabeled);
      NerTrainer.Options d = NerTrainer.Options.defaults();
      NerTrainer.Options options = algorithm == null ? d
          : new NerTrainer.Options(algorithm, d.iterations(), d.cutoff(), d.documentBlock());
      List<NerScores> s = NerTraining.crossValidate(conll, folds, folds, stats, options);
      for (int i = 0; i < folds; i++) {
        out.printf(Locale.ROOT, "fold %d: micro-F1 %.2f%n", i + 1, s.get(i).microF1());
      }
      scores = s.get(folds);
      out.println("pooled over all folds:");
    } else {
      NerModel m = model == null ? NerModel.bundled() : NerModel.load(model);
      if (model == null) {
        out.println(bundledModelNote(m));
      }
      scores = NerEvaluation.evaluate(new NerTagger(m), sentences, NerTrainer.Options.defaults().documentBlock());
    }
    out.print(scores.table());
    out.println("baseline, same sentences: the base gazetteer alone (no tagger):");
    out.print(NerEvaluation.evaluateGazetteer(BaseGazetteer.load(), sentences).table());
    out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
    return 0;
  }

  /** The line before the bundled model's table: what it was trained on, so no one takes it as held-out. */
  static String bundledModelNote(NerModel bundled) {
    String sentences = bundled.properties().getProperty("sentences");
    return "note: the bundled model was trained on ANERcorp's training part (anercorp_train.conll"
        + (sentences == null ? "" : ", " + sentences + " sentences") + "): on that file or a slice of it these"
        + " figures are not held-out; --cross-validate K gives a held-out figure";
  }
}
