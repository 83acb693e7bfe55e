package org.fahras.eval;

import org.fahras.benchmarks.BenchCorpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled regression must reproduce its figures to 4 decimals, up or down. Skips (with a
 * message) a set whose data is absent from the shared data folder.
 */
class RegressionTest {

  @TestFactory
  Stream<DynamicTest> figuresMatchTheRegressionFiles() {
    Path data = BenchCorpus.sharedData();
    List<RegressionSpec> specs = RegressionSpec.bundled();
    return specs.stream().map(spec -> DynamicTest.dynamicTest(spec.name(), () -> check(spec, data)));
  }

  private static void check(RegressionSpec spec, Path data) throws IOException {
    Assumptions.assumeTrue(RegressionCheck.dataPresent(spec, data),
        "shared data for " + spec.name() + " absent under " + data);
    RegressionCheck.Outcome outcome = RegressionCheck.run(spec, data);
    assertTrue(outcome.mismatches().isEmpty(), () -> String.join("\n", outcome.mismatches())
        + "\nIf the change is intended, update regressions/" + spec.name()
        + ".json \"expected\" to:\n" + outcome.actualAsJson());
  }
}
