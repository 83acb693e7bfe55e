package org.fahras.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleTest {
  @Test
  void rejectsBlankOrNullId() {
    var blank = assertThrows(IllegalArgumentException.class, () -> Article.of("  ", "t", "b"));
    assertTrue(blank.getMessage().contains("non-blank"), blank.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Article.of(null, "t", "b"));
  }

  @Test
  void rejectsNullBodyNamingTheArticle() {
    var e = assertThrows(IllegalArgumentException.class, () -> Article.of("x1", "t", null));
    assertTrue(e.getMessage().contains("'x1'"), e.getMessage());
  }

  @Test
  void nullTitleBecomesEmpty() {
    assertEquals("", Article.of("x1", null, "b").title());
  }
}
