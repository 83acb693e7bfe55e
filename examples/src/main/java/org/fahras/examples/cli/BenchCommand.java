package org.fahras.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fahras.benchmarks.BenchCorpus;
import org.fahras.benchmarks.BenchMode;
import org.fahras.benchmarks.BenchReport;
import org.fahras.benchmarks.BenchRunner;
import org.fahras.benchmarks.IndexingHeapCheck;
import org.openjdk.jmh.runner.RunnerException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Runs the JMH benchmarks and writes JMH's JSON, Fahras/Lucene tables and PNG charts. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Run the JMH benchmarks (Fahras beside bare Lucene in the same run) and write JMH's JSON result,"
        + " a table with the Fahras/Lucene ratio of each figure (.md, also printed) and a PNG chart per benchmark.",
        "--quick takes about two minutes on two cores; --full runs the benchmarks' own settings (about 45 minutes on two cores; IndexingBenchmark alone about 25).",
        "Absolute numbers vary by machine and load; compare the ratios of one run."})
public final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  static final class Mode {
    @Option(names = "--quick", description = "Short run: 1 fork, few iterations, small batches (default).")
    boolean quick;

    @Option(names = "--full", description = "Full run: the benchmarks' annotations (2 forks, batches of 5,000 articles).")
    boolean full;
  }

  @ArgGroup(exclusive = true)
  Mode mode;

  @Option(names = "--include", paramLabel = "REGEX",
      description = "Benchmarks to run, a regular expression over class.method (e.g. IndexingBenchmark, AnalysisBenchmark, QueryLatencyBenchmark, 'Indexing.*fahras'); default: IndexingBenchmark with --quick, all with --full.")
  String include;

  @Option(names = "--corpus", paramLabel = "PATH",
      description = "JSON Lines corpus (.jsonl or .jsonl.gz); default: SaudiNewsNet from ../shared/data if present, else the bundled ARCD articles.")
  Path corpus;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "bench-results",
      description = "Folder for jmh-result.json, the tables and charts (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--prof", paramLabel = "NAME", description = "JMH profiler, repeatable: gc, stack, 'stack:lines=3;top=20', ...")
  List<String> profilers = new ArrayList<>();

  @Option(names = "--jvm-arg", paramLabel = "ARG", description = "Extra argument for the forked JVMs, repeatable (e.g. --jvm-arg=-Xmx512m).")
  List<String> jvmArgs = new ArrayList<>();

  @Option(names = {"-p", "--param"}, paramLabel = "NAME=V1,V2",
      description = "Benchmark parameter, repeatable, as JMH's -p (e.g. -p ramBufferMb=16,64 -p threads=1); overrides the mode's.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--report", paramLabel = "JSON",
      description = "Do not run: write the tables and charts of an existing JMH JSON result (e.g. from the benchmarks.jar line) into --out.")
  Path report;

  @Option(names = "--heap", description = "Do not run JMH: index the whole corpus with default settings in a JVM limited to"
      + " --heap-limit and report the peak heap.")
  boolean heap;

  @Option(names = "--heap-limit", paramLabel = "SIZE", defaultValue = "512m", description = "Heap limit (-Xmx) of --heap (default: ${DEFAULT-VALUE}).")
  String heapLimit;

  @Override
  public Integer call() throws IOException, RunnerException, InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (report != null) {
      List<String> runOptions = List.of("--quick", "--full", "--heap", "--include", "--corpus", "--param", "--prof",
          "--jvm-arg", "--heap-limit");
      for (String option : runOptions) {
        if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
          throw new ParameterException(spec.commandLine(),
              "--report writes the tables of an existing result and runs nothing: drop " + option);
        }
      }
      if (!Files.isRegularFile(report)) {
        throw new IOException("JMH result file not found: " + report);
      }
      for (Path file : BenchReport.write(report, out, stdout)) {
        stdout.println("wrote " + file);
      }
      return 0;
    }
    if (heap) {
      return heapCheck(stdout);
    }
    BenchMode chosen = mode != null && mode.full ? BenchMode.FULL : BenchMode.QUICK;
    Map<String, List<String>> values = new LinkedHashMap<>();
    params.forEach((name, list) -> values.put(name, List.of(list.split(","))));
    BenchRunner.run(new BenchRunner.Settings(chosen, include, corpus, out, profilers, jvmArgs, values), stdout);
    return 0;
  }

  /** The heap check runs in a child JVM so that its -Xmx holds whatever this JVM was given. */
  private int heapCheck(PrintWriter stdout) throws IOException, InterruptedException {
    Path corpusFile = BenchCorpus.resolve(corpus == null ? BenchCorpus.DEFAULT : corpus.toString());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + heapLimit,
        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        IndexingHeapCheck.class.getName(), corpusFile.toString()));
    stdout.println("# " + String.join(" ", command.subList(0, 3)) + " ... " + IndexingHeapCheck.class.getSimpleName() + " " + corpusFile);
    if (corpus == null) {
      BenchCorpus.fallbackNote(corpusFile).ifPresent(note -> stdout.println("# note: " + note));
    }
    stdout.flush();
    Process process = new ProcessBuilder(command).inheritIO().start();
    int status = process.waitFor();
    if (status != 0) {
      throw new IOException("the heap check failed (exit status " + status + "; an OutOfMemoryError means the index needs more than -Xmx" + heapLimit + ")");
    }
    return 0;
  }
}
