package org.fahras.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

  /** Output and exit status of one command line run. */
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = FahrasCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  /** Writes the JSON lines to {@code dir/c.jsonl}, indexes them into {@code dir/idx} and returns that folder. */
  static Path indexed(Path dir, String... jsonLines) throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus, String.join("\n", jsonLines) + "\n", StandardCharsets.UTF_8);
    Path index = dir.resolve("idx");
    Run run = run("index", "--corpus", corpus.toString(), "--index", index.toString(), "--no-progress");
    assertEquals(0, run.status(), run.err());
    return index;
  }

  @Test
  void versionIsPrintedBeforeOrAfterASubcommand() throws Exception {
    Run top = run("-V");
    assertEquals(0, top.status());
    assertTrue(top.out().startsWith("fahras "), top.out());
    for (String sub : List.of("search", "index", "eval", "bench")) {
      Run after = run(sub, "--version");
      assertEquals(0, after.status(), sub);
      assertEquals(top.out(), after.out(), sub);
    }
  }

  @Test
  void stemsPrintsEveryWordTypeWithItsTermsAndTheProcliticCheck(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus, "{\"id\":\"a\",\"title\":\"الوقت\",\"body\":\"والوقت للوقت الوقت\"}\n",
        StandardCharsets.UTF_8);
    Run all = run("stems", "--corpus", corpus.toString(), "--min-count", "1");
    assertEquals(0, all.status(), all.err());
    assertEquals(List.of("الوقت\t2\tوقت", "للوقت\t1\tوقت", "والوقت\t1\tوقت"), all.out().lines().toList());
    Run check = run("stems", "--corpus", corpus.toString(), "--min-count", "1", "--proclitic-check");
    assertEquals(0, check.status(), check.err());
    assertTrue(check.out().startsWith("0 article forms (0 occurrences)"), check.out());
  }

  @Test
  void demoPrintsHitsForEveryExample() {
    Run run = run("demo");
    assertEquals(0, run.status(), run.err());
    String[] sections = run.out().split("\n== ");
    // one section per example, then the top entities
    assertEquals(DemoCommand.EXAMPLES.size() + 2, sections.length, run.out());
    assertTrue(sections[sections.length - 1].startsWith("entities mentioned in the most articles"));
    String places = sections[sections.length - 1].lines().filter(l -> l.startsWith("place:")).findFirst().orElseThrow();
    assertTrue(places.contains(" مصر ("), places); // Egypt is among the places most articles mention
    Pattern hitLine = Pattern.compile("^\\s+1\\.\\s+\\d+\\.\\d{3}\\s+arcd-a\\d{3}\\s+\\S", Pattern.MULTILINE);
    for (int i = 1; i < sections.length - 1; i++) {
      Matcher m = hitLine.matcher(sections[i]);
      assertTrue(m.find(), "no ranked hit in section: " + sections[i]);
      assertTrue(sections[i].contains("["), "no highlighted word in section: " + sections[i]);
    }
  }

  @Test
  void indexSkipsABadLineReportsItsNumberAndSearchFindsTheRest(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus, String.join("\n",
        "{\"id\":\"a1\",\"title\":\"الرياض\",\"body\":\"الرياض عاصمة المملكة\"}",
        "{\"id\":\"a2\",\"title\":\"مكسور\",",
        "{\"id\":\"a3\",\"title\":\"جدة\",\"body\":\"جدة على البحر الأحمر بعيدا عن الرياض\"}"), StandardCharsets.UTF_8);
    Path index = dir.resolve("idx");
    Run indexed = run("index", "--corpus", corpus.toString(), "--index", index.toString(), "--no-progress");
    assertEquals(0, indexed.status(), indexed.err());
    assertTrue(indexed.out().contains("Indexed 2 articles, skipped 1"), indexed.out());
    assertTrue(indexed.out().contains(corpus + ":2: malformed JSON"), indexed.out());

    Run search = run("search", "--index", index.toString(), "الرياض");
    assertEquals(0, search.status(), search.err());
    assertTrue(search.out().startsWith("2 hit(s)"), search.out());
    assertFalse(search.out().contains("facets"), search.out());

    Run facets = run("search", "--index", index.toString(), "--facets", "الرياض");
    assertEquals(0, facets.status(), facets.err());
    assertTrue(facets.out().contains("No facets: the matching articles have no source and no date."), facets.out());
  }

  @Test
  void aQueryStartingWithADashIsQueryText(@TempDir Path dir) throws Exception {
    Path index = indexed(dir,
        "{\"id\":\"a1\",\"title\":\"الرياض\",\"body\":\"الرياض عاصمة المملكة\"}",
        "{\"id\":\"a3\",\"title\":\"جدة\",\"body\":\"جدة على البحر الأحمر بعيدا عن الرياض\"}");

    Run minus = run("search", "--index", index.toString(), "-جدة الرياض");
    assertEquals(0, minus.status(), minus.err());
    assertTrue(minus.out().startsWith("1 hit(s)"), minus.out());
    Run dash = run("search", "--index", index.toString(), "- أين تقع جدة؟");
    assertEquals(0, dash.status(), dash.err());
    assertTrue(dash.out().startsWith("1 hit(s)"), dash.out());
    Run separate = run("search", "--index", index.toString(), "الرياض", "-جدة");
    assertEquals(0, separate.status(), separate.err());
    assertTrue(separate.out().startsWith("1 hit(s)"), separate.out());
  }

  @Test
  void aHitLineShowsDateSourceAndTitleOnOneLine(@TempDir Path dir) throws Exception {
    Path index = indexed(dir, "{\"id\":\"a1\",\"title\":\"الرياض\\nعاصمة\",\"body\":\"الرياض عاصمة المملكة\","
        + "\"date\":\"2015-07-21 10:00:00\",\"source\":\"okaz\"}");
    Run search = run("search", "--index", index.toString(), "الرياض");
    assertEquals(0, search.status(), search.err());
    String hitLine = search.out().lines().filter(l -> l.matches(" +1\\. .*")).findFirst().orElseThrow();
    assertTrue(hitLine.matches(" +1\\. +[0-9.]+ +a1 +2015-07-21 +okaz +الرياض عاصمة"), hitLine);
  }

  @Test
  void searchJsonGivesTheHitsAndFacetsAsOneObject(@TempDir Path dir) throws Exception {
    Path index = indexed(dir,
        "{\"id\":\"a1\",\"title\":\"الرياض\",\"body\":\"أمطار على الرياض\",\"date\":\"2015-07-21 10:00:00\",\"source\":\"okaz\"}",
        "{\"id\":\"a2\",\"title\":\"جدة\",\"body\":\"الأمطار في جدة <اليوم>\"}");
    Run search = run("search", "--index", index.toString(), "--json", "--facets", "أمطار");
    assertEquals(0, search.status(), search.err());
    com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(search.out());
    assertEquals("أمطار", root.get("query").asText());
    assertEquals(2, root.get("totalHits").asInt());
    assertTrue(root.get("totalHitsExact").asBoolean());
    assertEquals(2, root.get("hits").size());
    com.fasterxml.jackson.databind.JsonNode a2 = root.get("hits").get(0).get("id").asText().equals("a2")
        ? root.get("hits").get(0) : root.get("hits").get(1);
    assertTrue(a2.get("snippet").asText().contains("<mark>الأمطار</mark> في جدة &lt;اليوم&gt;"), a2.toString());
    assertTrue(a2.get("published").isNull(), a2.toString());
    assertTrue(a2.get("source").isNull(), a2.toString());
    assertEquals("okaz", root.get("facets").get("sources").get(0).get("value").asText());
    assertEquals(1, root.get("facets").get("sources").get(0).get("count").asInt());
    assertEquals("2015-07", root.get("facets").get("months").get(0).get("value").asText());
    assertTrue(root.get("facets").has("place"), root.toString());
    assertEquals(0, root.get("notes").size(), root.toString());

    Run countOnly = run("search", "--index", index.toString(), "--json", "-n", "0", "--facets", "أمطار");
    com.fasterxml.jackson.databind.JsonNode counted = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(countOnly.out());
    assertEquals(2, counted.get("totalHits").asInt(), countOnly.out());
    assertEquals(0, counted.get("hits").size(), countOnly.out());
    assertTrue(counted.get("nextCursor").isNull(), countOnly.out());
    assertEquals("okaz", counted.get("facets").get("sources").get(0).get("value").asText());
    Run negative = run("search", "--index", index.toString(), "-n", "-1", "أمطار");
    assertEquals(2, negative.status());
    assertTrue(negative.err().startsWith("--size must be 0 (the count only) or more, got -1"), negative.err());

    Run repaired = run("search", "--index", index.toString(), "--json", "أمطار AND");
    com.fasterxml.jackson.databind.JsonNode notes = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(repaired.out()).get("notes");
    assertEquals(1, notes.size(), repaired.out());
    assertTrue(notes.get(0).asText().contains("that part dropped"), notes.toString());
    assertTrue(repaired.err().contains("note: " + notes.get(0).asText()), repaired.err());

    Run refused = run("search", "--index", index.toString(), "--json", "--strict", "أمطار AND");
    assertEquals(1, refused.status(), refused.err());
    com.fasterxml.jackson.databind.JsonNode error = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(refused.out()).get("error");
    assertEquals(9, error.get("position").asInt(), refused.out());
    assertTrue(error.get("message").asText().contains("أمطار AND"), refused.out());

    Run explain = run("search", "--index", index.toString(), "--json", "--explain", "a1", "أمطار");
    assertEquals(2, explain.status());
    assertTrue(explain.err().contains("--json and --explain cannot be combined"), explain.err());
  }

  @Test
  void searchSaysWhenTheIndexWasAnalyzedByAnotherVersion(@TempDir Path dir) throws Exception {
    Path index = dir.resolve("other");
    org.fahras.index.ArticleIndex.Options other = org.fahras.index.ArticleIndex.Options.withoutEntities()
        .withAnalyzer(org.fahras.analysis.ArabicAnalyzer.builder().stemming(false).build());
    try (org.fahras.index.ArticleIndex writer = org.fahras.index.ArticleIndex.open(index, other)) {
      writer.add(org.fahras.index.Article.of("a1", "الرياض", "الرياض عاصمة"));
    }
    Run search = run("search", "--index", index.toString(), "الرياض");
    assertEquals(0, search.status(), search.err());
    assertTrue(search.err().contains("was indexed by another version of Fahras's analysis"), search.err());
    Path current = indexed(dir, "{\"id\":\"a1\",\"title\":\"الرياض\",\"body\":\"الرياض عاصمة\"}");
    Run fresh = run("search", "--index", current.toString(), "الرياض");
    assertEquals("", fresh.err(), "no note for an index this version wrote");
  }

  @Test
  void aMistypedSearchOptionIsRefusedNotSearched(@TempDir Path dir) throws Exception {
    Path index = indexed(dir, "{\"id\":\"a1\",\"title\":\"الرياض\",\"body\":\"الرياض عاصمة المملكة\"}");
    Run typo = run("search", "--index", index.toString(), "--facet", "الرياض");
    assertEquals(2, typo.status(), typo.out());
    assertTrue(typo.err().startsWith("unknown option '--facet' (did you mean --facets?); to search for it, put '--' before the query"),
        typo.err());
    assertEquals(List.of("See 'fahras search --help'."), typo.err().strip().lines().skip(1).toList(),
        "the error and where to read the options, not the whole usage text");
    Run escaped = run("search", "--index", index.toString(), "--", "--facet", "الرياض");
    assertEquals(0, escaped.status(), escaped.err());
    assertTrue(escaped.out().startsWith("1 hit(s)"), escaped.out());
  }

  @Test
  void indexingAFileWithoutOneGoodLineFails(@TempDir Path dir) throws Exception {
    Path notJsonl = Files.writeString(dir.resolve("notes.md"), "# notes\nnot an article\n", StandardCharsets.UTF_8);
    Run run = run("index", "--corpus", notJsonl.toString(), "--index", dir.resolve("idx").toString(), "--no-progress");
    assertEquals(1, run.status(), run.out());
    assertTrue(run.out().contains("Indexed 0 articles, skipped 2"), run.out());
    assertTrue(run.err().contains("no article indexed: every line of " + notJsonl + " was bad"), run.err());
  }

  @Test
  void indexRefusesBadThreadsOrBufferBeforeMakingTheIndexFolder(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus, "{\"id\":\"a1\",\"body\":\"مصر\"}\n", StandardCharsets.UTF_8);
    Path index = dir.resolve("idx");
    Run threads = run("index", "--corpus", corpus.toString(), "--index", index.toString(), "--threads", "0");
    assertEquals(2, threads.status(), threads.out());
    assertTrue(threads.err().startsWith("--threads must be at least 1, got 0"), threads.err());
    Run buffer = run("index", "--corpus", corpus.toString(), "--index", index.toString(), "--ram-buffer-mb", "0");
    assertEquals(2, buffer.status(), buffer.out());
    assertTrue(buffer.err().startsWith("--ram-buffer-mb must be a number of MB above 0, got 0.0"), buffer.err());
    assertFalse(Files.exists(index));
  }

  @Test
  void deleteRemovesArticlesByIdAndNamesTheIdsItDoesNotHold(@TempDir Path dir) throws Exception {
    Path index = indexed(dir, "{\"id\":\"a1\",\"body\":\"مصر\"}", "{\"id\":\"a2\",\"body\":\"مصر والسودان\"}");
    Run delete = run("delete", "--index", index.toString(), "a1", "zz");
    assertEquals(0, delete.status(), delete.err());
    assertEquals("Deleted 1 article(s) from " + index + "\n  not in the index: 'zz'\n", delete.out());
    Run blank = run("delete", "--index", index.toString(), "a2", " ");
    assertEquals(2, blank.status(), blank.out());
    assertTrue(blank.err().startsWith("an id is blank"), blank.err());
    Run search = run("search", "--index", index.toString(), "مصر");
    assertTrue(search.out().startsWith("1 hit(s)"), search.out());
    assertTrue(search.out().contains("a2"), search.out());
    Run none = run("delete", "--index", dir.resolve("nothing").toString(), "a2");
    assertEquals(1, none.status());
    assertTrue(none.err().contains("nothing to delete from"), none.err());
    assertFalse(Files.exists(dir.resolve("nothing")));
  }

  @Test
  void indexCommitsAsItGoesWithCommitEvery(@TempDir Path dir) throws Exception {
    StringBuilder corpus = new StringBuilder();
    for (int i = 0; i < 1100; i++) {
      corpus.append("{\"id\":\"a").append(i).append("\",\"body\":\"خبر رقم ").append(i).append("\"}\n");
    }
    Path file = Files.writeString(dir.resolve("c.jsonl"), corpus, StandardCharsets.UTF_8);
    long[] generations = new long[2];
    String[] every = {"0", "500"};
    for (int k = 0; k < 2; k++) {
      Path index = dir.resolve("idx" + k);
      Run run = run("index", "--corpus", file.toString(), "--index", index.toString(), "--no-progress",
          "--threads", "1", "--entities", "off", "--commit-every", every[k]);
      assertEquals(0, run.status(), run.err());
      try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(index)) {
        generations[k] = org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getGeneration();
        assertEquals(1100, org.apache.lucene.index.SegmentInfos.readLatestCommit(d).totalMaxDoc());
      }
    }
    assertEquals(generations[0] + 2, generations[1], "commits after 512 and 1024 articles, then the last one");
    Run negative = run("index", "--corpus", file.toString(), "--index", dir.resolve("x").toString(), "--commit-every", "-1");
    assertEquals(2, negative.status());
    assertTrue(negative.err().startsWith("--commit-every must be 0 or more, got -1"), negative.err());
  }

  @Test
  void demoRefusesAHitCountOutOfRangeBeforeIndexing() {
    Run run = run("demo", "--hits", "0");
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("--hits must be in 1..10000, got 0"), run.err());
    assertFalse(run.out().contains("Indexed"), run.out());
  }

  @Test
  void anEntityQueryOnAnIndexWithoutEntitiesSaysWhy(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("c.jsonl"),
        "{\"id\":\"a1\",\"body\":\"قال الرئيس باراك أوباما في واشنطن\"}\n", StandardCharsets.UTF_8);
    for (String entities : new String[] {"off", "full"}) {
      Path index = dir.resolve("idx-" + entities);
      assertEquals(0, run("index", "--corpus", file.toString(), "--index", index.toString(), "--no-progress",
          "--entities", entities).status());
      Run search = run("search", "--index", index.toString(), "person:ترامب");
      assertTrue(search.out().startsWith("0 hit(s)"), search.out());
      assertEquals(entities.equals("off"), search.err().contains("was indexed without entity recognition"),
          entities + ": " + search.err());
    }
  }

  @Test
  void strictIndexStopsAtTheBadLineAndKeepsWhatCameBefore(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus, "{\"id\":\"a1\",\"body\":\"الرياض\"}\nnot json\n{\"id\":\"a3\",\"body\":\"الرياض\"}\n",
        StandardCharsets.UTF_8);
    Path index = dir.resolve("idx");
    Run strict = run("index", "--strict", "--corpus", corpus.toString(), "--index", index.toString(), "--no-progress");
    assertEquals(1, strict.status());
    assertTrue(strict.err().contains(corpus + ":2:"), strict.err());
    assertFalse(strict.err().contains("\tat "), "no stack trace: " + strict.err());
    assertTrue(run("search", "--index", index.toString(), "الرياض").out().startsWith("1 hit(s)"));
  }

  @Test
  void strictSearchReportsTheOffsetInOneLine(@TempDir Path dir) throws Exception {
    Path index = indexed(dir, "{\"id\":\"a1\",\"body\":\"مصر\"}");
    Run search = run("search", "--strict", "--index", index.toString(), "مصر AND");
    assertEquals(1, search.status());
    assertTrue(search.err().contains("cannot parse query at character"), search.err());
    assertEquals(1, search.err().strip().lines().count(), search.err());
  }

  @Test
  void lenientSearchSaysWhenItReadsMalformedSyntaxAsWords(@TempDir Path dir) throws Exception {
    Path index = indexed(dir, "{\"id\":\"a1\",\"body\":\"مصر في 2015\"}");
    Run typo = run("search", "--index", index.toString(), "مصر date:[2015-13-01 TO 2015-07-31]");
    assertEquals(0, typo.status(), typo.err());
    assertEquals("note: cannot parse query at character 10: not a date (yyyy-MM-dd, yyyy-MM or yyyy): '2015-13-01'"
        + " in: مصر date:[2015-13-01 TO 2015-07-31]; a filter that cannot be applied matches no article (--strict"
        + " makes this an error)", typo.err().strip());
    assertTrue(typo.out().startsWith("0 hit(s)"), typo.out());

    Run syntax = run("search", "--index", index.toString(), "مصر AND");
    assertEquals(0, syntax.status(), syntax.err());
    assertEquals("note: cannot parse query at character 7: the query ends where a word or phrase was expected"
        + " in: مصر AND; searching it with that part dropped or read as words (--strict makes this an error)",
        syntax.err().strip());
    assertTrue(syntax.out().contains("a1"), syntax.out());

    Run words = run("search", "--index", index.toString(), "مصر~0.5~");
    assertTrue(words.err().strip().endsWith("; searching its words as plain text instead (--strict makes this an"
        + " error)"), words.err());
    assertTrue(words.out().contains("a1"), words.out());

    Run quote = run("search", "--index", index.toString(), "مصر \"");
    assertTrue(quote.err().strip().endsWith("; searching it with that part dropped or read as words (--strict makes"
        + " this an error)"), quote.err());
    assertTrue(quote.out().contains("a1"), quote.out());

    Run valid = run("search", "--index", index.toString(), "مصر AND date:[2015-01-01 TO 2015-12-31]");
    assertEquals(0, valid.status(), valid.err());
    assertEquals("", valid.err(), "no note for valid syntax");
  }

  @Test
  void searchOfAFolderWithoutAnIndexSaysSo(@TempDir Path dir) {
    Run search = run("search", "--index", dir.toString(), "مصر");
    assertEquals(1, search.status());
    assertEquals("fahras search: no Fahras index in " + dir + " (build one with: fahras index --corpus FILE --index "
        + dir + ")", search.err().strip());

    Path missing = dir.resolve("missing");
    Run none = run("search", "--index", missing.toString(), "مصر");
    assertEquals(1, none.status());
    assertEquals("fahras search: index folder not found: " + missing
        + " (build one with: fahras index --corpus FILE --index " + missing + ")", none.err().strip());
    assertFalse(Files.exists(missing), "search creates no folder");
  }

  @Test
  void searchOptionsThatCannotHoldTogetherAreRefusedByName(@TempDir Path dir) throws Exception {
    Path index = indexed(dir, "{\"id\":\"a1\",\"body\":\"مصر\",\"date\":\"2015-07-21 10:00:00\"}");
    Run badDay = run("search", "--index", index.toString(), "--from-date", "2015/07/21", "مصر");
    assertEquals(2, badDay.status());
    assertTrue(badDay.err().contains("'2015/07/21' is not a day as yyyy-MM-dd (for example 2015-07-21)"), badDay.err());
    assertFalse(badDay.err().contains("java.time"), badDay.err());

    Run reversed = run("search", "--index", index.toString(), "--from-date", "2015-08-01", "--to-date", "2015-07-01", "مصر");
    assertEquals(2, reversed.status());
    assertTrue(reversed.err().startsWith("--from-date 2015-08-01 is after --to-date 2015-07-01"), reversed.err());

    Run cursorAndFrom = run("search", "--index", index.toString(), "--after", "r1.0.1", "--from", "5", "مصر");
    assertEquals(2, cursorAndFrom.status());
    assertTrue(cursorAndFrom.err().startsWith("--from and --after cannot be combined"), cursorAndFrom.err());

    Run lowerCaseSort = run("search", "--index", index.toString(), "--sort", "newest", "مصر");
    assertEquals(0, lowerCaseSort.status(), lowerCaseSort.err());
    assertTrue(lowerCaseSort.out().startsWith("1 hit(s)"), lowerCaseSort.out());
  }

  @Test
  void searchOfAFileAsIndexNamesItWithoutSuggestingToIndexThere(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("c.jsonl"), "{}\n", StandardCharsets.UTF_8);
    Run search = run("search", "--index", file.toString(), "مصر");
    assertEquals(1, search.status());
    assertEquals("fahras search: not a folder: " + file + " (--index names the folder an index was built in)",
        search.err().strip());
  }

  @Test
  void aSourceNoArticleHasIsNamedWhenNothingIsFound(@TempDir Path dir) throws Exception {
    Path index = indexed(dir, "{\"id\":\"a1\",\"body\":\"مصر\",\"source\":\"okaz\"}",
        "{\"id\":\"a2\",\"body\":\"مصر\",\"source\":\"SPA\"}");
    Run typo = run("search", "--index", index.toString(), "--source", "okz", "مصر");
    assertEquals(0, typo.status(), typo.err());
    assertTrue(typo.out().startsWith("0 hit(s)"), typo.out());
    assertEquals("note: no article in " + index + " has --source okz (sources there: SPA, okaz)", typo.err().strip());
    Run anyCase = run("search", "--index", index.toString(), "--source", "spa", "مصر");
    assertTrue(anyCase.out().startsWith("1 hit(s)"), anyCase.out());
    assertEquals("", anyCase.err().strip());
    Run known = run("search", "--index", index.toString(), "--source", "okaz", "ليبيا");
    assertEquals("", known.err().strip(), "a known source with no hit gets no note");
  }

  /** Before an indexer's first commit the folder holds its write lock: the message says to wait for that commit. */
  @Test
  void searchBeforeTheFirstCommitSaysToWaitForIt(@TempDir Path dir) throws Exception {
    Path index = Files.createDirectories(dir.resolve("idx"));
    Files.createFile(index.resolve("write.lock"));
    Run search = run("search", "--index", index.toString(), "مصر");
    assertEquals(1, search.status());
    assertEquals("fahras search: no Fahras index in " + index + " yet (if `fahras index` is writing there, search again"
        + " after its first commit; otherwise build one with: fahras index --corpus FILE --index " + index + ")",
        search.err().strip());
  }

  @Test
  void everySubcommandHasHelp() {
    CommandLine cli = new CommandLine(new FahrasCommand());
    for (String name : cli.getSubcommands().keySet()) {
      if (name.equals("help")) {
        continue;
      }
      Run help = run(name, "--help");
      assertEquals(0, help.status(), name);
      assertTrue(help.out().startsWith("Usage: fahras " + name), help.out());
    }
  }
}
