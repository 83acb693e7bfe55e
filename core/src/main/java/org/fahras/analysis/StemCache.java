package org.fahras.analysis;

import java.util.Arrays;

/**
 * A direct-mapped cache of term → stem for one {@link ArabicLightStemFilter} (so one thread): word
 * frequencies follow Zipf's law, so a few thousand slots answer most terms of running text without
 * running the stemmer (about 65% of SaudiNewsNet terms at full size). A slot that was hit since it
 * was last considered is kept once ("second chance"), so rare words do not push out frequent ones.
 *
 * <p>It starts small (1,024 slots, 50 KB), so analyzing a query costs little, and grows to 16,384
 * slots (800 KB) once it has missed eight times per slot, as when indexing. Terms of up to
 * {@value #MAX_LENGTH} chars live in two preallocated char arrays: lookups and stores never
 * allocate (growing does, a few times per filter).
 */
final class StemCache {

  static final int MAX_LENGTH = 12;
  private static final int FIRST_SLOTS = 1 << 10;
  private static final int MAX_SLOTS = 1 << 14;

  private int slots;
  private char[] keys;
  private char[] stems;
  private byte[] keyLengths;
  private byte[] stemLengths;
  private boolean[] hit;
  private int misses;

  StemCache() {
    allocate(FIRST_SLOTS);
  }

  private void allocate(int size) {
    slots = size;
    keys = new char[size * MAX_LENGTH];
    stems = new char[size * MAX_LENGTH];
    keyLengths = new byte[size];
    stemLengths = new byte[size];
    hit = new boolean[size];
    Arrays.fill(keyLengths, (byte) -1);
    misses = 0;
  }

  /** The slot of a term; valid until the next {@link #put}. */
  int slot(char[] s, int len) {
    int h = len;
    for (int i = 0; i < len; i++) {
      h = 31 * h + s[i];
    }
    h ^= h >>> 13;
    return h & (slots - 1);
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

  /**
   * Remembers that {@code term[0..len)} stems to {@code stem[0..stemLength)}, unless the slot's
   * word was hit since it was last considered.
   */
  void put(int slot, char[] term, int len, char[] stem, int stemLength) {
    if (++misses > 8 * slots && slots < MAX_SLOTS) {
      allocate(slots * 4);
      slot = slot(term, len);
    }
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
