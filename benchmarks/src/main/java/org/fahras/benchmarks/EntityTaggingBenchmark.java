package org.fahras.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fahras.entity.BaseGazetteer;
import org.fahras.entity.EntityMention;
import org.fahras.entity.EntityRecognizer;
import org.fahras.entity.Gazetteer;
import org.fahras.entity.NerModel;
import org.fahras.entity.NerTagger;
import org.fahras.entity.TextTokens;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Entity recognition speed in tokens per second on one thread (one operation = one token): tokenizing
 * only ({@code baseline}), the gazetteer layer alone, and the full recognizer (gazetteer + OpenNLP tagger
 * + coreference). Input: {@value #TOKENS} tokens of SaudiNewsNet article bodies ({@link EntityBenchmarkData}).
 * Target: the full recognizer at least 200,000 tokens/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EntityTaggingBenchmark {
  static final int TOKENS = 50_000;

  private List<String> texts;
  private EntityRecognizer gazetteerOnly;
  private EntityRecognizer full;

  @Setup
  public void setup() throws IOException {
    texts = EntityBenchmarkData.texts(TOKENS);
    Gazetteer g = BaseGazetteer.load();
    gazetteerOnly = new EntityRecognizer(g, null);
    full = new EntityRecognizer(g, new NerTagger(NerModel.bundled()));
  }

  @Benchmark
  @OperationsPerInvocation(TOKENS)
  public void baseline(Blackhole bh) {
    for (String t : texts) {
      bh.consume(TextTokens.of(t).size());
    }
  }

  @Benchmark
  @OperationsPerInvocation(TOKENS)
  public void gazetteer(Blackhole bh) {
    for (String t : texts) {
      List<EntityMention> m = gazetteerOnly.recognize(t);
      bh.consume(m);
    }
  }

  @Benchmark
  @OperationsPerInvocation(TOKENS)
  public void gazetteerAndTagger(Blackhole bh) {
    for (String t : texts) {
      List<EntityMention> m = full.recognize(t);
      bh.consume(m);
    }
  }
}
