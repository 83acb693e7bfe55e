package org.fahras.search;

/**
 * The sloppy frequency of a two-term phrase {@code "first second"~slop} in one document, computed
 * from the two terms' positions exactly as Lucene's {@code SloppyPhraseMatcher} (Lucene 10.6,
 * with {@code PhraseScorer}) computes it for two distinct terms: each term's positions shifted by
 * its offset in the phrase (0 and 1), the lesser of the two (by shifted position, then offset)
 * advanced until it passes the other, each match of length at most {@code slop} adding
 * {@code 1 / (1 + match length)} (a float sum, in match order). Repeated terms ("a a"~2) take a
 * different path in Lucene and are not handled here. Allocation-free.
 */
final class SloppyPairFrequency {
  private SloppyPairFrequency() {}

  /**
   * @param first positions of the first term in the document, ascending, from index 0
   * @param firstCount how many of {@code first} are valid, at least 1
   * @param second positions of the second term (a different term), ascending
   * @param secondCount how many of {@code second} are valid, at least 1
   * @param slop the phrase slop, in positions, at least 0
   * @return the sloppy frequency; 0 when no match is within {@code slop}
   */
  static float of(int[] first, int firstCount, int[] second, int secondCount, int slop) {
    // the two PhrasePositions: shifted position and index of the next position to read
    int pos0 = first[0];
    int pos1 = second[0] - 1;
    int next0 = 1;
    int next1 = 1;
    int end = Math.max(pos0, pos1);
    float freq = 0f;
    while (true) {
      // pop the lesser (ties: offset 0 first); the other one stays on top of the queue
      boolean lead0 = pos0 <= pos1;
      int matchLength = end - (lead0 ? pos0 : pos1);
      int next = lead0 ? pos1 : pos0;
      boolean matched = false;
      while (lead0 ? next0 < firstCount : next1 < secondCount) {
        int p = lead0 ? first[next0++] : second[next1++] - 1;
        if (lead0) {
          pos0 = p;
        } else {
          pos1 = p;
        }
        if (p > end) {
          end = p;
        }
        if (p > next) { // done minimizing this match's length
          if (matchLength <= slop) {
            matched = true;
            break;
          }
          lead0 = pos0 <= pos1;
          next = lead0 ? pos1 : pos0;
          matchLength = end - (lead0 ? pos0 : pos1);
        } else if (end - p < matchLength) {
          matchLength = end - p;
        }
      }
      if (!matched) { // the popped term has no more positions: the last candidate, then done
        return matchLength <= slop ? freq + 1f / (1f + matchLength) : freq;
      }
      freq += 1f / (1f + matchLength);
    }
  }
}
