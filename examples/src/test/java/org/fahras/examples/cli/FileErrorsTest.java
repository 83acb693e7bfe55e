package org.fahras.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing input file is one line that says so, for every command that reads one. */
class FileErrorsTest {

  @TempDir Path dir;

  private void assertFails(String expectedLine, String... args) {
    CommandLineTest.Run run = CommandLineTest.run(args);
    assertEquals(1, run.status(), run.out());
    assertEquals("", run.out());
    assertEquals(expectedLine, run.err().strip());
  }

  @Test
  void aMissingFileIsNamedAsNotFound() throws IOException {
    String missing = dir.resolve("nothere.tsv").toString();
    assertFails("fahras conflation: file not found: " + missing, "conflation", "--ud", missing);
    assertFails("fahras quran-eval: file not found: " + missing, "quran-eval", "--file", missing);
    assertFails("fahras entities: file not found: " + missing, "entities", "--corpus", missing);
    assertFails("fahras ner-eval: CoNLL file not found: " + missing, "ner-eval", "--conll", missing);
    assertFails("fahras eval: file not found: " + missing,
        "eval", "--corpus", missing, "--queries", missing, "--qrels", missing);

    Path conll = Files.writeString(dir.resolve("t.conll"), "بوتين\tB-PERS\n", StandardCharsets.UTF_8);
    assertFails("fahras ner-eval: model file not found: " + missing,
        "ner-eval", "--conll", conll.toString(), "--model", missing);
  }

  @Test
  void indexSaysWhenTheCorpusIsAFolderOrTheIndexAFile() throws IOException {
    assertFails("fahras index: " + dir + " is a folder, not a file: give one .jsonl or .jsonl.gz corpus file",
        "index", "--corpus", dir.toString(), "--index", dir.resolve("idx").toString(), "--no-progress");
    Path corpus = Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"d1\",\"body\":\"نص\"}\n",
        StandardCharsets.UTF_8);
    assertFails("fahras index: " + corpus + " is a file, not a folder: an index is a folder",
        "index", "--corpus", corpus.toString(), "--index", corpus.toString(), "--no-progress");
    Path under = corpus.resolve("idx");
    CommandLineTest.Run run = CommandLineTest.run(
        "index", "--corpus", corpus.toString(), "--index", under.toString(), "--no-progress");
    assertEquals(1, run.status(), run.out());
    // the reason is the operating system's (Linux: "Not a directory: <path>")
    assertTrue(run.err().startsWith("fahras index: cannot create the index folder " + under + ": "), run.err());
  }

  @Test
  void fileSystemExceptionsGetTheirReasonInWords() {
    assertEquals("file not found: /data/c.jsonl", OneLineErrors.message(new NoSuchFileException("/data/c.jsonl")));
    assertEquals("permission denied: /data/c.jsonl",
        OneLineErrors.message(new AccessDeniedException("/data/c.jsonl")));
    assertEquals("file not found: /data/c.jsonl",
        OneLineErrors.message(new UncheckedIOException(new NoSuchFileException("/data/c.jsonl"))));
    assertEquals("gazetteer file not found: /g.tsv", OneLineErrors.message(
        new UncheckedIOException("gazetteer file not found: /g.tsv", new NoSuchFileException("/g.tsv"))));
  }

  @Test
  void quranEvalRefusesAFileOfAnotherLayout() throws IOException {
    Path pud = Files.writeString(dir.resolve("pud_words_lemmas.tsv"),
        "sent_id\tsurface_word\tsyntactic_tokens\tlemmas\tlemmas_undiacritized\tupos\n"
            + "n01001011-1\tقال\tقال\tقَالَ\tقال\tVERB\n", StandardCharsets.UTF_8);
    CommandLineTest.Run run = CommandLineTest.run("quran-eval", "--file", pud.toString());
    assertEquals(1, run.status(), run.out());
    assertEquals("", run.out(), "no scores");
    assertEquals("fahras quran-eval: " + pud + ":1: expected the header"
        + " verse_id<TAB>uthmani_diacritized<TAB>tanzil_simple_clean (the Qur'an verses file), found"
        + " 'sent_id<TAB>surface_word<TAB>syntactic_tokens<TAB>lemmas<TAB>lemmas_undiacritized<TAB>upos'",
        run.err().strip());
  }

  @Test
  void evalRefusesQrelsThatNameNoArticleOfTheCorpus() throws IOException {
    Path corpus = Files.writeString(dir.resolve("c.jsonl"),
        "{\"id\":\"d1\",\"title\":\"بوتين\",\"body\":\"وصل بوتين إلى موسكو\"}\n"
            + "{\"id\":\"d2\",\"title\":\"الرياض\",\"body\":\"أمطار في الرياض\"}\n",
        StandardCharsets.UTF_8);
    Path queries = Files.writeString(dir.resolve("q.tsv"), "q1\tبوتين\n", StandardCharsets.UTF_8);
    Path qrels = Files.writeString(dir.resolve("r.tsv"), "q1\td1\n", StandardCharsets.UTF_8);
    // swapped: the qrels' "doc id" is the query text, which no article has
    assertFails("fahras eval: none of the 1 judged doc ids is the id of an article in " + corpus
        + " (judged: بوتين; corpus ids: d1, d2); are --queries and --qrels swapped, or the qrels of"
        + " another corpus?",
        "eval", "--corpus", corpus.toString(), "--queries", qrels.toString(), "--qrels", queries.toString());

    Path partly = Files.writeString(dir.resolve("r2.tsv"), "q1\td1\nq1\td9\n", StandardCharsets.UTF_8);
    CommandLineTest.Run run = CommandLineTest.run(
        "eval", "--corpus", corpus.toString(), "--queries", queries.toString(), "--qrels", partly.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("warning: 1 judged doc ids are not in the corpus"), run.err());
    assertTrue(run.out().contains("| fahras | 1 | 1.0000 |"), run.out());
  }
}
