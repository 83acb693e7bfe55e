package org.fahras.benchmarks;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a JMH JSON result into the Fahras/Lucene tables (printed, and written as
 * {@code <name>.md}) and charts ({@code <name>.png}), one of each per benchmark class, where
 * {@code <name>} is the class name without "Benchmark" in kebab case ({@code indexing},
 * {@code query-latency}).
 *
 * <p>From the shaded jar: {@code java -cp benchmarks/target/benchmarks.jar
 * org.fahras.benchmarks.BenchReport RESULT.json [OUT_DIR]} (OUT_DIR defaults to the JSON's folder).
 */
public final class BenchReport {

  private BenchReport() {}

  /**
   * Writes the tables and charts of every benchmark class in {@code json} to {@code outDir} and
   * prints the tables.
   *
   * @return the files written
   * @throws IOException if the JSON cannot be read or a file cannot be written
   */
  public static List<Path> write(Path json, Path outDir, PrintWriter out) throws IOException {
    List<BenchResult> results = BenchResults.read(json);
    if (results.isEmpty()) {
      throw new IOException(json + ": holds no benchmark result");
    }
    Files.createDirectories(outDir);
    List<Path> written = new ArrayList<>();
    for (BenchComparison comparison : BenchComparison.of(results)) {
      String table = BenchTable.format(comparison);
      out.println();
      out.print(table);
      out.flush();
      String name = fileName(comparison.benchmarkClass());
      Path md = outDir.resolve(name + ".md");
      Files.writeString(md, table, StandardCharsets.UTF_8);
      Path png = outDir.resolve(name + ".png");
      BenchChart.write(comparison, png);
      written.add(md);
      written.add(png);
    }
    return written;
  }

  /** {@code QueryLatencyBenchmark} → {@code query-latency}. */
  static String fileName(String benchmarkClass) {
    String base = benchmarkClass.endsWith("Benchmark")
        ? benchmarkClass.substring(0, benchmarkClass.length() - "Benchmark".length()) : benchmarkClass;
    return base.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: BenchReport RESULT.json [OUT_DIR]");
      System.exit(2);
    }
    Path json = Path.of(args[0]);
    Path outDir = args.length == 2 ? Path.of(args[1]) : json.toAbsolutePath().getParent();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    for (Path file : write(json, outDir, out)) {
      out.println("wrote " + file);
    }
  }
}
