package org.fahras.entity;

import java.util.Map;

/**
 * The summed classifier weights of a word's spelling features ({@link NerFeatures.WordFeatures}): its
 * prefixes and suffixes of one to three letters ({@code p1=}..{@code p3=}, {@code x1=}..{@code x3=}),
 * the two-letter prefix and suffix of its proclitic-stripped form ({@code sp2=}, {@code sx2=}), its
 * shape ({@code sh=}, {@code sh-1=}, {@code sh+1=}) and its length ({@code len=}), filed once at
 * construction so that a new word's sums cost a few probes of one table keyed by packed chars, and no
 * substring nor feature string.
 *
 * <p>The prefix weights are filed cumulatively: the entry of a prefix {@code s} of k letters holds
 * {@code p1=s[0,1) + .. + pk=s[0,k)}, and exists when the model has {@code pk=s}; a word whose longest
 * prefix has no entry falls back to the next shorter one (the longer prefix's own weight is then zero),
 * so the sum of all three usually costs one probe. Suffixes likewise. The sums equal the model's up to
 * the order of the additions. Immutable, thread-safe.
 */
final class SpellingWeights {
  /** Table families, in the two high bits of a {@link #key}. */
  private static final int PREFIXES = 0, SUFFIXES = 1, STRIPPED_PREFIX = 2, STRIPPED_SUFFIX = 3;
  /** Longest affix filed, in chars; a key packs up to this many 16-bit chars. */
  private static final int MAX_AFFIX = 3;

  private final int outcomes;
  /** Open addressing, linear probing: {@link #key}s, 0 for an empty slot. */
  private final long[] keys;
  /** The vector of {@code keys[i]} at {@code [i * outcomes, (i + 1) * outcomes)}. */
  private final double[] vectors;
  private final int mask;
  /** {@code 64 - log2(keys.length)}: a key's slot is the top bits of its Fibonacci hash. */
  private final int shift;
  /**
   * By {@link NerFeatures#shapeMask} (16 for the empty word): {@code sh=}, {@code sh-1=}, {@code sh+1=} at
   * offsets 0, {@code outcomes}, {@code 2 * outcomes}; null where the model has none of them.
   */
  private final double[][] shapes = new double[NerFeatures.SHAPE_MASKS + 1][];
  /** By {@code min(length, 9)}: {@code len=}. */
  private final double[][] lengths = new double[10][];

  SpellingWeights(LinearScorer scorer) {
    this.outcomes = scorer.outcomes();
    Map<String, Map<String, double[]>> byFamily = new java.util.HashMap<>();
    for (String family : new String[] {"p1=", "p2=", "p3=", "x1=", "x2=", "x3=", "sp2=", "sx2="}) {
      byFamily.put(family, scorer.withPrefix(family));
    }
    int entries = 0;
    for (Map<String, double[]> m : byFamily.values()) {
      entries += m.size();
    }
    int capacity = Integer.highestOneBit(Math.max(16, entries * 2)) * 2;
    keys = new long[capacity];
    vectors = new double[capacity * outcomes];
    mask = capacity - 1;
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
    for (int k = 1; k <= MAX_AFFIX; k++) {
      for (String s : byFamily.get("p" + k + "=").keySet()) {
        if (s.length() == k) {
          double[] sum = new double[outcomes];
          for (int j = 1; j <= k; j++) {
            add(byFamily.get("p" + j + "=").get(s.substring(0, j)), sum, 0);
          }
          put(key(PREFIXES, s, 0, k), sum);
        }
      }
      for (String s : byFamily.get("x" + k + "=").keySet()) {
        if (s.length() == k) {
          double[] sum = new double[outcomes];
          for (int j = 1; j <= k; j++) {
            add(byFamily.get("x" + j + "=").get(s.substring(k - j)), sum, 0);
          }
          put(key(SUFFIXES, s, 0, k), sum);
        }
      }
    }
    byFamily.get("sp2=").forEach((s, v) -> {
      if (s.length() == 2) {
        put(key(STRIPPED_PREFIX, s, 0, 2), v);
      }
    });
    byFamily.get("sx2=").forEach((s, v) -> {
      if (s.length() == 2) {
        put(key(STRIPPED_SUFFIX, s, 0, 2), v);
      }
    });
    Map<String, double[]> shape = scorer.withPrefix("sh=");
    Map<String, double[]> shapePrev1 = scorer.withPrefix("sh-1=");
    Map<String, double[]> shapeNext1 = scorer.withPrefix("sh+1=");
    for (int m = 0; m <= NerFeatures.SHAPE_MASKS; m++) {
      String name = m == NerFeatures.SHAPE_MASKS ? NerFeatures.shape("") : NerFeatures.shapeName(m);
      double[] v = new double[3 * outcomes];
      boolean any = add(shape.get(name), v, 0) | add(shapePrev1.get(name), v, outcomes)
          | add(shapeNext1.get(name), v, 2 * outcomes);
      shapes[m] = any ? v : null;
    }
    for (int n = 0; n < lengths.length; n++) {
      lengths[n] = scorer.sum(new String[] {"len=" + n});
    }
  }

