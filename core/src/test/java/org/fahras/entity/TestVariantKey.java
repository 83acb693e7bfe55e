package org.fahras.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Spelling pairs below all occur in the SaudiNewsNet corpus (counts in docs/entities.md). */
class TestVariantKey {
  private static String key(String s) {
    return VariantKey.of(EntityNormalizer.normalize(s));
  }

  private static void same(String a, String b) {
    assertEquals(key(a), key(b), a + " / " + b);
  }

  @Test
  void testGSoundLetters() {
    same("بيونغ يانغ", "بيونج يانج");
    same("هونغ كونغ", "هونج كونج");
    same("غوغل", "جوجل");
    same("انستجرام", "انستقرام");
    same("جوانتانامو", "غوانتانامو");
    same("كيم جونغ أون", "كيم جونج اون");
  }

  @Test
  void testOptionalSpaceInCompounds() {
    same("بيونغ يانغ", "بيونغيانغ");
    same("فيس بوك", "فيسبوك");
    same("نيو يورك", "نيويورك");
  }

  @Test
  void testOptionalLongVowels() {
    same("بوتين", "بوتن");
    same("واشنطن", "واشنطون");
    same("هيلاري كلينتون", "هيلاري كلنتون");
    same("بلومبيرغ", "بلومبرج");
  }

  @Test
  void testPersianLetters() {
    same("پوتين", "بوتين");
    same("ڤيينا", "فيينا");
  }

  @Test
  void testFirstAndLastLettersKept() {
    assertEquals("كرا", key("كوريا"));
    assertNotEquals(key("كوريا"), key("قرى"));
    assertEquals("بتن", key("بوتين"));
  }

  @Test
  void testFinalTehMarbuta() {
    same("كورية", "كوريا");
  }

  @Test
  void testOpenKeyIsPrefixOfLongerName() {
    String full = key("بيونج يانج");
    String open = VariantKey.open(EntityNormalizer.normalize("بيونغ"));
    assertEquals(true, full.startsWith(open), open + " should start " + full);
  }

  @Test
  void testCloseSpellings() {
    String a = VariantKey.letterClasses(EntityNormalizer.normalize("بالرئيس"));
    String b = VariantKey.letterClasses(EntityNormalizer.normalize("بيلاروس"));
    assertEquals(VariantKey.of(EntityNormalizer.normalize("بالرئيس")), VariantKey.of(EntityNormalizer.normalize("بيلاروس")));
    assertEquals(false, VariantKey.close(a, b));
    // under six letters only letter-class differences are allowed: بينما ("while") is not بنما (Panama)
    assertEquals(false, VariantKey.close(VariantKey.letterClasses("بينما"), VariantKey.letterClasses("بنما")));
    assertEquals(true, VariantKey.close(VariantKey.letterClasses("واشنطون"), VariantKey.letterClasses("واشنطن")));
    assertEquals(true, VariantKey.close(VariantKey.letterClasses("غوغل"), VariantKey.letterClasses("جوجل")));
  }

  @Test
  void testEmpty() {
    assertEquals("", VariantKey.of(""));
    assertEquals("", VariantKey.of("  "));
  }
}
