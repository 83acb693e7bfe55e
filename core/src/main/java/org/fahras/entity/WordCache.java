package org.fahras.entity;

/**
 * A bounded cache of {@link WordForm}s by surface form, laid out like a CPU cache: {@code 2^bits} slots
 * in sets of {@value #WAYS}. Beside the slots, an {@code int[]} holds each slot's {@link String#hashCode},
 * so a lookup scans the sixteen hashes of a set (one 64-byte run of memory) and reads a form only when
 * its hash matches; the form's first {@value WordForm#PACKED_CHARS} chars are held in its own fields, so
 * a form shorter than that is confirmed without reading its surface string. A hit in way {@code k > 0}
 * swaps the form with the one in way {@code k - 1}, so frequent forms drift to the front and stay. A
 * lookup can be made on a region of a text's chars without creating its substring. Memory is fixed at
 * {@code 2^bits} forms.
 *
 * <p>Each surface form has two sets, chosen by two different mixes of its hash: its first set, and a
 * second one where it is put only when the first has taken more than {@value #SPREAD} more new forms
 * than the second so far (a count of insertions per set). Sets filled by chance (the forms' hashes put
 * 11.3 forms per set on average in the 2,000-article batch below, many sets more than sixteen) then
 * overflow into less used ones instead of dropping forms they still need; a lookup scans the second set
 * only when the first lacks the form.
 *
 * <p>Thread-safe without locks: slots hold immutable forms (final fields), so a reader sees a whole form
 * or none, and every hit is confirmed on the form's own key (length and packed chars, and the surface
 * string beyond them), so a hash and a form written by different threads never give a wrong answer;
 * concurrent writers may at worst drop an entry or an insertion count, which only costs a recomputation
 * or a less even spread.
 *
 * <p>Hit rates measured on SaudiNewsNet surface forms with 2^17 slots (a simulation of the cache on the
 * token stream): one pass over 31,030 articles (10.2 M tokens, 315k distinct forms; 3.1% of tokens are
 * first occurrences, so at most 96.9% can hit): 95.16%, 1.2% of the hits in the second set (first sets
 * only: 95.03%; sets of eight: 95.0%, of two: 93.5%); the 2,000-article batch of the indexing benchmark
 * (0.93 M tokens, 92.5k distinct forms), fifth pass: 100.0%, 0.3% of the hits in the second set (first
 * sets only: 99.36%; sets of eight: 98.4%, of two: 95.8%).
 */
final class WordCache {
  /** Slots per set. */
  static final int WAYS = 16;
  /** How many more new forms a form's first set must have taken than its second before it goes to the second. */
  static final int SPREAD = 8;

  private final WordForm[] slots;
  private final int[] hashes;
  /** New forms put in each set so far (racy counts: a lost increment only makes the spread less even). */
  private final int[] insertions;
  private final int setMask;

  /** @param bits log2 of the number of slots, 4..30 */
  WordCache(int bits) {
    if (bits < 4 || bits > 30) {
      throw new IllegalArgumentException("bits must be in 4..30: " + bits);
    }
    slots = new WordForm[1 << bits];
    hashes = new int[1 << bits];
    insertions = new int[1 << (bits - 4)];
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
    int first = set(hash);
    WordForm f = get(first, text, start, end, hash);
    if (f == null) {
      int second = secondSet(hash);
      if (second != first) {
        f = get(second, text, start, end, hash);
      }
    }
    return f;
  }

  /** @return the form of {@code text[start, end)} in the set whose first slot is {@code s}, or null */
  private WordForm get(int s, char[] text, int start, int end, int hash) {
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

  /**
   * Caches a form under its {@link WordForm#surface} in way 0 of its first set, or of its second set when
   * the first has taken more than {@value #SPREAD} more new forms, dropping that set's last way.
   */
  void put(WordForm form) {
    int hash = form.surface.hashCode();
    int s = set(hash);
    int second = secondSet(hash);
    if (insertions[s / WAYS] - insertions[second / WAYS] > SPREAD) {
      s = second;
    }
    insertions[s / WAYS]++;
    System.arraycopy(slots, s, slots, s + 1, WAYS - 1);
    System.arraycopy(hashes, s, hashes, s + 1, WAYS - 1);
    slots[s] = form;
    hashes[s] = hash;
  }

  /** @return the first slot of the first set of a form whose {@link String#hashCode} is {@code hash} */
  int set(int hash) {
    int h = hash * 0x9E3779B9; // Fibonacci hashing spreads String hashes that differ in low bits
    return ((h ^ (h >>> 16)) & setMask) * WAYS;
  }

  /** @return the first slot of its second set, from a mix of the hash independent of {@link #set}'s (Murmur3's finalizer) */
  int secondSet(int hash) {
    int h = hash * 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return (h & setMask) * WAYS;
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
