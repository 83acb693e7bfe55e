package org.fahras.entity;

import java.util.Map;

/**
 * The weights of one word's bigram features with its neighbours ({@code bg-=} by the previous word or
 * {@code bg+=} by the next, see {@link WordWeights.Lexical}), looked up by the neighbour's word and its
 * {@link String#hashCode} ({@link WordForm#wordHash}, held in the neighbour's form): open addressing
 * over an {@code int[]} of hashes, so that a neighbour without a bigram (most) is answered from that
 * array alone, without reading the neighbour's word string nor a map's nodes; the string is compared
 * only on a hash match. Immutable, thread-safe.
 */
final class Bigrams {
  private final int[] hashes;
  /** Null for an empty slot. */
  private final String[] words;
  private final double[][] vectors;
  private final int mask;
  /** The smallest {@link WordForm#margin} of any vector, and zero: a lower bound of what a lookup adds. */
  private final float smallestMargin;

  /**
   * @param byWord the weight vectors (of {@code outcomes} doubles) by neighbour word, not empty
   * @param outcomes the number of outcomes of the model
   * @param o index of the outcome {@code O}
   */
  Bigrams(Map<String, double[]> byWord, int outcomes, int o) {
    int capacity = Integer.highestOneBit(Math.max(2, byWord.size()) * 2 - 1) * 2;
    hashes = new int[capacity];
    words = new String[capacity];
    vectors = new double[capacity][];
    mask = capacity - 1;
    float min = 0;
    for (Map.Entry<String, double[]> e : byWord.entrySet()) {
      int hash = e.getKey().hashCode();
      int i = slot(hash);
      while (words[i] != null) {
        i = (i + 1) & mask;
      }
      hashes[i] = hash;
      words[i] = e.getKey();
      vectors[i] = e.getValue();
      min = Math.min(min, WordForm.margin(e.getValue(), 0, -1, outcomes, o));
    }
    smallestMargin = min;
  }

  /**
   * @param hash {@link String#hashCode} of {@code word}
   * @return the weight vector of the bigram with {@code word}, or null when the model has none
   */
  double[] get(int hash, String word) {
    for (int i = slot(hash); words[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == hash && words[i].equals(word)) {
        return vectors[i];
      }
    }
    return null;
  }

  /** @return a lower bound of the {@link WordForm#margin} the bigram with any neighbour adds (at most zero) */
  float smallestMargin() {
    return smallestMargin;
  }

  private int slot(int hash) {
    return (hash * 0x9E3779B9 >>> 16) & mask;
  }
}
