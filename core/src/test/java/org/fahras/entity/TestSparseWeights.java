package org.fahras.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

class TestSparseWeights {
  /** Events where {@code w=<name>} decides the outcome and {@code noise=<k>} says nothing. */
  private static List<Event> events() {
    List<Event> events = new ArrayList<>();
    String[] names = {"a", "b", "c"};
    for (int i = 0; i < 300; i++) {
      String name = names[i % 3];
      events.add(new Event(name.equals("a") ? "B-PERS" : name.equals("b") ? "B-LOC" : "O",
          new String[] {"w=" + name, "noise=" + (i % 7), "bias"}));
    }
    return events;
  }

  private static MaxentModel trainMaxent() throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
    params.put(TrainingParameters.ITERATIONS_PARAM, 50);
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    params.put("PrintMessages", false);
    return TrainerFactory.getEventTrainer(params, new HashMap<>())
        .train(ObjectStreamUtils.createObjectStream(events()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Context> weights(MaxentModel m) {
    return (Map<String, Context>) ((AbstractModel) m).getDataStructures()[1];
  }

  private static int count(MaxentModel m, boolean nonZeroOnly) {
    int n = 0;
    for (Context c : weights(m).values()) {
      for (double w : c.getParameters()) {
        n += !nonZeroOnly || w != 0 ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void testMaximumEntropyModelKeepsOnlyItsNonZeroWeights() throws IOException {
    MaxentModel dense = trainMaxent();
    assertInstanceOf(QNModel.class, dense);
    int nonZero = count(dense, true);
    assertTrue(nonZero < count(dense, false), "L1 left no zero weight to drop: " + nonZero);
    MaxentModel sparse = SparseWeights.of(dense);
    assertInstanceOf(GISModel.class, sparse);
    assertEquals(nonZero, count(sparse, false));
    assertEquals(dense.getNumOutcomes(), sparse.getNumOutcomes());
    for (int k = 0; k < dense.getNumOutcomes(); k++) {
      assertEquals(dense.getOutcome(k), sparse.getOutcome(k));
    }
  }

  @Test
  void testDroppingZeroWeightsChangesNoScoreOrProbability() throws IOException {
    MaxentModel dense = trainMaxent();
    MaxentModel sparse = SparseWeights.of(dense);
    String[][] contexts = {{"w=a", "noise=3", "bias"}, {"w=b", "noise=0", "bias"}, {"w=c", "bias"},
        {"noise=5"}, {"w=unseen", "bias"}};
    for (String[] context : contexts) {
      assertArrayEquals(LinearScorer.of(dense).sum(context), LinearScorer.of(sparse).sum(context), 0.0);
      assertArrayEquals(dense.eval(context), sparse.eval(context), 1e-12);
    }
    assertEquals("B-PERS", sparse.getBestOutcome(sparse.eval(contexts[0])));
  }

  @Test
  void testPerceptronModelIsKeptAsItIs() throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    params.put(TrainingParameters.ITERATIONS_PARAM, 5);
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    params.put("PrintMessages", false);
    MaxentModel perceptron = TrainerFactory.getEventTrainer(params, new HashMap<>())
        .train(ObjectStreamUtils.createObjectStream(events()));
    assertSame(perceptron, SparseWeights.of(perceptron));
  }
}
