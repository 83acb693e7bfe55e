package org.fahras.analysis;

import java.util.List;
import org.apache.lucene.tests.util.LuceneTestCase;

/** The bundled Ayaspell lexicon: its words and which of them are listed as verb forms only. */
public class TestArabicLexicon extends LuceneTestCase {

  private static boolean contains(ArabicLexicon lexicon, String word) {
    return lexicon.contains(word.toCharArray(), 0, word.length());
  }

  private static boolean nonVerb(ArabicLexicon lexicon, String word) {
    return lexicon.isNonVerb(word.toCharArray(), 0, word.length());
  }

  public void testEntriesAreNormalized() {
    ArabicLexicon lexicon = ArabicLexicon.ayaspell();
    assertTrue(contains(lexicon, "مسءول")); // مسؤول, hamza carrier folded
    assertFalse(contains(lexicon, "مسؤول"));
  }

  /** An entry with Ayaspell's po:verb morphological alias is a verb form; one without is not. */
  public void testVerbFormsAndNouns() {
    ArabicLexicon lexicon = ArabicLexicon.ayaspell();
    assertTrue(contains(lexicon, "تربط"));
    assertFalse(nonVerb(lexicon, "تربط")); // listed only as a conjugated verb
    assertTrue(nonVerb(lexicon, "تمور")); // also listed as a noun
    assertTrue(nonVerb(lexicon, "بوتين")); // a listed modern name
  }

  public void testCustomLexiconKnowsNoPartOfSpeech() {
    ArabicLexicon lexicon = ArabicLexicon.of(List.of("تمور"));
    assertTrue(contains(lexicon, "تمور"));
    assertFalse(nonVerb(lexicon, "تمور"));
  }
}
