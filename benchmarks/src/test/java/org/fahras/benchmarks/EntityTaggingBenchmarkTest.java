package org.fahras.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fahras.entity.EntityMention;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs every {@link EntityTaggingBenchmark} method once on three sentences written for this test
 * and checks what each returns: the tokens counted are the sentences' tokens, the gazetteer finds
 * the listed names, the full recognizer those plus a name only its tagger knows. Protects against a
 * benchmark that tokenizes or tags nothing (or the wrong text) and so reports a fast number, and
 * (with the shared data) against a sample whose token count is not the operations JMH divides by.
 */
class EntityTaggingBenchmarkTest {

  /** Tokens counted by hand: words plus the final full stop (13 + 1, 11 + 1, 8 + 1). */
  static final List<String> SENTENCES = List.of(
      "استقبل الملك سلمان بن عبدالعزيز في الرياض أمس وزير الخارجية الأمريكي جون كيري.",
      "صرح الدكتور خالد بن محمد العتيبي مدير المستشفى بأن الحالة مستقرة.",
      "قال المدير إن المشروع سينتهي قبل نهاية العام.");
  static final int TOKENS = 14 + 12 + 9;

  /** The names of the sentences that the base gazetteer lists, in text order. */
  static final List<String> LISTED = List.of(
      "PERSON الملك سلمان بن عبدالعزيز", "LOCATION الرياض", "PERSON جون كيري");

  private static List<String> typeAndSurface(List<EntityMention> mentions) {
    return mentions.stream().map(m -> m.type() + " " + m.surface()).toList();
  }

  @Test
  void theTestCallsEveryBenchmarkMethod() {
    assertEquals(Set.of("baseline", "gazetteer", "gazetteerAndTagger"),
        BenchmarkMethods.of(EntityTaggingBenchmark.class));
  }

  @Test
  void eachMethodCountsTheTokensOrFindsTheNamesOfTheSentences() {
    EntityTaggingBenchmark benchmark = new EntityTaggingBenchmark();
    benchmark.use(SENTENCES);

    assertEquals(TOKENS, benchmark.baseline(), "tokens of the three sentences");
    assertEquals(LISTED, typeAndSurface(benchmark.gazetteer()), "gazetteer mentions");
    List<String> withTagger = new ArrayList<>(LISTED);
    withTagger.add("PERSON خالد بن محمد العتيبي");
    assertEquals(withTagger, typeAndSurface(benchmark.gazetteerAndTagger()), "gazetteer and tagger mentions");
  }

  @Test
  void theDefaultSampleHoldsExactlyTheTokensJmhDividesBy() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(BenchCorpus.sharedData().resolve(BenchCorpus.SAUDI_NEWS_NET)),
        "SaudiNewsNet not in " + BenchCorpus.sharedData() + ": skipped");
    EntityTaggingBenchmark benchmark = new EntityTaggingBenchmark();
    benchmark.setup();
    assertEquals(EntityTaggingBenchmark.TOKENS, benchmark.baseline());
  }
}
