package org.fahras.entity;

import java.util.Collection;

/**
 * An immutable one-hash Bloom filter of strings' {@link String#hashCode}s, put in front of a large set or
 * map of strings: a string never added is answered "no" (all but about one in sixteen of them) from one
 * bit of a table of {@code 16 n} bits, rounded up to a power of two (n strings added), instead of a
 * lookup in the map, which costs two to four cache misses (its table, its node, the key string and its
 * chars). "Maybe" must be confirmed on the map. Thread-safe.
 */
final class StringFilter {
  private final long[] bits;
  /** {@code 32 - log2(bit count)}: a string's bit is the top bits of its mixed hash. */
  private final int shift;

  /** @param strings every string the filter must answer "maybe" for */
  StringFilter(Collection<String> strings) {
    int log2 = Math.max(6, 32 - Integer.numberOfLeadingZeros(Math.max(1, strings.size()) * 16 - 1));
    bits = new long[1 << (log2 - 6)];
    shift = 32 - log2;
    for (String s : strings) {
      int b = bit(s.hashCode());
      bits[b >>> 6] |= 1L << b;
    }
  }

  /** @return false if {@code s} was surely not added; true if it may have been */
  boolean mayContain(String s) {
    return mayContain(s.hashCode());
  }

  /** As {@link #mayContain(String)} for a string whose {@link String#hashCode} is {@code hash}, not built. */
  boolean mayContain(int hash) {
    int b = bit(hash);
    return (bits[b >>> 6] & (1L << b)) != 0;
  }

  private int bit(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }
}
