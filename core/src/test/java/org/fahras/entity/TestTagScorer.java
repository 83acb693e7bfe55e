package org.fahras.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tagger's precomputed scoring must equal the plain sum of the model's weights over every feature. */
class TestTagScorer {
  @Test
  void testFastScoresEqualReferenceScores() {
    NerTagger tagger = new NerTagger(NerModel.bundled());
    NerFeatures.Sentence s = tagger.model().features().prepare(List.of(
        "وصل", "الرئيس", "الروسي", "فلاديمير", "بوتين", "إلى", "بيونغ", "يانغ", "،", "والتقى", "كيم", "جونغ", "أون", "."));
    String[] tags = {"BOS", "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"};
    String[] memory = {null, "PERS", "LOC", "ORG", "MISC"};
    for (int i = 0; i < s.size(); i++) {
      for (int a = 0; a < tags.length; a++) {
        String p1 = tags[a];
        String p2 = tags[(a + i) % tags.length];
        String m = memory[(a + i) % memory.length];
        assertArrayEquals(tagger.referenceScores(s, i, p1, p2, m), tagger.fastScores(s, i, p1, p2, m), 1e-9,
            "token " + i + " after " + p2 + "," + p1 + " memory " + m);
      }
    }
  }
}
