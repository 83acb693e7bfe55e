package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.junit.jupiter.api.Test;

/** Which normalized terms a proclitic-aware prefix matches. */
class TestProcliticPrefixQuery {

  private static CharacterRunAutomaton run(String prefix) {
    return new CharacterRunAutomaton(((AutomatonQuery) ProcliticPrefixQuery.of("body", prefix)).getAutomaton());
  }

  @Test
  void testBarePrefix() {
    assertTrue(run("استراتيج").run("استراتيجيه"));
  }

  @Test
  void testDefiniteArticleAndItsProclitics() {
    CharacterRunAutomaton a = run("استراتيج");
    for (String t : new String[] {"الاستراتيجيه", "والاستراتيجيه", "بالاستراتيجيه", "للاستراتيجي", "لاستراتيجيه"}) {
      assertTrue(a.run(t), t);
    }
  }

  @Test
  void testOtherWordsDoNotMatch() {
    CharacterRunAutomaton a = run("استراتيج");
    assertFalse(a.run("الاقتصاد"));
    assertFalse(a.run("ستراتيجيه"));
    assertFalse(a.run("قالاستراتيجيه"));
  }

  @Test
  void testTypedArticleIsStripped() {
    assertEquals("استراتيج", ProcliticPrefixQuery.stripArticle("الاستراتيج"));
    assertEquals("استراتيج", ProcliticPrefixQuery.stripArticle("والاستراتيج"));
    assertEquals("الم", ProcliticPrefixQuery.stripArticle("الم"));
    assertTrue(run("الاستراتيج").run("استراتيجي"));
  }

  @Test
  void testShortPrefixGetsNoSingleLetterProclitic() {
    CharacterRunAutomaton a = run("قط");
    assertTrue(a.run("القطار"));
    assertFalse(a.run("وقطار"));
  }
}
