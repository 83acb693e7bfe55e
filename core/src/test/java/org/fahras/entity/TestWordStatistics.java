package org.fahras.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TestWordStatistics {

  private static WordStatistics read(String text) throws IOException {
    return WordStatistics.read(new BufferedReader(new StringReader(text)));
  }

  @Test
  void testStatisticsSavedBeforeWordClassesReadWithoutAClass() throws IOException {
    WordStatistics old = read("بوتين\t5,0,3,0,0,0\tالرئيس|قال\n");
    assertArrayEquals(new byte[] {5, 0, 3, 0, 0, 0, WordStatistics.UNKNOWN}, old.facts("بوتين"));
    assertEquals("الرئيس|قال", old.context("بوتين"));
  }

  @Test
  void testWriteThenReadKeepsTheClass() throws IOException {
    WordStatistics stats = read("بوتين\t5,0,3,0,0,0,17\tالرئيس|قال\n");
    StringWriter out = new StringWriter();
    stats.write(out);
    assertArrayEquals(stats.facts("بوتين"), read(out.toString()).facts("بوتين"));
    assertEquals(17, read(out.toString()).facts("بوتين")[WordStatistics.CLUSTER]);
  }

  @Test
  void testALineWithTheWrongNumberOfFactsIsAnErrorWithItsNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("a\t1,2,3\n"));
    assertTrue(e.getMessage().startsWith("word statistics line 1:"), e.getMessage());
  }

  @Test
  void testCountedNamesAfterTheSameTitlesShareAClass() {
    WordStatistics.Counter counter = new WordStatistics.Counter();
    StringBuilder text = new StringBuilder();
    String[] names = {"بوتين", "ترامب", "ماكرون"};
    String[] nouns = {"السيارة", "الطاولة", "المدرسة"};
    for (int i = 0; i < 40; i++) {
      text.append("قال الرئيس ").append(names[i % 3]).append(" إن ").append("اشترى الرجل ")
          .append(nouns[i % 3]).append(" الجديدة . ");
    }
    counter.add(text.toString());
    counter.startContexts(3);
    counter.addContexts(text.toString());
    WordStatistics stats = counter.build(3);
    byte putin = stats.facts("بوتين")[WordStatistics.CLUSTER];
    assertEquals(putin, stats.facts("ترامب")[WordStatistics.CLUSTER]);
    assertEquals(putin, stats.facts("ماكرون")[WordStatistics.CLUSTER]);
    assertEquals(stats.facts("سيارة")[WordStatistics.CLUSTER], stats.facts("طاولة")[WordStatistics.CLUSTER]);
    assertNotEquals(putin, stats.facts("سيارة")[WordStatistics.CLUSTER]);
  }
}
