package org.fahras.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the JMH benchmarks in-process through JMH's {@link Runner} (forks use this JVM's class path,
 * which must hold the benchmarks jar with its {@code META-INF/BenchmarkList}), writes JMH's JSON
 * result to {@code <out>/jmh-result.json}, then the tables and charts of {@link BenchReport}.
 */
public final class BenchRunner {

  /** The default {@code --include} of a full run: every Fahras benchmark class. */
  public static final String ALL = "org\\.fahras\\.benchmarks\\..*Benchmark\\..*";
  /** The default {@code --include} of a quick run: indexing throughput, the headline figure. */
  public static final String INDEXING = "org\\.fahras\\.benchmarks\\.IndexingBenchmark\\..*";

  /**
   * What to run.
   *
   * @param mode quick or full
   * @param include a regular expression over {@code class.method} names (JMH's include)
   * @param corpus a JSON Lines corpus for the {@code corpus} parameter, or null for the default
   *     (see {@link BenchCorpus#resolve})
   * @param out the folder for the JSON result, tables and charts (created if missing)
   * @param profilers JMH profiler names ({@code gc}, {@code stack}, ...), each optionally followed by
   *     {@code :} and its options as on JMH's command line ({@code stack:lines=3;top=20}), may be empty
   * @param jvmArgs extra arguments for the forked JVMs (e.g. {@code -Xmx512m}), may be empty
   * @param params benchmark parameters by name ({@code ramBufferMb} to {@code [16, 64]}), set after the
   *     mode's, so they override it; may be empty
   */
  public record Settings(BenchMode mode, String include, Path corpus, Path out, List<String> profilers, List<String> jvmArgs,
      Map<String, List<String>> params) {
    public Settings {
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(out, "out");
      if (include == null || include.isBlank()) {
        include = mode == BenchMode.QUICK ? INDEXING : ALL;
      }
      profilers = List.copyOf(profilers);
      jvmArgs = List.copyOf(jvmArgs);
      Map<String, List<String>> copy = new LinkedHashMap<>();
      params.forEach((name, values) -> copy.put(name, List.copyOf(values)));
      params = Collections.unmodifiableMap(copy);
    }

    /** Settings without extra parameters. */
    public Settings(BenchMode mode, String include, Path corpus, Path out, List<String> profilers, List<String> jvmArgs) {
      this(mode, include, corpus, out, profilers, jvmArgs, Map.of());
    }
  }

  private BenchRunner() {}

  /**
   * Runs the benchmarks and writes the results.
   *
   * @return the JSON result file
   * @throws IllegalArgumentException if the corpus cannot be found or no benchmark matches
   *     {@code include}
   * @throws RunnerException if JMH fails or a benchmark throws
   * @throws IOException if a result file cannot be written
   */
  public static Path run(Settings settings, PrintWriter out) throws RunnerException, IOException {
    Path corpus = BenchCorpus.resolve(settings.corpus() == null ? BenchCorpus.DEFAULT : settings.corpus().toString());
    Files.createDirectories(settings.out());
    Path json = settings.out().resolve("jmh-result.json").toAbsolutePath();
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(settings.include())
        .param("corpus", corpus.toString())
        .shouldFailOnError(true)
        .result(json.toString())
        .resultFormat(ResultFormatType.JSON);
    settings.mode().apply(options);
    for (String profiler : settings.profilers()) {
      int colon = profiler.indexOf(':');
      if (colon < 0) {
        options.addProfiler(profiler);
      } else {
        options.addProfiler(profiler.substring(0, colon), profiler.substring(colon + 1));
      }
    }
    if (!settings.jvmArgs().isEmpty()) {
      options.jvmArgsAppend(settings.jvmArgs().toArray(String[]::new));
    }
    checkParams(settings.include(), settings.params().keySet());
    out.println("# corpus: " + corpus);
    if (settings.corpus() == null) {
      BenchCorpus.fallbackNote(corpus).ifPresent(note -> out.println("# note: " + note));
    }
    out.flush();
    try {
      new Runner(withParams(options.build(), settings.params())).run();
    } catch (NoBenchmarksException e) {
      throw new IllegalArgumentException("no benchmark matches the include pattern '" + settings.include()
          + "' (names are class.method, e.g. IndexingBenchmark.fahras)", e);
    }
    BenchReport.write(json, settings.out(), out);
    out.println();
    out.println("wrote " + json + " and the tables (.md) and charts (.png) beside it");
    out.flush();
    return json;
  }

  /**
   * Refuses a parameter no benchmark matched by {@code include} has (JMH would ignore it and run
   * with the default value, so a typo would go unnoticed).
   *
   * @throws IllegalArgumentException naming the unknown parameter and the known ones
   */
  static void checkParams(String include, Set<String> names) {
    if (names.isEmpty()) {
      return;
    }
    OutputFormat silent = OutputFormatFactory.createFormatInstance(
        new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8), VerboseMode.SILENT);
    Set<String> known = new TreeSet<>();
    for (BenchmarkListEntry entry : BenchmarkList.defaultList().find(silent, List.of(include), List.of())) {
      known.addAll(entry.getParams().orElse(Map.of()).keySet());
    }
    for (String name : names) {
      if (!known.isEmpty() && !known.contains(name)) {
        throw new IllegalArgumentException("unknown benchmark parameter '" + name + "' for '" + include
            + "'; its parameters are " + String.join(", ", known));
      }
    }
  }

  /**
   * The user's parameters over the mode's: JMH's builder adds a second value to a parameter set twice,
   * while a child builder's value replaces its parent's.
   */
  static Options withParams(Options base, Map<String, List<String>> params) {
    if (params.isEmpty()) {
      return base;
    }
    ChainedOptionsBuilder user = new OptionsBuilder().parent(base);
    params.forEach((name, values) -> user.param(name, values.toArray(String[]::new)));
    return user.build();
  }
}
