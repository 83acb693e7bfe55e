package org.fahras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fahras.search.SearchResults;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void readmeSnippetFindsThePyongyangArticleOnly() throws Exception {
    SearchResults results = QuickStart.run();
    assertEquals(1, results.totalHits());
    assertEquals("a1", results.hits().get(0).id());
    assertTrue(results.hits().get(0).snippet().contains("<mark>بيونغ يانغ</mark>"), results.hits().get(0).snippet());
  }
}
