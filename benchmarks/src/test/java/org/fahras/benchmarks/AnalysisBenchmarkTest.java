package org.fahras.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs every {@link AnalysisBenchmark} method once, for each analyzer, on three sentences written
 * for this test ({@code -p corpus=PATH}), and checks the counters JMH divides by time: every
 * analyzer and the baseline saw the same UTF-8 bytes, and each analyzer produced the tokens an
 * independent count of the words predicts. Protects against a benchmark that analyzes nothing, or
 * less text on one side, and so reports a fast number.
 */
class AnalysisBenchmarkTest {

  /** Plain words and punctuation, no digits or Latin letters, so a word is one token. */
  static final List<String> BODIES = List.of(
      "افتتحت الجامعة مكتبة جديدة في وسط المدينة، وهي تضم آلاف الكتب.",
      "قال المدير إن المشروع سينتهي قبل نهاية العام.",
      "يلعب الأطفال في الحديقة بعد المدرسة كل يوم.");

  @TempDir
  Path folder;

  private AnalysisBenchmark benchmark(String analyzer) throws IOException {
    Path corpus = folder.resolve("sentences.jsonl");
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < BODIES.size(); i++) {
      jsonl.append("{\"id\":\"s").append(i).append("\",\"title\":\"جملة\",\"body\":\"").append(BODIES.get(i))
          .append("\"}\n");
    }
    Files.writeString(corpus, jsonl, StandardCharsets.UTF_8);
    AnalysisBenchmark benchmark = new AnalysisBenchmark();
    benchmark.analyzer = analyzer;
    benchmark.corpus = corpus.toString();
    benchmark.setUp();
    return benchmark;
  }

  private static Blackhole blackhole() {
    return new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
  }

  /** The words of the bodies: runs of non-space chars with the punctuation removed. */
  private static List<String> words() {
    return BODIES.stream().flatMap(b -> Arrays.stream(b.replaceAll("[.،]", "").split(" "))).toList();
  }

  @Test
  void theTestCallsEveryBenchmarkMethod() {
    assertEquals(Set.of("analyze", "baseline"), BenchmarkMethods.of(AnalysisBenchmark.class));
  }

  @ParameterizedTest(name = "analyzer={0}")
  @ValueSource(strings = {"fahras", "lucene-arabic", "lucene-standard"})
  void eachAnalyzerAndTheBaselineSeeTheSameTextAndTheAnalyzerCountsItsTokens(String analyzer) throws Exception {
    long utf8Bytes = BODIES.stream().mapToLong(b -> b.getBytes(StandardCharsets.UTF_8).length).sum();
    // Fahras keeps stopwords as terms (exact phrases); StandardAnalyzer has no stop set by default;
    // Lucene's ArabicAnalyzer drops the words of its stop list (في, إن, وهي, ...).
    CharArraySet stop = org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet();
    long stopwords = words().stream().filter(stop::contains).count();
    long expectedTokens = words().size() - ("lucene-arabic".equals(analyzer) ? stopwords : 0);
    assertEquals(11 + 8 + 8, words().size(), "words in the three sentences, counted by hand");
    assertTrue(stopwords >= 4, "the sentences hold stopwords, so lucene-arabic differs: " + stopwords);

    AnalysisBenchmark benchmark = benchmark(analyzer);
    try {
      AnalysisBenchmark.Counters analyzed = new AnalysisBenchmark.Counters();
      AnalysisBenchmark.Counters walked = new AnalysisBenchmark.Counters();
      benchmark.analyze(analyzed, blackhole());
      benchmark.baseline(walked, blackhole());

      assertEquals(utf8Bytes, analyzed.bytes, "UTF-8 bytes analyzed");
      assertEquals(utf8Bytes, walked.bytes, "UTF-8 bytes the baseline walked");
      assertEquals(expectedTokens, analyzed.tokens, "tokens from " + analyzer);
      assertEquals(0, walked.tokens, "the baseline analyzes nothing");
    } finally {
      benchmark.tearDown();
    }
  }
}
