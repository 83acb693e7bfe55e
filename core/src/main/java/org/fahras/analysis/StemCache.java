package org.fahras.analysis;

/**
 * A direct-mapped cache of term → stem for one {@link ArabicLightStemFilter} (so one thread): word
 * frequencies follow Zipf's law, so a few tens of thousands of slots answer most terms of running
 * text without running the stemmer (about 85% of SaudiNewsNet terms at full size). Terms and stems
 * are {@link PackedTerm} keys, side by side in one {@code long[]}, so a lookup reads one cache line
 * and never allocates. A slot that was hit since it was last considered is kept once ("second
 * chance"), so rare words do not push out frequent ones.
 *
 * <p>It starts small (1,024 slots, 16 KB), so analyzing a query costs little, and grows to {@value
 * #MAX_SLOTS} slots (1 MB) once it has missed eight times per slot, as when indexing.
 */
final class StemCache {

  /** A term absent from the cache. */
  static final long MISS = -1L;

  private static final int FIRST_SLOTS = 1 << 10;
  private static final int MAX_SLOTS = 1 << 16;
  private static final long HIT = 1L << 63;

  private long[] entries;
  private int mask;
  private int misses;

  StemCache() {
    allocate(FIRST_SLOTS);
  }

  private void allocate(int slots) {
    entries = new long[2 * slots];
    mask = slots - 1;
    misses = 0;
  }

  private int slot(long key) {
    return (int) (PackedTerm.mix(key) & mask) << 1;
  }

  /** The stem key cached for term key {@code key}, or {@link #MISS}. */
  long get(long key) {
    int at = slot(key);
    if (entries[at] != key) {
      return MISS;
    }
    long stem = entries[at + 1];
    if (stem >= 0) {
      entries[at + 1] = stem | HIT;
    }
    return stem & ~HIT;
  }

  /**
   * Remembers that the term of {@code key} stems to the term of {@code stem}, unless the slot's word
   * was hit since it was last considered.
   */
  void put(long key, long stem) {
    if (++misses > 8 * (mask + 1) && mask + 1 < MAX_SLOTS) {
      allocate((mask + 1) * 4);
    }
    int at = slot(key);
    if (entries[at + 1] < 0) {
      entries[at + 1] &= ~HIT; // second chance for the resident word
      return;
    }
    entries[at] = key;
    entries[at + 1] = stem;
  }
}
