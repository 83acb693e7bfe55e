package org.fahras.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

class BenchRunnerTest {

  @Test
  void aUserParameterReplacesTheModesAndKeepsTheRest() {
    ChainedOptionsBuilder base = new OptionsBuilder().include(BenchRunner.INDEXING);
    BenchMode.QUICK.apply(base);
    Options options = BenchRunner.withParams(base.build(), Map.of("ramBufferMb", List.of("16", "64"), "threads", List.of("1")));

    assertEquals(List.of("16", "64"), List.copyOf(options.getParameter("ramBufferMb").get()));
    assertEquals(List.of("1"), List.copyOf(options.getParameter("threads").get()));
    assertEquals(List.of("500"), List.copyOf(options.getParameter("batch").get()), "the mode's other values stay");
    assertEquals(List.of(BenchRunner.INDEXING), options.getIncludes());
    assertEquals(1, options.getForkCount().get());
  }

  @Test
  void noUserParametersLeaveTheModesOptionsAsTheyAre() {
    ChainedOptionsBuilder base = new OptionsBuilder().include(BenchRunner.INDEXING);
    BenchMode.QUICK.apply(base);
    Options built = base.build();
    assertEquals(built, BenchRunner.withParams(built, Map.of()));
  }

  @Test
  void aParameterNoIncludedBenchmarkHasIsRefusedWithTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BenchRunner.checkParams("IndexingBenchmark", Set.of("ramBufferMbb")));
    assertEquals("unknown benchmark parameter 'ramBufferMbb' for 'IndexingBenchmark'; its parameters are "
        + "batch, corpus, entities, ramBufferMb, threads", e.getMessage());
    BenchRunner.checkParams("IndexingBenchmark", Set.of("ramBufferMb", "threads"));
    BenchRunner.checkParams("QueryLatencyBenchmark", Set.of("luceneHits"));
    assertThrows(IllegalArgumentException.class, () -> BenchRunner.checkParams("QueryLatencyBenchmark", Set.of("threads")));
  }
}
