package org.fahras.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The entity target of {@link IndexingBenchmark} (indexing with recognition on at &ge; 0.5x the
 * articles/s of indexing with it off) checked on a machine other work keeps busy: it runs the
 * benchmark's own {@code fahras} operation with {@code entities=off} and {@code entities=on}
 * alternately in one JVM (1 thread), measures the process CPU time of each, and prints the minimum and
 * median CPU ms per operation and the on/off ratio of articles per CPU-second. Alternating cancels most
 * of the drift of other load that separate JMH trials see; the minimum is the round least disturbed.
 *
 * <p>{@code java -Dfahras.shared.data=../shared/data -cp benchmarks/target/benchmarks.jar
 * org.fahras.benchmarks.EntityIndexingPairedCheck [CORPUS|default] [BATCH=2000] [ROUNDS=8]
 * [RAM_BUFFER_MB=64]}; the first two rounds are warm-up and not counted.
 */
public final class EntityIndexingPairedCheck {

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final int WARM_UP_ROUNDS = 2;

  private EntityIndexingPairedCheck() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    IndexingBenchmark benchmark = new IndexingBenchmark();
    benchmark.corpus = args.length > 0 ? args[0] : BenchCorpus.DEFAULT;
    benchmark.batch = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    benchmark.ramBufferMb = args.length > 3 ? Double.parseDouble(args[3]) : 64;
    if (rounds <= WARM_UP_ROUNDS) {
      throw new IllegalArgumentException("ROUNDS must be > " + WARM_UP_ROUNDS + ", got " + rounds);
    }
    benchmark.threads = 1;
    benchmark.setUp();
    IndexingBenchmark.FahrasPipeline off = pipeline(benchmark, "off");
    IndexingBenchmark.FahrasPipeline on = pipeline(benchmark, "on");
    IndexingBenchmark.Throughput counters = new IndexingBenchmark.Throughput();
    List<Double> offMs = new ArrayList<>();
    List<Double> onMs = new ArrayList<>();
    try {
      for (int round = 0; round < rounds; round++) {
        // alternate which side goes first, so the GC and JIT work one leaves is not always charged to the other
        boolean offFirst = round % 2 == 0;
        long start = OS.getProcessCpuTime();
        benchmark.fahras(offFirst ? off : on, counters);
        long middle = OS.getProcessCpuTime();
        benchmark.fahras(offFirst ? on : off, counters);
        long end = OS.getProcessCpuTime();
        if (round >= WARM_UP_ROUNDS) {
          offMs.add((offFirst ? middle - start : end - middle) / 1e6);
          onMs.add((offFirst ? end - middle : middle - start) / 1e6);
        }
      }
    } finally {
      off.tearDown();
      on.tearDown();
      benchmark.tearDown();
    }
    int n = benchmark.articles().size();
    double offMin = Collections.min(offMs);
    double onMin = Collections.min(onMs);
    System.out.printf(Locale.ROOT,
        "%d articles/op, %d rounds: entities off %.0f ms CPU/op min, %.0f median; on %.0f min, %.0f median%n"
            + "on/off articles per CPU-second: %.2fx (minima), %.2fx (medians)%n",
        n, offMs.size(), offMin, median(offMs), onMin, median(onMs), offMin / onMin, median(offMs) / median(onMs));
  }

  private static IndexingBenchmark.FahrasPipeline pipeline(IndexingBenchmark benchmark, String entities) {
    IndexingBenchmark.FahrasPipeline p = new IndexingBenchmark.FahrasPipeline();
    p.entities = entities;
    p.setUp(benchmark);
    return p;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
