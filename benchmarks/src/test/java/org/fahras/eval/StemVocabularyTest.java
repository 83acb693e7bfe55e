package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.fahras.analysis.ArabicAnalyzer;
import org.junit.jupiter.api.Test;

/** Word type counts and the proclitic check, on hand-made text. */
class StemVocabularyTest {

  @Test
  void countsArabicWordTypesMostFrequentFirst() {
    List<StemVocabulary.WordType> types = StemVocabulary.count(
        List.of("الوقت والوقت. the الوقت", "بالوقت 12 الوقت"), 2);
    assertEquals(List.of(new StemVocabulary.WordType("الوقت", 3)), types);
  }

  @Test
  void procliticCheckListsArticleFormsWhoseProcliticFormsDiffer() {
    List<StemVocabulary.WordType> types = List.of(new StemVocabulary.WordType("الوقت", 3),
        new StemVocabulary.WordType("وقت", 2));
    try (Analyzer keyword = new KeywordAnalyzer()) { // every form is its own term
      assertEquals(List.of(new StemVocabulary.Mismatch("الوقت", 3, List.of("الوقت", "والوقت", "بالوقت", "للوقت"))),
          StemVocabulary.procliticMismatches(keyword, types));
    }
    try (Analyzer fahras = new ArabicAnalyzer()) { // وقت for all four
      assertEquals(List.of(), StemVocabulary.procliticMismatches(fahras, types));
    }
  }
}
