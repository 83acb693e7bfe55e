package org.fahras.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
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

/**
 * Entity recognition speed in tokens per second on one thread (one operation = one token): tokenizing
 * only ({@code baseline}), the gazetteer layer alone, and the full recognizer (gazetteer + OpenNLP tagger
 * + coreference). Input: {@value #TOKENS} tokens of SaudiNewsNet article bodies ({@link EntityBenchmarkData}).
 * Target: the full recognizer at least 200,000 tokens/s. Each method returns what it found (tokens, or the
 * mentions of all texts in text order), which JMH consumes and {@code EntityTaggingBenchmarkTest} checks.
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

  /**
   * Reads the {@value #TOKENS} tokens of {@link EntityBenchmarkData} and loads both recognizers.
   *
   * @throws IllegalStateException if the texts do not hold exactly {@value #TOKENS} tokens, the
   *     operations per invocation JMH divides by
   */
  @Setup
  public void setup() throws IOException {
    use(EntityBenchmarkData.texts(TOKENS));
    int tokens = baseline();
    if (tokens != TOKENS) {
      throw new IllegalStateException("benchmark texts hold " + tokens + " tokens, not " + TOKENS);
    }
  }

  /**
   * Loads both recognizers for these texts: the seam {@code EntityTaggingBenchmarkTest} uses to run
   * every method on a few sentences (then the JMH operation count does not apply).
   */
  void use(List<String> texts) {
    this.texts = List.copyOf(texts);
    Gazetteer g = BaseGazetteer.load();
    gazetteerOnly = new EntityRecognizer(g, null);
    full = new EntityRecognizer(g, new NerTagger(NerModel.bundled()));
  }

  /** @return the tokens of all texts */
  @Benchmark
  @OperationsPerInvocation(TOKENS)
  public int baseline() {
    int tokens = 0;
    for (String t : texts) {
      tokens += TextTokens.of(t).size();
    }
    return tokens;
  }

  /** @return the gazetteer's mentions in all texts */
  @Benchmark
  @OperationsPerInvocation(TOKENS)
  public List<EntityMention> gazetteer() {
    return recognize(gazetteerOnly);
  }

  /** @return the full recognizer's mentions in all texts */
  @Benchmark
  @OperationsPerInvocation(TOKENS)
  public List<EntityMention> gazetteerAndTagger() {
    return recognize(full);
  }

  private List<EntityMention> recognize(EntityRecognizer recognizer) {
    List<EntityMention> mentions = new ArrayList<>();
    for (String t : texts) {
      mentions.addAll(recognizer.recognize(t));
    }
    return mentions;
  }
}
