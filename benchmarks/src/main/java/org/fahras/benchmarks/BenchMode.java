package org.fahras.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** How long and how wide a benchmark run is. */
public enum BenchMode {
  /**
   * About two minutes for the indexing benchmark on two cores: 1 fork, 2 warmup and 5 measured
   * iterations of 3 s, batches of 500 articles, a 64 MB RAM buffer (Fahras's default), 1 and 2
   * threads, entity recognition off and on. For a first look; ratios are rougher than in a full run.
   */
  QUICK {
    @Override
    void apply(ChainedOptionsBuilder options) {
      options.forks(1)
          .warmupIterations(2).warmupTime(TimeValue.seconds(3))
          .measurementIterations(5).measurementTime(TimeValue.seconds(3))
          .timeUnit(TimeUnit.SECONDS)
          .param("batch", "500")
          .param("ramBufferMb", "64")
          .param("entities", "off", "on");
    }
  },
  /**
   * The benchmarks' own annotations: for indexing, 2 forks, 2 warmup and 4 measured iterations of
   * 15 s, batches of 5,000 articles, a 64 MB RAM buffer, 1 and 2 threads, entity recognition off,
   * gazetteer-only and on. About 45 minutes on two cores: IndexingBenchmark runs 8 configurations of
   * about 3 minutes each.
   */
  FULL {
    @Override
    void apply(ChainedOptionsBuilder options) {
      // the @Warmup/@Measurement/@Fork/@Param annotations hold the full settings
    }
  };

  abstract void apply(ChainedOptionsBuilder options);
}
