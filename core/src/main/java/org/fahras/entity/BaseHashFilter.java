package org.fahras.entity;

/**
 * A 4,096-bit filter of word bases' {@link String#hashCode}s ({@link WordForm#baseHash}) put in front of a
 * set or map of bases: a base never added is answered "no" (all but about {@code n / 4096} of them, for
 * {@code n} bases added) without reading the base string or the set, which for most tokens are two cache
 * misses. "Maybe" must be confirmed on the set. Per document, not thread-safe.
 */
final class BaseHashFilter {
  private final long[] bits = new long[64];

  /** Adds a base by its hash. */
  void add(int baseHash) {
    int h = mix(baseHash);
    bits[h >>> 26] |= 1L << h;
  }

  /** @return false if no base of this hash was added; true if one may have been */
  boolean mayContain(int baseHash) {
    int h = mix(baseHash);
    return (bits[h >>> 26] & (1L << h)) != 0;
  }

  /** Fibonacci hashing: the top 6 bits pick the word of {@link #bits}, the low 6 the bit (Java masks shifts). */
  private static int mix(int hash) {
    return hash * 0x9E3779B9;
  }
}
