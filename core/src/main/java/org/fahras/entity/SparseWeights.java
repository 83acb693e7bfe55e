package org.fahras.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Drops the zero weights of a trained OpenNLP maximum-entropy model. OpenNLP's L-BFGS trainer
 * ({@code MAXENT_QN}) with its default L1 cost (0.1) leaves most weights at exactly zero (on the
 * ANERcorp training part with the tagger's features: 4.18 M of 4.33 M weights, and 415k of 481k
 * features with no weight at all), but its {@link QNModel} stores every feature's weight for every
 * outcome, in memory and on disk. {@link GISModel} is the same log-linear model (probabilities
 * {@code exp} of the summed weights, normalized over the outcomes) stored sparsely, one
 * {@link Context} of non-zero weights per feature, so moving the non-zero weights into one changes
 * no score, probability or tag, and keeps about 1/30 of the weights.
 */
final class SparseWeights {
  private SparseWeights() {}

  /**
   * @return {@code model} itself unless it is a {@link QNModel}; for a {@link QNModel}, a
   *     {@link GISModel} with the same outcomes (in the same order) and the features that have a
   *     non-zero weight, each with its non-zero weights only
   */
  static MaxentModel of(MaxentModel model) {
    if (!(model instanceof QNModel qn)) {
      return model;
    }
    Object[] data = qn.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> byFeature = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    List<String> features = new ArrayList<>();
    List<Context> weights = new ArrayList<>();
    for (Map.Entry<String, Context> e : byFeature.entrySet()) {
      Context nonZero = nonZero(e.getValue());
      if (nonZero.getParameters().length > 0) {
        features.add(e.getKey());
        weights.add(nonZero);
      }
    }
    return new GISModel(weights.toArray(new Context[0]), features.toArray(new String[0]), outcomes);
  }

  /** @return the context's non-zero weights with their outcomes (none when all are zero) */
  static Context nonZero(Context c) {
    int[] outcomes = c.getOutcomes();
    double[] weights = c.getParameters();
    int n = 0;
    for (double w : weights) {
      if (w != 0) {
        n++;
      }
    }
    int[] keptOutcomes = new int[n];
    double[] kept = new double[n];
    int k = 0;
    for (int j = 0; j < weights.length; j++) {
      if (weights[j] != 0) {
        keptOutcomes[k] = outcomes[j];
        kept[k++] = weights[j];
      }
    }
    return new Context(keptOutcomes, kept);
  }
}
