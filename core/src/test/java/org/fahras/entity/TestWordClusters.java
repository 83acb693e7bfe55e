package org.fahras.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TestWordClusters {

  @Test
  void testWordsWithTheSameNeighboursShareAClass() {
    // dims 0-1: after a person title, before a verb; dims 2-3: after "in", before a comma
    int[][] dims = {{0, 1}, {0, 1}, {2, 3}, {2, 3, 1}, {0}, {}};
    int[][] counts = {{9, 4}, {3, 2}, {7, 7}, {5, 6, 1}, {2}, {}};
    int[] frequency = {50, 40, 30, 20, 10, 5};
    byte[] classes = WordClusters.cluster(dims, counts, frequency, 4, 2);
    assertEquals(classes[0], classes[1]);
    assertEquals(classes[0], classes[4]);
    assertEquals(classes[2], classes[3]);
    assertNotEquals(classes[0], classes[2]);
    assertEquals(-1, classes[5], "a word without context has no class");
  }

  @Test
  void testTheClassCountMustFitInAByte() {
    int[][] one = {{0}};
    assertThrows(IllegalArgumentException.class, () -> WordClusters.cluster(one, one, new int[] {1}, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> WordClusters.cluster(one, one, new int[] {1}, 1, 128));
  }
}
