package org.fahras.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestNerScores {
  @Test
  void testSpansFollowConllevalRules() {
    assertEquals(List.of(new NerScores.Span(0, 2, "PERS"), new NerScores.Span(3, 4, "LOC")),
        NerScores.spans(new String[] {"B-PERS", "I-PERS", "O", "B-LOC"}));
    // an I- tag that does not continue its type starts a new entity
    assertEquals(List.of(new NerScores.Span(0, 1, "PERS"), new NerScores.Span(1, 2, "LOC")),
        NerScores.spans(new String[] {"B-PERS", "I-LOC"}));
  }

  @Test
  void testExactMatchOnly() {
    NerScores s = new NerScores();
    s.add(List.of("B-PERS", "I-PERS", "O", "B-LOC"), new String[] {"B-PERS", "O", "O", "B-LOC"});
    assertEquals(0.0, s.precision(EntityType.PERSON), 1e-9);
    assertEquals(100.0, s.precision(EntityType.LOCATION), 1e-9);
    assertEquals(0.0, s.f1(EntityType.PERSON), 1e-9);
    assertEquals(100.0, s.f1(EntityType.LOCATION), 1e-9);
    assertEquals(50.0, s.microPrecision(), 1e-9);
    assertEquals(50.0, s.microRecall(), 1e-9);
  }

  @Test
  void testMiscNotInMicro() {
    NerScores s = new NerScores();
    s.add(List.of("B-MISC", "B-ORG"), new String[] {"O", "B-ORG"});
    assertEquals(100.0, s.microF1(), 1e-9);
    assertEquals(0.0, s.recall(EntityType.MISC), 1e-9);
  }

  @Test
  void testInvalidUtf8InAConllFileNamesTheLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.conll");
    byte[] good = "روسيا\tB-LOC\n\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xD8, '\t', 'O', '\n'}; // a lead byte with no continuation byte
    Files.write(f, java.nio.ByteBuffer.allocate(good.length + bad.length).put(good).put(bad).array());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConllReader.read(f));
    assertEquals(f + ":3: invalid UTF-8", e.getMessage());
  }

  @Test
  void testConllReaderErrorsNameTheLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("x.conll");
    Files.writeString(f, "روسيا\tB-LOC\n\nبوتين\tB-PLANET\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConllReader.read(f));
    assertEquals(f + ":3: unknown entity type 'PLANET' in tag 'B-PLANET' (expected PERS, LOC, ORG or MISC)",
        e.getMessage());
    Files.writeString(f, "بوتين\tB-PERS\nموسكو\n", StandardCharsets.UTF_8);
    IllegalArgumentException noTag = assertThrows(IllegalArgumentException.class, () -> ConllReader.read(f));
    assertEquals(f + ":2: expected token<TAB>tag, got 'موسكو'", noTag.getMessage());
  }

  @Test
  void testUnreadableInputFilesSayWhichFileAndWhy(@TempDir Path dir) {
    Path missing = dir.resolve("missing.conll");
    java.io.UncheckedIOException conll = assertThrows(java.io.UncheckedIOException.class, () -> ConllReader.read(missing));
    assertEquals("CoNLL file not found: " + missing, conll.getMessage());
    java.io.UncheckedIOException folder = assertThrows(java.io.UncheckedIOException.class, () -> ConllReader.read(dir));
    // the reason is the system's words ("Is a directory" on Linux)
    assertTrue(folder.getMessage().startsWith("cannot read CoNLL file " + dir + ": "), folder.getMessage());
    Path zip = dir.resolve("missing.zip");
    java.io.UncheckedIOException model = assertThrows(java.io.UncheckedIOException.class, () -> NerModel.load(zip));
    assertEquals("model file not found: " + zip, model.getMessage());
    assertEquals("cannot read gazetteer file /g.tsv: permission denied", InputFiles.cannotRead("gazetteer",
        Path.of("/g.tsv"), new java.nio.file.AccessDeniedException("/g.tsv")).getMessage());
  }

  @Test
  void testConllReaderSentences(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("y.conll");
    Files.writeString(f, "قال\tO\nبوتين\tB-PER\n\n\tO\nموسكو\tB-LOC\n", StandardCharsets.UTF_8);
    List<ConllSentence> s = ConllReader.read(f);
    assertEquals(2, s.size());
    assertEquals(List.of("O", "B-PERS"), s.get(0).tags());
    assertEquals(List.of("موسكو"), s.get(1).tokens());
  }
}
