package org.fahras.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestTextTokens {

  private static List<String> surfaces(TextTokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.surface(i));
    }
    return out;
  }

  /** Words keep their harakat; punctuation is a token of its own; spaces and bidi marks are not tokens. */
  @Test
  void wordsAndPunctuation() {
    TextTokens t = TextTokens.of("قالَ بوتين\u200F: «موسكو».");
    assertEquals(List.of("قالَ", "بوتين", ":", "«", "موسكو", "»", "."), surfaces(t));
    assertEquals(5, t.start(1));
    assertEquals(10, t.end(1));
  }

  /** A token after one or more line breaks (with any spaces around them) knows it; the first token only if the text starts with one. */
  @Test
  void lineBreakBeforeAToken() {
    TextTokens t = TextTokens.of("\nبوتين في موسكو.  \n \n وصل الوفد\r\nإلى");
    List<Boolean> after = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      after.add(t.afterLineBreak(i));
    }
    assertEquals(List.of("بوتين", "في", "موسكو", ".", "وصل", "الوفد", "إلى"), surfaces(t));
    assertEquals(List.of(true, false, false, false, true, false, true), after);
  }

  /** The line breaks of a long text are kept past the first 64 tokens (and past the first capacity). */
  @Test
  void lineBreaksOfALongText() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append(i % 7 == 0 ? "\n" : " ").append("كلمة");
    }
    TextTokens t = TextTokens.of(text.toString());
    assertEquals(300, t.size());
    for (int i = 0; i < 300; i++) {
      assertEquals(i % 7 == 0, t.afterLineBreak(i), "token " + i);
    }
  }
}
