package org.fahras.entity;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Raw (unnormalized) outcome scores of an OpenNLP linear model (perceptron, GIS or L-BFGS maximum
 * entropy): the sum of the weights of the active features, read from the model's own parameter map.
 * OpenNLP's {@code eval} turns these sums into probabilities with a monotone softmax, so the best
 * outcome is the same; working on the sums lets the tagger add a word's cached partial sum instead of
 * looking its features up again on every occurrence.
 */
final class LinearScorer {
  private final Map<String, Context> parameters;
  private final int outcomes;

  private LinearScorer(Map<String, Context> parameters, int outcomes) {
    this.parameters = parameters;
    this.outcomes = outcomes;
  }

  /**
   * @return a scorer over the model's parameters
   * @throws IllegalArgumentException if the model is not an OpenNLP linear model exposing its parameter map
   */
  @SuppressWarnings("unchecked")
  static LinearScorer of(MaxentModel model) {
    if (model instanceof AbstractModel m && m.getDataStructures().length > 1
        && m.getDataStructures()[1] instanceof Map<?, ?> map) {
      return new LinearScorer((Map<String, Context>) map, m.getNumOutcomes());
    }
    throw new IllegalArgumentException("not an OpenNLP linear model: " + model.getClass().getName());
  }

  /** @return the weight vectors of every feature whose name starts with {@code prefix}, by the rest of the name */
  Map<String, double[]> withPrefix(String prefix) {
    Map<String, double[]> out = new java.util.HashMap<>();
    for (Map.Entry<String, Context> e : parameters.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        double[] v = new double[outcomes];
        add(e.getKey(), v);
        out.put(e.getKey().substring(prefix.length()), v);
      }
    }
    return out;
  }

  /**
   * @return the sum of the absolute values of all the model's weights: no score of a token whose features
   *     are distinct exceeds it in magnitude, nor does any partial sum of its weights
   */
  double l1Norm() {
    double sum = 0;
    for (Context c : parameters.values()) {
      for (double p : c.getParameters()) {
        sum += Math.abs(p);
      }
    }
    return sum;
  }

  /** @return the number of outcomes (length of every score vector) */
  int outcomes() {
    return outcomes;
  }

  /** Adds the weights of {@code features} (unknown features weigh nothing) to {@code scores}. */
  void add(String[] features, double[] scores) {
    for (String f : features) {
      add(f, scores);
    }
  }

  /** Adds the weights of one feature to {@code scores}. */
  void add(String feature, double[] scores) {
    Context c = parameters.get(feature);
    if (c != null) {
      int[] o = c.getOutcomes();
      double[] p = c.getParameters();
      for (int j = 0; j < o.length; j++) {
        scores[o[j]] += p[j];
      }
    }
  }

  /** @return the summed weights of {@code features} */
  double[] sum(String[] features) {
    double[] s = new double[outcomes];
    add(features, s);
    return s;
  }
}
