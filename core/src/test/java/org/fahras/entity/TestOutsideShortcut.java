package org.fahras.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fahras.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Greedy decoding takes {@code O} without adding up a token's scores when {@link TagScorer#surelyO}
 * says so: the bound must never claim {@code O} where the full scores give another tag, and the tags
 * must equal those of scoring every token in full.
 */
class TestOutsideShortcut {
  private static final NerTagger TAGGER = new NerTagger(NerModel.bundled());

  @Test
  void testMarginIsTheSmallestLeadOfTheOutsideTag() {
    double[] v = {2.0, 0.5, 1.75, -3.0};
    assertEquals(0.25f, WordForm.margin(v, 0, -1, 4, 0)); // 2.0 - 1.75
    assertEquals(-1.5f, WordForm.margin(v, 0, -1, 4, 1)); // 0.5 - 2.0
    double[] two = {2.0, 0.5, 1.75, -3.0, /* second vector */ 0.0, 1.0, -1.0, 0.0};
    // added up: {2.0, 1.5, 0.75, -3.0}, lead 2.0 - 1.5; the two vectors' own margins add up to only 0.25 - 1.0
    assertEquals(0.5f, WordForm.margin(two, 0, 4, 4, 0));
  }

  @Test
  void testMarginRoundsDownToAFloat() {
    for (double d : new double[] {0.1, -0.1, 1.0 / 3, -2.0 / 3, 57.0125, 1e-30}) {
      float f = WordForm.floatBelow(d);
      assertTrue(f <= d, d + " -> " + f);
      assertTrue(Math.nextUp(f) > d, d + " -> " + f + " is not the largest float below");
    }
    assertEquals(0.5f, WordForm.floatBelow(0.5));
  }

  @Test
  void testShortcutAgreesWithFullScoresOnAShortSentence() {
    assertShortcutAgrees(List.of("وصل", "الرئيس", "الروسي", "فلاديمير", "بوتين", "إلى", "بيونغ", "يانغ", "،",
        "والتقى", "كيم", "جونغ", "أون", "في", "قصر", "الشعب", "يوم", "الأحد", "."));
  }

  /** Every token of a real news article: the shortcut decides most tokens and never differs from full scoring. */
  @Test
  void testShortcutAgreesWithFullScoresOnSeedArticle() throws IOException {
    Path seed = SharedData.root().resolve("seed-article/article.txt");
    Assumptions.assumeTrue(Files.isRegularFile(seed), "shared data absent: " + seed);
    TextTokens t = TextTokens.of(Files.readString(seed, StandardCharsets.UTF_8));
    List<String> sentence = new ArrayList<>();
    int decided = 0;
    for (int i = 0; i < t.size(); i++) {
      sentence.add(t.surface(i));
      if (sentence.size() == 40 || i + 1 == t.size()) {
        decided += assertShortcutAgrees(sentence);
        sentence = new ArrayList<>();
      }
    }
    // every token is tried after O in each of 10 x 5 contexts
    assertTrue(decided > t.size() * 50 / 2, "shortcut decided " + decided + " of " + t.size() * 50);
  }

  /**
   * Checks the shortcut after every previous tag (and BOS), in every context of the tag before and the
   * document memory, against full scoring: {@code O} must lead every tag that may follow the previous one.
   *
   * @return how many (token, context) pairs after {@code O} the shortcut decided
   */
  private static int assertShortcutAgrees(List<String> tokens) {
    TagScorer scorer = TAGGER.scorer();
    TagScorer.Sentence s = scorer.prepare(tokens);
    int o = scorer.outcomeO();
    int outcomes = TAGGER.model().classifier().getNumOutcomes();
    int decided = 0;
    for (int i = 0; i < s.size(); i++) {
      for (int t1 = 0; t1 <= outcomes; t1++) { // outcomes then BOS
        for (int t2 = 0; t2 <= outcomes; t2++) {
          for (int m = -1; m < 4; m++) {
            if (!scorer.surelyO(s, i, t1, t2, m)) {
              continue;
            }
            if (t1 == o) {
              decided++;
            }
            double[] scores = new double[outcomes];
            scorer.score(s, i, t1, t2, m, scores);
            String previous = t1 == outcomes ? "BOS" : TAGGER.model().classifier().getOutcome(t1);
            for (int k = 0; k < outcomes; k++) { // the tags greedy decoding compares O with
              if (k != o && NerTagger.valid(TAGGER.model().classifier().getOutcome(k), previous)) {
                assertTrue(scores[o] > scores[k], "token " + i + " '" + tokens.get(i) + "' tag " + k + " after " + t1);
              }
            }
          }
        }
      }
    }
    assertArrayEquals(fullGreedy(scorer, s), TAGGER.tag(s, new DocumentMemory()), "tags of " + tokens);
    return decided;
  }

  /** Greedy BIO decoding with every token scored in full: the tagger's result without the shortcut. */
  private static String[] fullGreedy(TagScorer scorer, TagScorer.Sentence s) {
    int outcomes = TAGGER.model().classifier().getNumOutcomes();
    String[] tags = new String[s.size()];
    int t1 = scorer.tagIndex("BOS");
    int t2 = t1;
    for (int i = 0; i < s.size(); i++) {
      double[] scores = new double[outcomes];
      scorer.score(s, i, t1, t2, -1, scores);
      String previous = t1 == outcomes ? "BOS" : TAGGER.model().classifier().getOutcome(t1);
      int best = -1;
      for (int k = 0; k < outcomes; k++) {
        String tag = TAGGER.model().classifier().getOutcome(k);
        if (NerTagger.valid(tag, previous) && (best < 0 || scores[k] > scores[best])) {
          best = k;
        }
      }
      tags[i] = TAGGER.model().classifier().getOutcome(best);
      t2 = t1;
      t1 = best;
    }
    return tags;
  }
}
