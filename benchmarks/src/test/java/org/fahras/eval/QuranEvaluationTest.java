package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Multiset F1 per verse, averaged, on hand-computed verses; the file layout is checked before scoring. */
class QuranEvaluationTest {

  @TempDir Path dir;

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("verses.tsv"), text, StandardCharsets.UTF_8);
  }

  private String refusal(String text) throws IOException {
    Path file = write(text);
    return assertThrows(IOException.class, () -> QuranEvaluation.read(file)).getMessage()
        .replace(file.toString(), "F");
  }

  @Test
  void termBagF1() throws IOException {
    List<QuranEvaluation.Verse> verses = List.of(
        // bags {a,a,b} and {a,b,c}: common 2 (one a, one b) -> F1 = 2*2/(3+3) = 0.6667
        new QuranEvaluation.Verse("1:1", "a a b", "a b c"),
        // identical -> 1
        new QuranEvaluation.Verse("1:2", "x y", "y x"));
    try (WhitespaceAnalyzer analyzer = new WhitespaceAnalyzer()) {
      QuranScores scores = QuranEvaluation.score("t", analyzer, verses);
      assertEquals((2.0 / 3 + 1) / 2, scores.meanF1(), 1e-12);
      assertEquals(0.5, scores.exactVerses(), 1e-12);
    }
  }

  @Test
  void readsTheVersesLayout() throws IOException {
    Path file = write("\uFEFFverse_id\tuthmani_diacritized\ttanzil_simple_clean\n"
        + "1:1\tبِسْمِ ٱللَّهِ\tبسم الله\n\n2:255\tٱللَّهُ\tالله\n");
    assertEquals(List.of(new QuranEvaluation.Verse("1:1", "بِسْمِ ٱللَّهِ", "بسم الله"),
        new QuranEvaluation.Verse("2:255", "ٱللَّهُ", "الله")), QuranEvaluation.read(file));
  }

  @Test
  void anotherTsvFileIsRefusedAtItsHeader() throws IOException {
    // the header of UD Arabic-PUD's pud_words_lemmas.tsv, whose rows have at least 3 columns too
    assertEquals("F:1: expected the header verse_id<TAB>uthmani_diacritized<TAB>tanzil_simple_clean"
            + " (the Qur'an verses file), found 'sent_id<TAB>surface_word<TAB>syntactic_tokens<TAB>lemmas"
            + "<TAB>lemmas_undiacritized<TAB>upos'",
        refusal("sent_id\tsurface_word\tsyntactic_tokens\tlemmas\tlemmas_undiacritized\tupos\n"
            + "n01001011-1\tقال\tقال\tقَالَ\tقال\tVERB\n"));
    assertEquals("F:1: expected the header verse_id<TAB>uthmani_diacritized<TAB>tanzil_simple_clean"
        + " (the Qur'an verses file), found an empty file", refusal(""));
  }

  @Test
  void aRowOfAnotherLayoutIsRefusedAtItsLine() throws IOException {
    String header = QuranEvaluation.HEADER + "\n";
    assertEquals("F:3: expected 3 tab-separated columns (verse_id, uthmani_diacritized, tanzil_simple_clean),"
        + " got 4", refusal(header + "1:1\tا\tا\n1:2\tب\tب\tx\n"));
    assertEquals("F:2: expected a verse id chapter:verse (such as 2:255), got 'n01'",
        refusal(header + "n01\tا\tا\n"));
    assertEquals("F:2: expected verses after the header, found none", refusal(header));
  }
}
