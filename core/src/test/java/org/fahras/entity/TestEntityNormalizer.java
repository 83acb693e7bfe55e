package org.fahras.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TestEntityNormalizer {
  private static void check(String in, String out) {
    char[] s = in.toCharArray();
    assertEquals(out, new String(s, 0, EntityNormalizer.normalize(s, s.length)));
  }

  @Test
  void testHarakat() {
    check("بُوتِينَ", "بوتين");
  }

  @Test
  void testTatweel() {
    check("بوتـــين", "بوتين");
  }

  @Test
  void testHamzaAlefs() {
    check("أوكرانيا", "اوكرانيا");
    check("إيران", "ايران");
    check("آسيا", "اسيا");
  }

  @Test
  void testTehMarbuta() {
    check("غزة", "غزه");
  }

  @Test
  void testAlefMaqsura() {
    check("موسى", "موسي");
  }

  @Test
  void testPersianAndUrduLetterForms() {
    check("علی", "علي");
    check("یوسف", "يوسف");
    check("کوریا", "كوريا");
    check("ڪوريا", "كوريا");
    check("ھيئة", "هيئه");
    check("مدرسہ", "مدرسه");
    check("مدرسۀ", "مدرسه");
    check("پاکستان", "پاكستان"); // peh is the variant key's, not a letter form of ب
  }

  @Test
  void testPresentationForms() {
    assertEquals("لا", EntityNormalizer.normalize("\uFEFB"));
  }

  @Test
  void testTaggerNormalizerKeepsLetterDistinctions() {
    assertEquals("على", TaggerNormalizer.normalize("عَلَى"));
    assertEquals("بأن", TaggerNormalizer.normalize("بأن"));
    assertEquals("مدرسة", TaggerNormalizer.normalize("مدرسـة"));
  }
}
