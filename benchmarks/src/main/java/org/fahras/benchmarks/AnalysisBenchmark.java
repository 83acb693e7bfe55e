package org.fahras.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.fahras.analysis.ArabicAnalyzer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Analysis throughput: every term of 2,000 SaudiNewsNet article bodies (about 5 MB of UTF-8; ARCD
 * paragraphs when SaudiNewsNet is absent, see {@link BenchmarkTexts}) through one analyzer, one
 * thread. {@code fahras} is the default {@link ArabicAnalyzer} chain (the one the index uses),
 * {@code lucene-arabic} Lucene's stock ArabicAnalyzer, {@code lucene-standard} Lucene's
 * StandardAnalyzer. The score is passes over the sample per second; the auxiliary counters
 * {@code bytes} and {@code tokens} give UTF-8 bytes/s (divide by 10^6 for MB/s) and tokens/s.
 * {@link #baseline} walks the same texts without analysis: the harness cost. {@code -p corpus=PATH}
 * takes the first 2,000 non-empty bodies of any JSON Lines file instead ({@code AnalysisBenchmarkTest}
 * runs every method on a few sentences this way).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AnalysisBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector",
    "--enable-native-access=ALL-UNNAMED"})
@State(Scope.Benchmark)
public class AnalysisBenchmark {

  /** Texts in the sample. */
  public static final int TEXTS = 2_000;

  @Param({"fahras", "lucene-arabic", "lucene-standard"})
  public String analyzer;

  /**
   * A JSON Lines corpus file (plain or .gz) whose first {@value #TEXTS} non-empty bodies are the
   * sample, or {@value BenchCorpus#DEFAULT} for {@link BenchmarkTexts#load(int)}.
   */
  @Param(BenchCorpus.DEFAULT)
  public String corpus;

  private List<String> texts;
  private long bytesPerPass;
  private Analyzer chain;

  /** Throughput counters, reported by JMH per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    /** UTF-8 bytes analyzed. */
    public long bytes;
    /** Tokens produced. */
    public long tokens;

    @Setup(Level.Iteration)
    public void clear() {
      bytes = 0;
      tokens = 0;
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    BenchmarkTexts sample = BenchCorpus.DEFAULT.equals(corpus) ? BenchmarkTexts.load(TEXTS)
        : BenchmarkTexts.load(BenchCorpus.resolve(corpus), TEXTS);
    texts = sample.texts();
    bytesPerPass = sample.utf8Bytes();
    chain = switch (analyzer) {
      case "fahras" -> new ArabicAnalyzer();
      case "lucene-arabic" -> new org.apache.lucene.analysis.ar.ArabicAnalyzer();
      case "lucene-standard" -> new StandardAnalyzer();
      default -> throw new IllegalArgumentException("unknown analyzer " + analyzer);
    };
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    chain.close();
  }

  @Benchmark
  public void analyze(Counters counters, Blackhole blackhole) throws IOException {
    long tokens = 0;
    for (String text : texts) {
      try (TokenStream stream = chain.tokenStream("body", text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          blackhole.consume(term.length());
          tokens++;
        }
        stream.end();
      }
    }
    counters.tokens += tokens;
    counters.bytes += bytesPerPass;
  }

  @Benchmark
  public void baseline(Counters counters, Blackhole blackhole) {
    for (String text : texts) {
      blackhole.consume(text.length());
    }
    counters.bytes += bytesPerPass;
  }
}
