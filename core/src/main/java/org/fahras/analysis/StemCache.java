package org.fahras.analysis;

import java.util.Arrays;

/**
 * A small direct-mapped cache of term → stem for one {@link ArabicLightStemFilter} (so one thread):
 * word frequencies follow Zipf's law, and a few thousand slots answer most terms of running text
 * without running the stemmer. A slot that was hit since it was last considered is kept once
 * ("second chance"), so rare words do not push out frequent ones. Terms of up to {@value
 * #MAX_LENGTH} chars live in two preallocated char arrays, so lookups and stores never allocate;
 * about 200 KB per filter.
 */
final class StemCache {

  static final int MAX_LENGTH = 12;
  private static final int SLOTS = 4096;

  private final char[] keys = new char[SLOTS * MAX_LENGTH];
  private final char[] stems = new char[SLOTS * MAX_LENGTH];
  private final byte[] keyLengths = new byte[SLOTS];
  private final byte[] stemLengths = new byte[SLOTS];
  private final boolean[] hit = new boolean[SLOTS];

  StemCache() {
    Arrays.fill(keyLengths, (byte) -1);
  }

  static int slot(char[] s, int len) {
    int h = len;
    for (int i = 0; i < len; i++) {
      h = 31 * h + s[i];
    }
    h ^= h >>> 13;
    return h & (SLOTS - 1);
  }

  /** Writes the cached stem of {@code s[0..len)} into s and returns its length, or -1 on a miss. */
  int get(int slot, char[] s, int len) {
    if (keyLengths[slot] != len) {
      return -1;
    }
    int at = slot * MAX_LENGTH;
    for (int i = 0; i < len; i++) {
      if (keys[at + i] != s[i]) {
        return -1;
      }
    }
    hit[slot] = true;
    int stemLength = stemLengths[slot];
    System.arraycopy(stems, at, s, 0, stemLength);
    return stemLength;
  }

  /** Remembers that {@code term[0..len)} stems to {@code stem[0..stemLength)}, unless the slot's word is in use. */
  void put(int slot, char[] term, int len, char[] stem, int stemLength) {
    if (hit[slot]) {
      hit[slot] = false; // second chance for the resident word
      return;
    }
    int at = slot * MAX_LENGTH;
    System.arraycopy(term, 0, keys, at, len);
    keyLengths[slot] = (byte) len;
    System.arraycopy(stem, 0, stems, at, stemLength);
    stemLengths[slot] = (byte) stemLength;
  }
}
