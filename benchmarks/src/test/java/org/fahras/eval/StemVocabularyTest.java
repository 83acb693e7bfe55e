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
  void aCorpusFileCountsValidArticlesAndHandsOverBadLines(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("c.jsonl");
    java.nio.file.Files.writeString(file, "{\"id\":\"a\",\"body\":\"الوقت الوقت\"}\n{bad json\n{\"id\":\"z\"}\n",
        java.nio.charset.StandardCharsets.UTF_8);
    List<org.fahras.corpus.CorpusError> bad = new java.util.ArrayList<>();
    assertEquals(List.of(new StemVocabulary.WordType("الوقت", 2)), StemVocabulary.count(file, 10, 1, bad::add));
    assertEquals(List.of(2L, 3L), bad.stream().map(org.fahras.corpus.CorpusError::line).toList());
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
