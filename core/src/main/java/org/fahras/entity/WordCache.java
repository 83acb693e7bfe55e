package org.fahras.entity;

/**
 * A bounded cache of {@link WordForm}s by surface form, laid out like a CPU cache: {@code 2^bits} slots
 * in sets of {@value #WAYS}, a form's set chosen by the hash of its surface form. Beside the slots, an
 * {@code int[]} holds each slot's {@link String#hashCode}, so a lookup scans the sixteen hashes of its
 * set (one 64-byte run of memory) and reads a form only when its hash matches; the form's first
 * {@value WordForm#PACKED_CHARS} chars are held in its own fields, so a form shorter than that is
 * confirmed without reading its surface string. A hit in way {@code k > 0}
 * swaps the form with the one in way {@code k - 1}, so frequent forms drift to the front and stay; a
 * miss puts the new form in way 0 and drops the last. A lookup can be made on a region of a text's chars
 * without creating its substring. Memory is fixed at {@code 2^bits} forms.
 *
 * <p>Thread-safe without locks: slots hold immutable forms (final fields), so a reader sees a whole form
 * or none, and every hit is confirmed on the form's own key (length and packed chars, and the surface
 * string beyond them), so a hash and a form written by different threads never give a wrong answer; concurrent writers may at worst drop an entry, which only
 * costs a recomputation.
 *
 * <p>Hit rates measured on SaudiNewsNet surface forms with 2^17 slots: one pass over 31,030 articles
 * (10.2 M tokens, 315k distinct forms; 3.1% of tokens are first occurrences, so at most 96.9% can hit):
 * 95.0% (sets of eight slots: 95.0%, of two: 93.5%); the 2,000-article batch of the indexing benchmark
 * (0.93 M tokens, 92.5k distinct forms), second and later passes: 99.3% (sets of eight: 98.4%, of
 * two: 95.8%), so half the misses of sets of eight, each of which costs the computation of a form.
 */
final class WordCache {
  /** Slots per set. */
  static final int WAYS = 16;

  private final WordForm[] slots;
  private final int[] hashes;
  private final int setMask;

  /** @param bits log2 of the number of slots, 4..30 */
  WordCache(int bits) {
    if (bits < 4 || bits > 30) {
      throw new IllegalArgumentException("bits must be in 4..30: " + bits);
    }
    slots = new WordForm[1 << bits];
    hashes = new int[1 << bits];
    setMask = (1 << (bits - 4)) - 1;
  }

  /** @return the cached form of {@code surface}, or null */
  WordForm get(String surface) {
    return get(surface.toCharArray(), 0, surface.length());
  }

  /** @return the cached form of {@code text[start, end)}, or null; creates no string */
  WordForm get(char[] text, int start, int end) {
    return get(text, start, end, hash(text, start, end));
  }

  /** @return {@link String#hashCode} of {@code text[start, end)}, without creating the substring */
  static int hash(char[] text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text[i];
    }
    return h;
  }

  /** As {@link #get(char[], int, int)}; {@code hash} is {@link #hash} of the region. */
  WordForm get(char[] text, int start, int end, int hash) {
    int s = set(hash);
    long p0 = WordForm.pack(text, start, end, 0);
    long p1 = WordForm.pack(text, start, end, 4);
    long p2 = WordForm.pack(text, start, end, 8);
    for (int k = 0; k < WAYS; k++) {
      if (hashes[s + k] != hash) {
        continue;
      }
      WordForm f = slots[s + k];
      if (f != null && f.packed0 == p0 && f.packed1 == p1 && f.packed2 == p2
          && matches(f, text, start, end)) {
        if (k > 0) {
          slots[s + k] = slots[s + k - 1];
          hashes[s + k] = hashes[s + k - 1];
          slots[s + k - 1] = f;
          hashes[s + k - 1] = hash;
        }
        return f;
      }
    }
    return null;
  }

  /**
   * Reads the hashes of {@code hash}'s set and the form in its first way, and nothing else, so that a
   * caller can bring the memory of many lookups into the CPU caches at once (the loads of one call do
   * not wait for those of another) before making them with {@link #get(String, int, int, int)}.
   *
   * @return a value of what was read, to be kept so that the reads are made
   */
  int touch(int hash) {
    int s = set(hash);
    WordForm f = slots[s];
    return hashes[s] + (f == null ? 0 : f.length);
  }

  /** Caches a form under its {@link WordForm#surface} in way 0 of its set, dropping the last way. */
  void put(WordForm form) {
    int hash = form.surface.hashCode();
    int s = set(hash);
    System.arraycopy(slots, s, slots, s + 1, WAYS - 1);
    System.arraycopy(hashes, s, hashes, s + 1, WAYS - 1);
    slots[s] = form;
    hashes[s] = hash;
  }

  private int set(int hash) {
    int h = hash * 0x9E3779B9; // Fibonacci hashing spreads String hashes that differ in low bits
    return ((h ^ (h >>> 16)) & setMask) * WAYS;
  }

  /**
   * Whether {@code f}, whose first {@value WordForm#PACKED_CHARS} chars equal the region's, is the
   * region's form: for forms of equal length up to that many chars the packed chars are the whole
   * key; only longer forms compare the rest of the surface string.
   */
  private static boolean matches(WordForm f, char[] text, int start, int end) {
    int length = end - start;
    if (f.length != length) {
      return false;
    }
    for (int i = WordForm.PACKED_CHARS; i < length; i++) {
      if (f.surface.charAt(i) != text[start + i]) {
        return false;
      }
    }
    return true;
  }
}
