package org.fahras.entity;

import org.fahras.SharedData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance list of issue 5 on the seed article, with the standard recognizer (gazetteer + model). */
class TestSeedArticle {
  private static String text;
  private static List<EntityMention> mentions;

  @BeforeAll
  static void recognize() throws IOException {
    Path seed = SharedData.root().resolve("seed-article/article.txt");
    Assumptions.assumeTrue(Files.isRegularFile(seed), "shared data absent: " + seed);
    text = Files.readString(seed, StandardCharsets.UTF_8);
    mentions = EntityRecognizer.standard().recognize(text);
  }

  private static Map<String, EntityType> byName() {
    Map<String, EntityType> m = new HashMap<>();
    for (EntityMention e : mentions) {
      m.put(e.name(), e.type());
    }
    return m;
  }

  @Test
  void testAcceptanceList() {
    Map<String, EntityType> found = byName();
    Object[][] expected = {
      {"فلاديمير بوتين", EntityType.PERSON},
      {"كيم جونغ أون", EntityType.PERSON},
      {"كوريا الشمالية", EntityType.LOCATION},
      {"بيونغ يانغ", EntityType.LOCATION},
      {"روسيا", EntityType.LOCATION},
      {"موسكو", EntityType.LOCATION},
      {"الولايات المتحدة", EntityType.LOCATION},
      {"كوريا الجنوبية", EntityType.LOCATION},
      {"أوكرانيا", EntityType.LOCATION},
      {"الكرملين", EntityType.ORGANIZATION},
      {"البنتاغون", EntityType.ORGANIZATION},
      {"الأمم المتحدة", EntityType.ORGANIZATION},
      {"وكالة الأنباء المركزية الكورية الشمالية", EntityType.ORGANIZATION},
    };
    for (Object[] e : expected) {
      assertEquals(e[1], found.get((String) e[0]), "type of " + e[0] + " in " + found);
    }
  }

  @Test
  void testSurnameOnlyMentionsOfPutin() {
    long putin = mentions.stream().filter(m -> m.id().equals("person:putin")).count();
    long surnameOnly = mentions.stream().filter(m -> m.id().equals("person:putin") && m.surface().equals("بوتين")).count();
    assertTrue(surnameOnly >= 5, "بوتين alone: " + surnameOnly);
    assertTrue(putin >= surnameOnly + 2, "all Putin mentions: " + putin);
  }

  @Test
  void testOffsetsPointAtTheSurface() {
    for (EntityMention m : mentions) {
      assertEquals(m.surface(), text.substring(m.start(), m.end()));
    }
  }

  @Test
  void testCliticFormsResolve() {
    assertTrue(mentions.stream().anyMatch(m -> m.surface().equals("بموسكو") && m.id().equals("city:moscow")));
    assertTrue(mentions.stream().anyMatch(m -> m.surface().equals("لكوريا الشمالية") && m.id().equals("country:KP")));
  }
}