  /**
   * Adds the spelling weights of a word to its dense role sums ({@link WordForm#roles} layout).
   *
   * @param w a word normalized by {@link TaggerNormalizer}
   * @param stripped {@link Proclitics#strip} of {@code w}
   * @param roles the word's role sums, {@link WordForm#DENSE_ROLES} vectors of {@link #outcomes} doubles
   */
  void addTo(String w, String stripped, double[] roles) {
    int n = w.length();
    for (int k = Math.min(MAX_AFFIX, n - 1); k >= 1; k--) {
      if (addEntry(key(PREFIXES, w, 0, k), roles)) {
        break;
      }
    }
    for (int k = Math.min(MAX_AFFIX, n - 1); k >= 1; k--) {
      if (addEntry(key(SUFFIXES, w, n - k, n), roles)) {
        break;
      }
    }
    int ns = stripped.length();
    if (ns > 3) {
      addEntry(key(STRIPPED_SUFFIX, stripped, ns - 2, ns), roles);
      addEntry(key(STRIPPED_PREFIX, stripped, 0, 2), roles);
    }
    double[] shape = shapes[n == 0 ? NerFeatures.SHAPE_MASKS : NerFeatures.shapeMask(w)];
    if (shape != null) {
      for (int k = 0; k < outcomes; k++) {
        roles[WordForm.SELF * outcomes + k] += shape[k];
        roles[WordForm.PREV1 * outcomes + k] += shape[outcomes + k];
        roles[WordForm.NEXT1 * outcomes + k] += shape[2 * outcomes + k];
      }
    }
    add(lengths[Math.min(n, 9)], roles, 0);
  }

  /**
   * @return the key of chars {@code [from, to)} of {@code s} ({@code to - from} at most {@value #MAX_AFFIX})
   *     in a family: family in bits 62-63, length in bits 48-49, char i at bits {@code 16 * i}; never 0
   */
  private static long key(int family, String s, int from, int to) {
    long v = ((long) family << 62) | ((long) (to - from) << 48);
    for (int i = from; i < to; i++) {
      v |= (long) s.charAt(i) << (16 * (i - from));
    }
    return v;
  }

  private void put(long key, double[] v) {
    int i = slot(key);
    while (keys[i] != 0) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    System.arraycopy(v, 0, vectors, i * outcomes, outcomes);
  }

  /** Adds the vector filed under {@code key} to the role {@link WordForm#SELF} of {@code roles}; @return whether there is one */
  private boolean addEntry(long key, double[] roles) {
    for (int i = slot(key); keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        int at = i * outcomes;
        for (int k = 0; k < outcomes; k++) {
          roles[k] += vectors[at + k];
        }
        return true;
      }
    }
    return false;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /** Adds {@code v} (null: nothing) at {@code out[at, at + outcomes)}; @return whether v was not null */
  private boolean add(double[] v, double[] out, int at) {
    if (v == null) {
      return false;
    }
    for (int k = 0; k < outcomes; k++) {
      out[at + k] += v[k];
    }
    return true;
  }
}
