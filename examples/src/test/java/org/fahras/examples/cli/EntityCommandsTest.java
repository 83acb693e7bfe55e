package org.fahras.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityCommandsTest {

  @Test
  void entitiesCountsArticlesPerEntity(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus, String.join("\n",
        "{\"id\":\"a1\",\"title\":\"زيارة\",\"body\":\"وصل بوتين إلى بيونغ يانغ والتقى كيم جونغ أون.\"}",
        "{\"id\":\"a2\",\"title\":\"روسيا\",\"body\":\"قال الكرملين إن فلاديمير بوتين سيزور بيونج يانج.\"}",
        "{\"id\":\"a3\",\"title\":"),
        StandardCharsets.UTF_8);
    CommandLineTest.Run run = CommandLineTest.run("entities", "--corpus", corpus.toString(), "--top", "5");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("2 articles"), run.out());
    assertTrue(run.out().lines().findFirst().orElseThrow().endsWith("skipped 1 bad line"), run.out());
    assertTrue(run.out().matches("(?s).*== MISC \\(top 0 by articles\\)\\R\\s+\\(none found\\).*"), run.out());
    assertTrue(run.out().contains(corpus + ":3:"), run.out());
    assertTrue(run.out().matches("(?s).*1\\. فلاديمير بوتين\\s+2 articles\\s+2 mentions\\s+person:putin.*"), run.out());
    assertTrue(run.out().matches("(?s).*1\\. بيونغ يانغ\\s+2 articles\\s+2 mentions\\s+city:pyongyang.*"), run.out());
  }

  @Test
  void entitiesRefusesATopBelowOne(@TempDir Path dir) throws Exception {
    Path corpus = Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"a1\",\"body\":\"بوتين\"}\n",
        StandardCharsets.UTF_8);
    CommandLineTest.Run run = CommandLineTest.run("entities", "--corpus", corpus.toString(), "--top", "-1");
    assertEquals(2, run.status(), run.out());
    assertTrue(run.err().startsWith("--top must be at least 1, got -1"), run.err());
  }

  @Test
  void nerEvalScoresAConllFile(@TempDir Path dir) throws Exception {
    Path conll = dir.resolve("t.conll");
    Files.writeString(conll, "وصل\tO\nبوتين\tB-PERS\nإلى\tO\nموسكو\tB-LOC\n", StandardCharsets.UTF_8);
    CommandLineTest.Run run = CommandLineTest.run("ner-eval", "--conll", conll.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("note: the bundled model was trained on ANERcorp's training part (anercorp_train.conll, 4283"
        + " sentences): on that file or a slice of it these figures are not held-out; --cross-validate K gives a"
        + " held-out figure", run.out().lines().findFirst().orElseThrow());
    assertTrue(run.out().lines().skip(1).findFirst().orElseThrow().startsWith("type "), run.out());
    assertTrue(run.out().contains("LOC         1 100.00 100.00 100.00"), run.out());
  }

  @Test
  void nerEvalWithAGivenModelHasNoNoteAboutTheBundledOne(@TempDir Path dir) throws Exception {
    Path conll = dir.resolve("t.conll");
    Files.writeString(conll, "وصل\tO\nبوتين\tB-PERS\nإلى\tO\nموسكو\tB-LOC\n", StandardCharsets.UTF_8);
    Path model = dir.resolve("m.zip");
    try (java.io.InputStream bundled = org.fahras.entity.NerModel.class.getResourceAsStream(
        org.fahras.entity.NerModel.BUNDLED)) {
      Files.copy(bundled, model);
    }
    CommandLineTest.Run run = CommandLineTest.run("ner-eval", "--conll", conll.toString(), "--model", model.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("type "), run.out());
  }

  @Test
  void nerEvalReportsABadLineInOneLine(@TempDir Path dir) throws Exception {
    Path conll = dir.resolve("bad.conll");
    Files.writeString(conll, "بوتين\tB-XYZ\n", StandardCharsets.UTF_8);
    CommandLineTest.Run run = CommandLineTest.run("ner-eval", "--conll", conll.toString());
    assertEquals(1, run.status());
    assertTrue(run.err().startsWith("fahras ner-eval: " + conll + ":1:"), run.err());
  }

  @Test
  void nerTrainRefusesAnUnknownAlgorithmBeforeTraining(@TempDir Path dir) throws Exception {
    Path conll = dir.resolve("t.conll");
    Files.writeString(conll, "وصل\tO\nبوتين\tB-PERS\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("m.zip");
    CommandLineTest.Run run = CommandLineTest.run("ner-train", "--conll", conll.toString(), "--out", out.toString(),
        "--algorithm", "GIS");
    assertEquals(2, run.status(), run.out());
    assertTrue(run.err().startsWith("--algorithm must be PERCEPTRON or MAXENT_QN, got GIS"), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void nerEvalRefusesAnEmptyFileALineWithoutTagAndFewerThanTwoFolds(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.conll"), "\n", StandardCharsets.UTF_8);
    CommandLineTest.Run none = CommandLineTest.run("ner-eval", "--conll", empty.toString());
    assertEquals(1, none.status(), none.out());
    assertTrue(none.err().startsWith("fahras ner-eval: " + empty + ": no sentences"), none.err());
    Path noTag = Files.writeString(dir.resolve("notag.conll"), "بوتين\tB-PERS\nموسكو\n", StandardCharsets.UTF_8);
    CommandLineTest.Run line = CommandLineTest.run("ner-eval", "--conll", noTag.toString());
    assertEquals(1, line.status(), line.out());
    assertTrue(line.err().startsWith("fahras ner-eval: " + noTag + ":2: expected token<TAB>tag"), line.err());
    CommandLineTest.Run zero = CommandLineTest.run("ner-eval", "--conll", noTag.toString(), "--cross-validate", "0");
    assertEquals(2, zero.status(), zero.out());
    assertTrue(zero.err().startsWith("--cross-validate needs at least 2 folds, got 0"), zero.err());
  }

  @Test
  void nerEvalRefusesOptionsItWouldIgnore(@TempDir Path dir) throws Exception {
    Path conll = dir.resolve("t.conll");
    Files.writeString(conll, "وصل\tO\nبوتين\tB-PERS\n", StandardCharsets.UTF_8);
    CommandLineTest.Run unlabeled = CommandLineTest.run("ner-eval", "--conll", conll.toString(), "--unlabeled", "x.jsonl");
    assertEquals(2, unlabeled.status());
    assertTrue(unlabeled.err().startsWith("--unlabeled is used only with --cross-validate K"), unlabeled.err());
    CommandLineTest.Run algorithm = CommandLineTest.run("ner-eval", "--conll", conll.toString(), "--algorithm", "MAXENT_QN");
    assertEquals(2, algorithm.status(), algorithm.out());
    assertTrue(algorithm.err().startsWith("--algorithm is used only with --cross-validate K"), algorithm.err());
    CommandLineTest.Run unknown = CommandLineTest.run("ner-eval", "--conll", conll.toString(), "--cross-validate", "2",
        "--algorithm", "GIS");
    assertEquals(2, unknown.status(), unknown.out());
    assertTrue(unknown.err().startsWith("--algorithm must be PERCEPTRON or MAXENT_QN, got GIS"), unknown.err());
    CommandLineTest.Run model = CommandLineTest.run("ner-eval", "--conll", conll.toString(), "--model", "m.zip",
        "--cross-validate", "2");
    assertEquals(2, model.status());
    assertTrue(model.err().startsWith("--model and --cross-validate cannot be combined"), model.err());
  }

  @Test
  void indexWithAUserGazetteerFindsItsPersonUnderAnAlias(@TempDir Path dir) throws Exception {
    Path gazetteer = dir.resolve("people.tsv");
    Files.writeString(gazetteer, "person:khwarizmi\tPERSON\tمحمد بن موسى الخوارزمي\tالخوارزمي\n", StandardCharsets.UTF_8);
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus, String.join("\n",
        "{\"id\":\"a1\",\"title\":\"الجبر\",\"body\":\"كتب الخوارزمي أول كتاب في الجبر.\"}",
        "{\"id\":\"a2\",\"title\":\"الفلك\",\"body\":\"رصد الفلكيون السماء من بغداد.\"}"), StandardCharsets.UTF_8);
    Path plain = dir.resolve("plain");
    Path withOwn = dir.resolve("own");
    assertEquals(0, CommandLineTest.run("index", "--corpus", corpus.toString(), "--index", plain.toString(),
        "--entities", "gazetteer", "--no-progress").status());
    CommandLineTest.Run indexed = CommandLineTest.run("index", "--corpus", corpus.toString(), "--index",
        withOwn.toString(), "--entities", "gazetteer", "--gazetteer", gazetteer.toString(), "--no-progress");
    assertEquals(0, indexed.status(), indexed.err());

    String query = "person:\"محمد بن موسى الخوارزمي\"";
    assertTrue(CommandLineTest.run("search", "--index", plain.toString(), query).out().startsWith("0 hit(s)"));
    CommandLineTest.Run found = CommandLineTest.run("search", "--index", withOwn.toString(), query);
    assertEquals(0, found.status(), found.err());
    assertTrue(found.out().startsWith("1 hit(s)"), found.out());
    assertTrue(found.out().contains("a1"), found.out());
  }

  @Test
  void aUserGazetteerEntryKeepsANameTheBundledGazetteerAlsoHas(@TempDir Path dir) throws Exception {
    Path gazetteer = dir.resolve("mine.jsonl");
    Files.writeString(gazetteer, "{\"id\":\"person:jubeir\",\"type\":\"PERS\",\"name\":\"عادل الجبير\"}\n",
        StandardCharsets.UTF_8);
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus, "{\"id\":\"a1\",\"title\":\"زيارة\",\"body\":\"وصل وزير الخارجية عادل الجبير إلى الرياض.\"}\n",
        StandardCharsets.UTF_8);
    Path index = dir.resolve("idx");
    CommandLineTest.Run indexed = CommandLineTest.run("index", "--corpus", corpus.toString(), "--index", index.toString(),
        "--entities", "gazetteer", "--gazetteer", gazetteer.toString(), "--no-progress");
    assertEquals(0, indexed.status(), indexed.err());
    CommandLineTest.Run byOwnId = CommandLineTest.run("search", "--index", index.toString(), "person:jubeir");
    assertTrue(byOwnId.out().startsWith("1 hit(s)"), byOwnId.out());
  }

  @Test
  void searchFacetsListThePeopleAndPlacesOfTheResult(@TempDir Path dir) throws Exception {
    Path index = CommandLineTest.indexed(dir,
        "{\"id\":\"a1\",\"body\":\"وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ والتقى كيم جونغ أون.\"}",
        "{\"id\":\"a2\",\"body\":\"قال بوتين في موسكو إن روسيا ترحب بالحوار.\"}",
        "{\"id\":\"a3\",\"body\":\"أمطار غزيرة على جدة.\"}");
    CommandLineTest.Run run = CommandLineTest.run("search", "--index", index.toString(), "--facets", "بوتين");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("\nBy person: فلاديمير بوتين 2, كيم جونغ أون 1\n"), run.out());
    assertTrue(run.out().contains("\nBy location: ") && !run.out().contains("جدة"), run.out());
    CommandLineTest.Run one = CommandLineTest.run("search", "--index", index.toString(), "--facets",
        "--entity-facets", "1", "person:بوتين");
    assertTrue(one.out().contains("\nBy person: فلاديمير بوتين 2\n"), one.out());
    CommandLineTest.Run none = CommandLineTest.run("search", "--index", index.toString(), "--facets",
        "--entity-facets", "0", "بوتين");
    assertEquals(2, none.status());
    assertTrue(none.err().startsWith("--entity-facets must be at least 1, got 0"), none.err());
    CommandLineTest.Run alone = CommandLineTest.run("search", "--index", index.toString(), "--entity-facets", "3", "بوتين");
    assertEquals(2, alone.status());
    assertTrue(alone.err().startsWith("--entity-facets needs --facets"), alone.err());
  }

  @Test
  void aBadGazetteerLineIsNamedAndNothingIsIndexed(@TempDir Path dir) throws Exception {
    Path gazetteer = dir.resolve("bad.tsv");
    Files.writeString(gazetteer, "# people\nperson:x\tNOTATYPE\tزيد\n", StandardCharsets.UTF_8);
    CommandLineTest.Run run = indexOneArticle(dir, "--gazetteer", gazetteer.toString());
    assertEquals(1, run.status());
    assertTrue(run.err().startsWith("fahras index: "), run.err());
    assertTrue(run.err().contains(gazetteer + ":2"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(Files.notExists(dir.resolve("idx")), "the index folder is not created");
  }

  @Test
  void aModelWithoutTheTaggerIsRefused(@TempDir Path dir) throws Exception {
    CommandLineTest.Run run = indexOneArticle(dir, "--entities", "gazetteer", "--model", dir.resolve("m.zip").toString());
    assertEquals(1, run.status());
    assertTrue(run.err().contains("--model needs --entities full"), run.err());
  }

  @Test
  void aMalformedJsonGazetteerLineAndAMissingFileAreOneLineEach(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\": \"person:x\", \"type\": \"PERSON\", \"name\": \"زيد\"\n", StandardCharsets.UTF_8);
    CommandLineTest.Run run = indexOneArticle(dir, "--gazetteer", bad.toString());
    assertEquals(1, run.status());
    assertEquals("fahras index: " + bad + ":1: malformed JSON: Unexpected end-of-input: expected close marker"
        + " for Object (start marker at column 1) at column 51", run.err().strip());

    Path missing = dir.resolve("missing.tsv");
    CommandLineTest.Run none = indexOneArticle(dir, "--gazetteer", missing.toString());
    assertEquals(1, none.status());
    assertEquals("fahras index: gazetteer file not found: " + missing, none.err().strip());
  }

  /** Runs {@code fahras index} on a one-article corpus into {@code dir/idx}, with {@code options} added. */
  private static CommandLineTest.Run indexOneArticle(Path dir, String... options) throws IOException {
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus, "{\"id\":\"a1\",\"body\":\"زيد\"}\n", StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of("index", "--corpus", corpus.toString(), "--index",
        dir.resolve("idx").toString(), "--no-progress"));
    args.addAll(List.of(options));
    return CommandLineTest.run(args.toArray(String[]::new));
  }
}
