package org.fahras.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the tagger's classifier with Apache OpenNLP's event trainers on CoNLL sentences: one event per
 * token, the features of {@link NerFeatures} with the gold previous tags and a document memory filled
 * from the gold tags of earlier sentences of the same block of {@link Options#documentBlock()} sentences
 * (ANERcorp has no document boundaries; consecutive sentences come from the same article).
 */
public final class NerTrainer {
  /**
   * @param algorithm OpenNLP algorithm name: {@code PERCEPTRON} (averaged perceptron) or {@code MAXENT_QN}
   *     (L-BFGS maximum entropy; its zero weights are dropped, {@link SparseWeights}, which changes no score)
   * @param iterations training passes
   * @param cutoff features seen fewer times are dropped
   * @param documentBlock sentences per pseudo-document for the memory feature
   */
  public record Options(String algorithm, int iterations, int cutoff, int documentBlock) {
    /** The OpenNLP algorithms the tagger's features are trained with. */
    public static final List<String> ALGORITHMS = List.of("PERCEPTRON", "MAXENT_QN");

    /**
     * @throws IllegalArgumentException if the algorithm is not one of {@link #ALGORITHMS}, or
     *     iterations or documentBlock is below 1, or cutoff below 0
     */
    public Options {
      if (!ALGORITHMS.contains(algorithm)) {
        throw new IllegalArgumentException(
            "the algorithm must be one of " + String.join(", ", ALGORITHMS) + ", not " + algorithm);
      }
      if (iterations < 1 || documentBlock < 1 || cutoff < 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "iterations (%d) and documentBlock (%d) must be at least 1, cutoff (%d) at least 0",
            iterations, documentBlock, cutoff));
      }
    }

    /** The settings the bundled model was trained with. */
    public static Options defaults() {
      return new Options("MAXENT_QN", 100, 1, 20);
    }
  }

  private NerTrainer() {}

  /**
   * @return a model holding the trained classifier and the given features' resources
   * @throws IllegalArgumentException if there are no sentences
   */
  public static NerModel train(List<ConllSentence> data, NerFeatures features, Options opt) {
    if (data.isEmpty()) {
      throw new IllegalArgumentException("no training sentences");
    }
    List<Event> events = new ArrayList<>();
    for (int from = 0; from < data.size(); from += opt.documentBlock()) {
      Map<String, String> memory = new HashMap<>();
      for (ConllSentence cs : data.subList(from, Math.min(data.size(), from + opt.documentBlock()))) {
        NerFeatures.Sentence s = features.prepare(cs.tokens());
        String[] gold = cs.tags().toArray(new String[0]);
        String p1 = "BOS";
        String p2 = "BOS";
        for (int i = 0; i < s.size(); i++) {
          events.add(new Event(gold[i], features.features(s, i, p1, p2, memory.get(s.base(i)))));
          p2 = p1;
          p1 = gold[i];
        }
        NerTagger.remember(s::base, gold, memory);
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, opt.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, opt.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, opt.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, 2);
    params.put("PrintMessages", false);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
    MaxentModel classifier;
    try {
      classifier = SparseWeights.of(trainer.train(ObjectStreamUtils.createObjectStream(events)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Properties p = new Properties();
    p.setProperty("algorithm", opt.algorithm());
    p.setProperty("iterations", Integer.toString(opt.iterations()));
    p.setProperty("cutoff", Integer.toString(opt.cutoff()));
    p.setProperty("documentBlock", Integer.toString(opt.documentBlock()));
    p.setProperty("sentences", Integer.toString(data.size()));
    p.setProperty("events", Integer.toString(events.size()));
    p.setProperty("wordStatistics", String.format(Locale.ROOT, "%d words", features.statistics().size()));
    return new NerModel(classifier, features, p);
  }
}
