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
  void rejectsIdsAndSourcesLongerThanTheIndexCanHoldNamingTheField() {
    var id = assertThrows(IllegalArgumentException.class, () -> Article.of("x".repeat(10_001), "t", "b"));
    assertEquals("article id '" + "x".repeat(40) + "...' has 10,001 chars; at most 10,000", id.getMessage());
    Article.of("x".repeat(10_000), "t", "b"); // the limit itself is accepted
    var source = assertThrows(IllegalArgumentException.class,
        () -> Article.of("x1", "t", "b").withSource("م".repeat(1_001)));
    assertEquals("article 'x1': \"source\" has 1,001 chars; at most 1,000", source.getMessage());
  }

  @Test
  void nullTitleBecomesEmpty() {
    assertEquals("", Article.of("x1", null, "b").title());
  }
}
