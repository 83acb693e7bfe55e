package org.fahras.analysis;

/**
 * A short normalized Arabic term packed into one {@code long}: each char is a 6-bit code (the
 * Arabic letters U+0621–U+064A are codes 1–42, the ASCII digits 0–9 codes 43–52), the first char in
 * the lowest bits, so a term of up to {@value #MAX_LENGTH} chars is one number and comparing two
 * terms is comparing two numbers. Code 0 never occurs, so the length is implicit and distinct terms
 * give distinct keys. A term with any other char (Latin, Persian letters the normalizer keeps,
 * punctuation) or longer than {@value #MAX_LENGTH} chars has no key: {@link #pack} returns {@link
 * #NONE}.
 */
final class PackedTerm {

  /** Longest term with a key, in chars (10 × 6 bits = 60 bits). */
  static final int MAX_LENGTH = 10;
  /** The result of {@link #pack} for a term without a key. */
  static final long NONE = -1L;

  private static final int BITS = 6;
  private static final char FIRST_LETTER = '\u0621';
  private static final char LAST_LETTER = '\u064A';
  private static final int DIGIT_CODE = LAST_LETTER - FIRST_LETTER + 2;
  private static final byte[] CODES = new byte[LAST_LETTER + 1];
  private static final char[] CHARS = new char[64];

  static {
    for (char c = FIRST_LETTER; c <= LAST_LETTER; c++) {
      CODES[c] = (byte) (c - FIRST_LETTER + 1);
    }
    for (char c = '0'; c <= '9'; c++) {
      CODES[c] = (byte) (DIGIT_CODE + c - '0');
    }
    for (char c = 0; c <= LAST_LETTER; c++) {
      if (CODES[c] != 0) {
        CHARS[CODES[c]] = c;
      }
    }
  }

  private PackedTerm() {}

  /** The key of {@code s[off..off+len)}, or {@link #NONE}; {@code len} 0 has none either. */
  static long pack(char[] s, int off, int len) {
    if (len > MAX_LENGTH || len == 0) {
      return NONE;
    }
    long key = 0;
    for (int i = len - 1; i >= 0; i--) {
      char c = s[off + i];
      int code = c <= LAST_LETTER ? CODES[c] : 0;
      if (code == 0) {
        return NONE;
      }
      key = (key << BITS) | code;
    }
    return key;
  }

  /**
   * The key of the term of {@code key} (of {@code len} chars) with {@code c} appended, or {@link
   * #NONE} if {@code key} is NONE, the term would be too long or {@code c} has no code.
   */
  static long append(long key, int len, char c) {
    int code = c <= LAST_LETTER ? CODES[c] : 0;
    return key == NONE || len >= MAX_LENGTH || code == 0 ? NONE : key | (long) code << (BITS * len);
  }

  /** Writes the term of {@code key} (a key from {@link #pack}, or 0) to s[0..) and returns its length. */
  static int unpack(long key, char[] s) {
    int len = 0;
    while (key != 0) {
      s[len++] = CHARS[(int) (key & 63)];
      key >>>= BITS;
    }
    return len;
  }

  /** A well-mixed 64-bit hash of a key (the murmur3 finalizer). */
  static long mix(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
