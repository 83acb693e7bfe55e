package org.fahras.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable set of normalized words for the light stemmer's hot path. Words with a {@link
 * PackedTerm} key (Arabic letters and digits, up to 10 chars: nearly all of the lexicon) are keys in
 * an open-addressing {@code long[]} table, so a lookup packs the asked range (no hashing of chars
 * into an object, no allocation) and reads one table entry, usually one cache line. In front of the
 * table a blocked Bloom filter (about 1.3 bits per word, 128 KB for the lexicon; two bits in one
 * {@code long} per key) answers most misses from
 * the CPU cache: the stemmer asks far more "no" questions than "yes" ones. The few other words live
 * in a {@link CompactWordSet}. Thread-safe once built.
 */
final class PackedWordSet {

  private final long[] bloom;
  private final int bloomMask;
  private final long[] table;
  private final int mask;
  private final CompactWordSet others;
  private final int size;

  /** The set of the distinct words of {@code words}. */
  PackedWordSet(Iterable<char[]> words, int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    table = new long[capacity];
    mask = capacity - 1;
    bloom = new long[Integer.highestOneBit(Math.max(8, expected / 6)) * 2]; // 128 KB at 100,000
    bloomMask = bloom.length - 1;
    List<char[]> rest = new ArrayList<>();
    int packed = 0;
    for (char[] word : words) {
      long key = PackedTerm.pack(word, 0, word.length);
      if (key == PackedTerm.NONE) {
        rest.add(word);
        continue;
      }
      long h = PackedTerm.mix(key);
      int slot = (int) h & mask;
      while (table[slot] != 0 && table[slot] != key) {
        slot = (slot + 1) & mask;
      }
      if (table[slot] == 0) {
        if (++packed > capacity / 2) {
          throw new IllegalArgumentException("more words than expected (" + expected + ")");
        }
        table[slot] = key;
        bloom[bloomWord(h)] |= bloomBits(h);
      }
    }
    others = CompactWordSet.of(rest, Math.max(16, rest.size()));
    size = packed + others.size();
  }

  int size() {
    return size;
  }

  boolean contains(char[] s, int off, int len) {
    long key = PackedTerm.pack(s, off, len);
    return key == PackedTerm.NONE ? others.contains(s, off, len) : containsKey(key);
  }

  /** True if the word of {@code key} (a {@link PackedTerm} key) is in the set. */
  boolean containsKey(long key) {
    long h = PackedTerm.mix(key);
    long bits = bloomBits(h);
    if ((bloom[bloomWord(h)] & bits) != bits) {
      return false;
    }
    int slot = (int) h & mask;
    long stored;
    while ((stored = table[slot]) != 0) {
      if (stored == key) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  private int bloomWord(long h) {
    return (int) (h >>> 32) & bloomMask;
  }

  private static long bloomBits(long h) {
    return (1L << (h >>> 58)) | (1L << ((h >>> 52) & 63));
  }
}
