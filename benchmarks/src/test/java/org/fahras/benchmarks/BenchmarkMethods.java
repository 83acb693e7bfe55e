package org.fahras.benchmarks;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The {@code @Benchmark} methods of a class, so that each {@code XxxBenchmarkTest} can assert it
 * ran every one of them (a method added without a test fails the build).
 */
final class BenchmarkMethods {

  private BenchmarkMethods() {}

  static Set<String> of(Class<?> benchmarkClass) {
    Set<String> names = new TreeSet<>();
    for (Method m : benchmarkClass.getMethods()) {
      if (m.isAnnotationPresent(Benchmark.class)) {
        names.add(m.getName());
      }
    }
    return names;
  }
}
