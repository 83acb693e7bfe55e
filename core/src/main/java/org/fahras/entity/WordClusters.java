package org.fahras.entity;

import java.util.Arrays;

/**
 * Distributional word classes for the tagger: words that stand between the same neighbours fall in one
 * class, so a name the training data never saw shares a class, and the class's learned weights, with the
 * names it did see. Spherical k-means (cosine similarity) over each word's context vector: how often each
 * of the commonest words stands right before it and right after it, counts damped by {@code log(1 + c)}
 * and the vector scaled to unit length. The classes are seeded with the most frequent words' vectors, so
 * the result is deterministic. Context clustering as a feature source for named-entity tagging follows
 * Lin and Wu, "Phrase clustering for discriminative learning" (ACL 2009), with single words for phrases.
 */
final class WordClusters {
  /** Passes of k-means; the assignment rarely moves after that. */
  static final int PASSES = 12;

  private WordClusters() {}

  /**
   * @param dims per word: the context dimensions it was seen with (ascending not required)
   * @param counts per word: the count of each of its {@code dims}
   * @param frequency per word: its corpus frequency, for seeding (most frequent words first)
   * @param dimensions the number of context dimensions
   * @param k the number of classes, at most 127 (a class is saved in a byte)
   * @return per word its class in {@code 0..k-1}, or -1 for a word without context
   * @throws IllegalArgumentException if k is not in 1..127
   */
  static byte[] cluster(int[][] dims, int[][] counts, int[] frequency, int dimensions, int k) {
    if (k < 1 || k > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("classes must be in 1.." + Byte.MAX_VALUE + ", not " + k);
    }
    int n = dims.length;
    float[][] values = new float[n][];
    for (int w = 0; w < n; w++) {
      float[] v = new float[dims[w].length];
      double norm = 0;
      for (int j = 0; j < v.length; j++) {
        v[j] = (float) Math.log1p(counts[w][j]);
        norm += v[j] * v[j];
      }
      double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (int j = 0; j < v.length; j++) {
        v[j] *= (float) scale;
      }
      values[w] = v;
    }
    Integer[] order = new Integer[n];
    for (int w = 0; w < n; w++) {
      order[w] = w;
    }
    Arrays.sort(order, (a, b) -> frequency[b] != frequency[a] ? Integer.compare(frequency[b], frequency[a])
        : Integer.compare(a, b));
    float[][] centroids = new float[k][dimensions];
    int seeded = 0;
    for (int i = 0; i < n && seeded < k; i++) {
      int w = order[i];
      if (dims[w].length > 0) {
        for (int j = 0; j < dims[w].length; j++) {
          centroids[seeded][dims[w][j]] = values[w][j];
        }
        seeded++;
      }
    }
    byte[] assigned = new byte[n];
    Arrays.fill(assigned, (byte) -1);
    for (int pass = 0; pass < PASSES; pass++) {
      int moved = 0;
      for (int w = 0; w < n; w++) {
        if (dims[w].length == 0) {
          continue;
        }
        int best = 0;
        double bestDot = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < seeded; c++) {
          float[] centroid = centroids[c];
          double dot = 0;
          for (int j = 0; j < dims[w].length; j++) {
            dot += centroid[dims[w][j]] * values[w][j];
          }
          if (dot > bestDot) {
            bestDot = dot;
            best = c;
          }
        }
        if (assigned[w] != best) {
          assigned[w] = (byte) best;
          moved++;
        }
      }
      for (float[] centroid : centroids) {
        Arrays.fill(centroid, 0);
      }
      for (int w = 0; w < n; w++) {
        if (assigned[w] >= 0) {
          float[] centroid = centroids[assigned[w]];
          for (int j = 0; j < dims[w].length; j++) {
            centroid[dims[w][j]] += values[w][j];
          }
        }
      }
      for (float[] centroid : centroids) {
        double norm = 0;
        for (float x : centroid) {
          norm += x * x;
        }
        if (norm > 0) {
          float scale = (float) (1 / Math.sqrt(norm));
          for (int d = 0; d < centroid.length; d++) {
            centroid[d] *= scale;
          }
        }
      }
      if (moved == 0) {
        break;
      }
    }
    return assigned;
  }
}
