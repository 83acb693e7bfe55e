package org.fahras.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestConnectorTrim {
  private static final NerTagger TAGGER = new NerTagger(NerModel.bundled());
  private static final TagScorer.Sentence SENTENCE =
      TAGGER.scorer().prepare(List.of("قال", "عبدالله", "بن", "إن", "أبو", "بن", "محمد"));

  private static String[] trimmed(String... tags) {
    NerTagger.trimConnectors(SENTENCE, tags);
    return tags;
  }

  @Test
  void testAPersonNameDoesNotEndInAGenealogicalConnector() {
    assertArrayEquals(new String[] {"O", "B-PERS", "O", "O", "B-PERS", "I-PERS", "I-PERS"},
        trimmed("O", "B-PERS", "I-PERS", "O", "B-PERS", "I-PERS", "I-PERS"));
  }

  @Test
  void testConnectorsInsideTheNameStay() {
    assertArrayEquals(new String[] {"O", "O", "O", "O", "B-PERS", "I-PERS", "I-PERS"},
        trimmed("O", "O", "O", "O", "B-PERS", "I-PERS", "I-PERS"));
  }

  @Test
  void testALoneConnectorIsNoName() {
    assertArrayEquals(new String[] {"O", "O", "O", "O", "O", "O", "O"},
        trimmed("O", "O", "B-PERS", "O", "O", "O", "O"));
  }

  @Test
  void testOnlyPersonNamesAreTrimmed() {
    assertArrayEquals(new String[] {"O", "B-ORG", "I-ORG", "O", "O", "O", "O"},
        trimmed("O", "B-ORG", "I-ORG", "O", "O", "O", "O"));
  }
}
