package org.fahras.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tagger's document memory gives what {@link NerTagger#remember} keeps, through its hash filter. */
class TestDocumentMemory {
  private static final TagScorer SCORER = new NerTagger(NerModel.bundled()).scorer();

  @Test
  void testTaggedBasesAreRememberedWithTheirType() {
    TagScorer.Sentence s = SCORER.prepare(List.of("زار", "بوتين", "موسكو", "و", "الصين"));
    DocumentMemory memory = new DocumentMemory();
    memory.remember(s, new String[] {"O", "B-PERS", "B-LOC", "B-MISC", "O"});
    assertEquals("PERS", memory.typeOf(s.words[1]));
    assertEquals("LOC", memory.typeOf(s.words[2]));
    assertNull(memory.typeOf(s.words[0])); // tagged O
    assertNull(memory.typeOf(s.words[3])); // a base of one letter is not remembered
    assertNull(memory.typeOf(s.words[4]));
  }

  /** A base is found again in a later sentence, and a later tag replaces its type. */
  @Test
  void testLaterSentencesFindAndReplaceTheType() {
    DocumentMemory memory = new DocumentMemory();
    TagScorer.Sentence first = SCORER.prepare(List.of("الأمير", "فيصل", "قال"));
    memory.remember(first, new String[] {"O", "B-PERS", "O"});
    TagScorer.Sentence later = SCORER.prepare(List.of("جامعة", "فيصل"));
    assertEquals("PERS", memory.typeOf(later.words[1]));
    memory.remember(later, new String[] {"B-ORG", "I-ORG"});
    assertEquals("ORG", memory.typeOf(first.words[1]));
    assertEquals("ORG", memory.typeOf(later.words[0]));
  }

  /** The filter never says no to a hash added, and says yes to few others (4,096 bits, 50 bases). */
  @Test
  void testBaseHashFilterKeepsAddedHashesAndRejectsMostOthers() {
    BaseHashFilter filter = new BaseHashFilter();
    java.util.Random random = new java.util.Random(42);
    java.util.Set<Integer> added = new java.util.HashSet<>();
    for (int k = 0; k < 50; k++) {
      int h = random.nextInt();
      added.add(h);
      filter.add(h);
    }
    for (int h : added) {
      assertTrue(filter.mayContain(h));
    }
    int yes = 0;
    for (int k = 0; k < 10_000; k++) {
      int h = random.nextInt();
      if (!added.contains(h) && filter.mayContain(h)) {
        yes++;
      }
    }
    assertTrue(yes < 300, yes + " false positives of 10,000"); // about 50 / 4,096 = 1.2% expected
  }
}
