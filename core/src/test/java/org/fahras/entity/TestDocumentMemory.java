package org.fahras.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
