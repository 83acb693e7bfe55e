package org.fahras.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestGazetteerMatcher {
  private static final Gazetteer BASE = BaseGazetteer.load();

  private static List<String> ids(Gazetteer g, String text) {
    EntityRecognizer r = new EntityRecognizer(g, null);
    List<String> out = new ArrayList<>();
    for (EntityMention m : r.recognize(text)) {
      out.add(m.id() + "=" + m.surface());
    }
    return out;
  }

  @Test
  void testProcliticLam() {
    assertEquals(List.of("person:putin=لبوتين"), ids(BASE, "قال لبوتين إن"));
  }

  @Test
  void testProcliticBehOnCompoundName() {
    assertEquals(List.of("city:pyongyang=ببيونغ يانغ"), ids(BASE, "التقى ببيونغ يانغ"));
  }

  @Test
  void testConjunctionWaw() {
    assertEquals(List.of("country:KP=وكوريا الشمالية"), ids(BASE, "روسيا وكوريا الشمالية").subList(1, 2));
    assertEquals(List.of("country:US=والولايات المتحدة"), ids(BASE, "والولايات المتحدة"));
  }

  @Test
  void testLamLamIsLamPlusArticle() {
    assertEquals(List.of("country:US=للولايات المتحدة"), ids(BASE, "للولايات المتحدة"));
  }

  @Test
  void testLongestMatchFirst() {
    assertEquals(List.of("org:kcna=وكالة الأنباء المركزية الكورية الشمالية"),
        ids(BASE, "وكالة الأنباء المركزية الكورية الشمالية"));
  }

  @Test
  void testVariantSpellingAndCompound() {
    assertEquals(List.of("city:pyongyang=بيونج يانج"), ids(BASE, "بيونج يانج"));
    assertEquals(List.of("city:pyongyang=بيونغيانغ"), ids(BASE, "بيونغيانغ"));
    assertEquals(List.of("person:kim-jong-un=كيم جونج اون"), ids(BASE, "كيم جونج اون"));
    assertEquals(List.of("org:google=غوغل"), ids(BASE, "غوغل"));
  }

  @Test
  void testShortCommonWordsDoNotMatch() {
    // بين ("between") must not become a name by stripping beh; قرى ("villages") must not meet كوريا
    assertEquals(List.of(), ids(BASE, "بين القرى"));
  }

  @Test
  void testVariantKeyNeedsCloseSpelling() {
    // بالرئيس and بيلاروس share the key بلرس but are four edits apart
    assertEquals(List.of(), ids(BASE, "ترحيب بالرئيس"));
    assertEquals(List.of("country:BY=بلاروس"), ids(BASE, "بلاروس"));
  }

  @Test
  void testAmbiguousCountryNamesLeftOut() {
    assertEquals(List.of(), ids(BASE, "الوضع مالي"));
  }

  @Test
  void testUserTsvAndJsonl() throws IOException {
    Gazetteer tsv = GazetteerReader.read(new ByteArrayInputStream(
        "# comment\nperson:x\tPERS\tسمير الأحمد\tالأحمد\n".getBytes(StandardCharsets.UTF_8)), "t.tsv", false);
    assertEquals(List.of("person:x=وسمير الأحمد"), ids(tsv, "وسمير الأحمد"));
    Gazetteer jsonl = GazetteerReader.read(new ByteArrayInputStream(
        "{\"id\":\"org:y\",\"type\":\"org\",\"name\":\"شركة المثال\",\"aliases\":[\"المثال\"]}\n"
            .getBytes(StandardCharsets.UTF_8)), "t.jsonl", true);
    assertEquals(List.of("org:y=بالمثال"), ids(jsonl, "بالمثال"));
  }

  @Test
  void testBadLineNamesFileAndLine() {
    GazetteerException e = org.junit.jupiter.api.Assertions.assertThrows(GazetteerException.class,
        () -> GazetteerReader.read(new ByteArrayInputStream(
            "a\tPERSON\tاسم\nb\tPLANET\tاسم\n".getBytes(StandardCharsets.UTF_8)), "u.tsv", false));
    assertTrue(e.getMessage().startsWith("u.tsv:2: unknown entity type 'PLANET'"), e.getMessage());
  }

  @Test
  void testMalformedJsonLineIsJacksonsReasonWithoutItsLocationDump() {
    GazetteerException e = org.junit.jupiter.api.Assertions.assertThrows(GazetteerException.class,
        () -> GazetteerReader.read(new ByteArrayInputStream(
            "{\"id\":\"org:y\",\"type\":\"org\",\"name\":\"المثال\"}\n{\"id\":\"org:z\",\"type\":\"org\"\n"
                .getBytes(StandardCharsets.UTF_8)), "u.jsonl", true));
    assertEquals("u.jsonl:2: malformed JSON: Unexpected end-of-input: expected close marker for Object"
        + " (start marker at column 1) at column 27", e.getMessage());
  }

  @Test
  void testInvalidUtf8InAGazetteerNamesTheLine() {
    byte[] good = "p1\tPERSON\tفلان\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'p', '2', '\t', 'P', 'E', 'R', 'S', 'O', 'N', '\t', (byte) 0xFF, '\n'};
    byte[] both = java.nio.ByteBuffer.allocate(good.length + bad.length).put(good).put(bad).array();
    GazetteerException e = org.junit.jupiter.api.Assertions.assertThrows(GazetteerException.class,
        () -> GazetteerReader.read(new ByteArrayInputStream(both), "g.tsv", false));
    assertEquals("g.tsv:2: invalid UTF-8", e.getMessage());
  }
}
