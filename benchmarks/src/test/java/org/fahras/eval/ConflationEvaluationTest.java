package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairwise precision and recall on a hand-computed clustering. */
class ConflationEvaluationTest {

  @Test
  void aFileOfAnotherLayoutIsRefusedAtItsHeader(@TempDir Path dir) throws IOException {
    Path other = Files.writeString(dir.resolve("quran.tsv"), "verse\tuthmani\tplain\n1\tبِسْمِ\tبسم\n",
        StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> ConflationEvaluation.read(other));
    assertEquals(other + ":1: header is neither the PUD words layout (sent_id, surface_word, ...) nor the PADT"
        + " layout (sent_id, form_vocalized, ...), found 'verse<TAB>uthmani<TAB>plain'", e.getMessage());
  }

  @Test
  void pairwiseScores() throws IOException {
    // "stem" = the form without a trailing "s": a, as -> a; b -> b; bs -> b; c -> c
    Analyzer dropS = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source,
            new PatternReplaceFilter(source, java.util.regex.Pattern.compile("s$"), "", false));
      }
    };
    List<ConflationEvaluation.Word> words = List.of(
        new ConflationEvaluation.Word("a", "A"),
        new ConflationEvaluation.Word("as", "A"),
        new ConflationEvaluation.Word("b", "B"),
        new ConflationEvaluation.Word("bs", "X"),
        new ConflationEvaluation.Word("c", "A"));
    // predicted pairs: (a,as) (b,bs) = 2; gold pairs: (a,as) (a,c) (as,c) = 3; both: (a,as) = 1
    ConflationScores scores = ConflationEvaluation.score("t", dropS, words);
    assertEquals(0.5, scores.precision(), 1e-12);
    assertEquals(1.0 / 3, scores.recall(), 1e-12);
    assertEquals(0.4, scores.f1(), 1e-12);
    dropS.close();
  }
}
