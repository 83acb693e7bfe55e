package org.fahras.entity;

import org.fahras.SharedData;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestNerModel {
  private static final Path ANERCORP =
      SharedData.root().resolve("anercorp/anercorp_train.conll");

  @Test
  void testSaveLoadRoundTripTagsTheSame(@TempDir Path dir) {
    Assumptions.assumeTrue(Files.isRegularFile(ANERCORP), "shared data absent: " + ANERCORP);
    List<ConllSentence> data = ConllReader.read(ANERCORP).subList(0, 600);
    NerModel m = NerTrainer.train(data.subList(0, 500), new NerFeatures(WordStatistics.empty(), BaseGazetteer.load()),
        new NerTrainer.Options("PERCEPTRON", 5, 1, 20));
    Path file = dir.resolve("m.zip");
    m.save(file);
    NerModel loaded = NerModel.load(file);
    List<List<String>> doc = new ArrayList<>();
    data.subList(500, 520).forEach(s -> doc.add(s.tokens()));
    List<String[]> a = new NerTagger(m).tagDocument(doc);
    List<String[]> b = new NerTagger(loaded).tagDocument(doc);
    for (int i = 0; i < a.size(); i++) {
      assertArrayEquals(a.get(i), b.get(i));
    }
    assertEquals(m.features().gazetteer().size(), loaded.features().gazetteer().size());
  }

  @Test
  void testSaveToMissingFolderNamesFileAndReason(@TempDir Path dir) {
    Path file = dir.resolve("no-such-folder/m.zip");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> NerModel.bundled().save(file));
    assertEquals("cannot write model " + file + ": no such folder", e.getMessage());
  }

  @Test
  void testBundledModelKeepsPrepositionAlaOutOfNames() {
    NerTagger tagger = new NerTagger(NerModel.bundled());
    List<String> tokens = List.of("وقال", "الوزير", "إن", "الاتفاق", "يقوم", "على", "مبادئ", "واضحة");
    String[] tags = tagger.tagDocument(List.of(tokens)).get(0);
    assertEquals("O", tags[5], "على tagged " + tags[5]);
    assertEquals(NerTrainer.Options.defaults().algorithm(), NerModel.bundled().properties().getProperty("algorithm"));
  }

  @Test
  void testBadModelFileIsNamed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.zip");
    Files.write(f, new byte[] {1, 2, 3});
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> NerModel.load(f));
    assertTrue(e.getMessage().contains("bad.zip"), e.getMessage());
  }

  @Test
  void testTrainingOptionsRefuseAnUnknownAlgorithmAndEmptyPasses() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new NerTrainer.Options("GIS", 100, 1, 20));
    assertEquals("the algorithm must be one of PERCEPTRON, MAXENT_QN, not GIS", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new NerTrainer.Options("PERCEPTRON", 0, 1, 20));
    assertThrows(IllegalArgumentException.class, () -> new NerTrainer.Options("PERCEPTRON", 100, -1, 20));
    assertThrows(IllegalArgumentException.class, () -> new NerTrainer.Options("PERCEPTRON", 100, 1, 0));
    assertEquals("MAXENT_QN", new NerTrainer.Options("MAXENT_QN", 1, 0, 1).algorithm());
  }
}
