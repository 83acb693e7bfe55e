package org.fahras.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a tagger on CoNLL sentences, and k-fold cross-validation of the trainer. Sentences are fed to
 * the tagger in documents of {@code documentBlock} consecutive sentences (as in training). Folds are
 * contiguous slices of the file, so sentences of one article do not land on both sides.
 */
public final class NerEvaluation {
  private NerEvaluation() {}

  /** @return the scores of {@code tagger} on {@code gold} */
  public static NerScores evaluate(NerTagger tagger, List<ConllSentence> gold, int documentBlock) {
    NerScores scores = new NerScores();
    for (int from = 0; from < gold.size(); from += documentBlock) {
      List<ConllSentence> doc = gold.subList(from, Math.min(gold.size(), from + documentBlock));
      List<List<String>> tokens = new ArrayList<>(doc.size());
      doc.forEach(s -> tokens.add(s.tokens()));
      List<String[]> tags = tagger.tagDocument(tokens);
      for (int i = 0; i < doc.size(); i++) {
        scores.add(doc.get(i).tags(), tags.get(i));
      }
    }
    return scores;
  }

  /**
   * Trains on k-1 folds and scores the held-out fold, k times.
   *
   * @param folds k, at least 2
   * @return one score per fold, in order
   */
  public static List<NerScores> crossValidate(List<ConllSentence> data, int folds, NerFeatures features,
      NerTrainer.Options opt) {
    return crossValidate(data, folds, folds, features, opt);
  }

  /**
   * Like {@link #crossValidate(List, int, NerFeatures, NerTrainer.Options)} but runs only the first
   * {@code run} folds (for quick experiments).
   */
  public static List<NerScores> crossValidate(List<ConllSentence> data, int folds, int run, NerFeatures features,
      NerTrainer.Options opt) {
    if (folds < 2 || folds > data.size()) {
      throw new IllegalArgumentException("folds must be between 2 and the number of sentences, got " + folds);
    }
    List<NerScores> out = new ArrayList<>();
    for (int k = 0; k < Math.min(run, folds); k++) {
      int from = (int) ((long) data.size() * k / folds);
      int to = (int) ((long) data.size() * (k + 1) / folds);
      List<ConllSentence> train = new ArrayList<>(data.subList(0, from));
      train.addAll(data.subList(to, data.size()));
      NerModel model = NerTrainer.train(train, features, opt);
      out.add(evaluate(new NerTagger(model), data.subList(from, to), opt.documentBlock()));
    }
    return out;
  }

  /**
   * The baseline measured beside the tagger: the gazetteer alone ({@link GazetteerMatcher}, clitic-aware
   * and variant keys) tagging the same sentences.
   *
   * @return the scores of gazetteer lookup on {@code gold}
   */
  public static NerScores evaluateGazetteer(Gazetteer gazetteer, List<ConllSentence> gold) {
    GazetteerMatcher matcher = new GazetteerMatcher(gazetteer);
    NerScores scores = new NerScores();
    for (ConllSentence s : gold) {
      String[] folded = new String[s.tokens().size()];
      String[] tags = new String[folded.length];
      for (int i = 0; i < folded.length; i++) {
        folded[i] = EntityNormalizer.normalize(s.tokens().get(i));
        tags[i] = "O";
      }
      for (GazetteerMatcher.Match m : matcher.match(folded)) {
        String type = m.entity().type().conllTag();
        tags[m.firstToken()] = "B-" + type;
        for (int k = m.firstToken() + 1; k < m.endToken(); k++) {
          tags[k] = "I-" + type;
        }
      }
      scores.add(s.tags(), tags);
    }
    return scores;
  }
}
