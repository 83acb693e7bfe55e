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

  /**
   * The first key char a word adds after others is where the open key of both continues: after a vowel
   * (dropped inside a key), a doubled letter (kept once), a letter class, a hyphen; none for a word of
   * vowels only.
   */
  @Test
  void testFirstKeyCharContinuesTheOpenKey() {
    String[] words = {"بيونغ", "يانغ", "كيم", "جونغ", "أون", "نيو", "يورك", "و", "اوي", "نور", "غزة", "ماري-لو",
        "دي", "سانتوس", "ريو", "ديجانيرو", "فيس", "بوك", "ن", "كري", "ري", "رير"};
    for (String a : words) {
      for (String b : words) {
        String before = VariantKey.open(EntityNormalizer.normalize(a));
        String both = VariantKey.open(EntityNormalizer.normalize(a + " " + b));
        char c = VariantKey.firstKeyChar(EntityNormalizer.normalize(b),
            VariantKey.lastLetterClass(EntityNormalizer.normalize(a)));
        String expected = c == 0 ? before : before + c;
        assertEquals(expected, both.substring(0, Math.min(both.length(), expected.length())), a + " " + b);
        if (c == 0) {
          assertEquals(before, both, a + " " + b);
        }
      }
    }
    assertEquals('\u0643', VariantKey.firstKeyChar("اغ", 'ن')); // alef dropped, ghain in the kaf class
    assertEquals(0, VariantKey.firstKeyChar("ناو", 'ن')); // the doubled nun kept once, then vowels
    assertEquals('\u0631', VariantKey.firstKeyChar("ري", '\u064A')); // after a vowel the letter counts again
  }

  /** A letter written twice in a row is one; a letter that comes back after a dropped vowel is two. */
  @Test
  void testDoubledLettersOnlyWhenWrittenTogether() {
    same("كيلي", "كيللي");
    assertEquals("كري", key("كيري"));
    assertEquals("كرري", key("كريري"));
    assertNotEquals(key("كيري"), key("كريري")); // Kerry is not Kariri
    same("حسن نصر الله", "حسن  نصرالله");
  }

  /** A form's first key char, held for every previous letter class, is what {@link VariantKey#firstKeyChar} gives. */
  @Test
  void testFormsFirstKeyCharEqualsTheComputedOne() {
    String[] words = {"جونغ", "كيم", "يانغ", "اون", "ووتر", "غوغل", "ككك", "او", "ا", "ببيروت", "قاف", "", "-",
        "نيو-يورك", "abc", "ّّب", "ءاس", "ؤك"};
    for (String w : words) {
      WordForm f = WordForm.gazetteerOnly(w, w, GazetteerMatcher.Start.NONE);
      for (char after = 0; after < '\u0700'; after++) {
        assertEquals(VariantKey.firstKeyChar(w, after), f.firstKeyChar(after), w + " after " + (int) after);
      }
    }
  }

  /**
   * The hashes a form gives for a two-word name and open key ending with it are those of the strings
   * themselves, whatever the first word ends with (the doubled-letter and vowel rules at the join).
   */
  @Test
  void testFormsHashesOfTwoWordKeysEqualTheBuiltOnes() {
    String[] firsts = {"كيم", "بيونغ", "جونغ", "نيو", "او", "اوباما", "ك", "غ", "ببب", "سان"};
    String[] nexts = {"جونغ", "كيم", "يانغ", "اون", "ووتر", "غوغل", "ككك", "او", "ا", "ببيروت", "قاف", "-",
        "نيو-يورك", "abc", "ءاس", "ؤك", "يورك", "فرانسيسكو"};
    for (String first : firsts) {
      for (String next : nexts) {
        WordForm f = WordForm.gazetteerOnly(next, next, GazetteerMatcher.Start.NONE);
        String two = first + " " + next;
        assertEquals(two.hashCode(), f.foldedHashAfter(first.hashCode()), two);
        assertEquals(VariantKey.open(two).hashCode(),
            f.openKeyHashAfter(VariantKey.open(first).hashCode(), VariantKey.lastLetterClass(first)), two);
        assertEquals(VariantKey.open(two), VariantKey.open(first) + VariantKey.openTail(next, VariantKey.lastLetterClass(first)), two);
      }
    }
  }
}
