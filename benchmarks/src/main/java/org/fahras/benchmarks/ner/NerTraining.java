package org.fahras.benchmarks.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fahras.corpus.CorpusLine;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.entity.BaseGazetteer;
import org.fahras.entity.ConllReader;
import org.fahras.entity.ConllSentence;
import org.fahras.entity.NerEvaluation;
import org.fahras.entity.NerFeatures;
import org.fahras.entity.NerModel;
import org.fahras.entity.NerScores;
import org.fahras.entity.NerTrainer;
import org.fahras.entity.NerTagger;
import org.fahras.entity.WordStatistics;

/**
 * The reproducible training and evaluation of the Fahras NER model: word statistics counted on an
 * unlabeled JSONL corpus (titles and bodies), the base gazetteer as feature gazetteer, OpenNLP training on
 * a CoNLL file. Used by {@code fahras ner-train} and {@code fahras ner-eval}.
 */
public final class NerTraining {
  /** Words seen fewer times in the unlabeled corpus are not kept in the model. */
  public static final int MIN_COUNT = 3;

  private NerTraining() {}

  /**
   * Counts word statistics over a JSONL corpus (gzip or plain), skipping invalid lines.
   *
   * @param unlabeled corpus file, or null for none (then every word is "unseen")
   */
  public static WordStatistics statistics(Path unlabeled) throws IOException {
    if (unlabeled == null) {
      return WordStatistics.empty();
    }
    WordStatistics.Counter counter = new WordStatistics.Counter();
    try (JsonlArticleReader r = JsonlArticleReader.open(unlabeled)) {
      while (r.hasNext()) {
        if (r.next() instanceof CorpusLine.Valid v) {
          counter.add(v.article().title());
          counter.add(v.article().body());
        }
      }
    }
    counter.startContexts(MIN_COUNT);
    try (JsonlArticleReader r = JsonlArticleReader.open(unlabeled)) {
      while (r.hasNext()) {
        if (r.next() instanceof CorpusLine.Valid v) {
          counter.addContexts(v.article().title());
          counter.addContexts(v.article().body());
        }
      }
    }
    return counter.build(MIN_COUNT);
  }

  /** @return the features for training: given statistics and the base gazetteer */
  public static NerFeatures features(WordStatistics stats) {
    return new NerFeatures(stats, BaseGazetteer.load());
  }

  /** Trains on a CoNLL file. */
  public static NerModel train(Path conll, WordStatistics stats, NerTrainer.Options opt) {
    return NerTrainer.train(ConllReader.read(conll), features(stats), opt);
  }

  /** @return per-fold scores and, last, their pooled total */
  public static List<NerScores> crossValidate(Path conll, int folds, int run, WordStatistics stats,
      NerTrainer.Options opt) {
    List<ConllSentence> data = ConllReader.read(conll);
    List<NerScores> perFold = NerEvaluation.crossValidate(data, folds, run, features(stats), opt);
    NerScores total = new NerScores();
    perFold.forEach(total::addAll);
    List<NerScores> out = new java.util.ArrayList<>(perFold);
    out.add(total);
    return out;
  }

  /** Quick driver: {@code train.conll unlabeled.jsonl.gz|- folds algorithm iterations [out.zip]}. */
  public static void main(String[] args) throws IOException {
    long t0 = System.nanoTime();
    WordStatistics stats;
    if (args[1].endsWith(".tsv")) {
      try (java.io.BufferedReader r = java.nio.file.Files.newBufferedReader(Path.of(args[1]))) {
        stats = WordStatistics.read(r);
      }
    } else {
      stats = statistics(args[1].equals("-") ? null : Path.of(args[1]));
      Path cache = Path.of(System.getProperty("java.io.tmpdir"), "fahras-wordstats2.tsv");
      try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(cache)) {
        stats.write(w);
      }
    }
    System.out.printf("word statistics: %s in %.1f s%n", stats, (System.nanoTime() - t0) / 1e9);
    NerTrainer.Options opt = new NerTrainer.Options(args[3], Integer.parseInt(args[4]), 1, 20);
    String[] fr = args[2].split("/");
    int folds = Integer.parseInt(fr[0]);
    if (folds > 1) {
      List<NerScores> s = crossValidate(Path.of(args[0]), folds, Integer.parseInt(fr[fr.length - 1]), stats, opt);
      for (int i = 0; i < s.size() - 1; i++) {
        System.out.printf("fold %d micro-F1 %.2f%n", i + 1, s.get(i).microF1());
      }
      System.out.print(s.get(s.size() - 1).table());
    }
    if (args.length > 5) {
      NerModel m = train(Path.of(args[0]), stats, opt);
      m.save(Path.of(args[5]));
      System.out.print(NerEvaluation.evaluate(new NerTagger(m), ConllReader.read(Path.of(args[0])), 20).table());
    }
    System.out.printf("total %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }
}
