package org.fahras.search;

import java.util.Arrays;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.NumericUtils;

/**
 * The orders {@link PostingsRescorer} puts a rescoring window in: by doc id (to read postings
 * forward) and by score, then doc id (as Lucene's {@code QueryRescorer} sorts), each a sort of
 * longs; and the rank threshold that decides which hits can still reach the top. Allocation is a
 * few arrays of the window's length.
 */
final class WindowOrder {
  private WindowOrder() {}

  /** Sorts hits by doc id (ids are distinct): doc id in the high half of a long, index in the low. */
  static void byDoc(ScoreDoc[] hits, int from, int to) {
    long[] keys = new long[to - from];
    for (int i = from; i < to; i++) {
      keys[i - from] = (long) hits[i].doc << 32 | (i - from);
    }
    reorder(hits, from, keys);
  }

  /**
   * Sorts hits that are in doc id order as {@code QueryRescorer} does: score descending, then doc
   * id ascending. {@link NumericUtils#floatToSortableInt} of the score (equal for equal scores,
   * which are never -0 or NaN), negated into 32 bits, above the index in doc order.
   */
  static void byScore(ScoreDoc[] hits, int from, int to) {
    long[] keys = new long[to - from];
    for (int i = from; i < to; i++) {
      long descending = (long) Integer.MAX_VALUE - NumericUtils.floatToSortableInt(hits[i].score);
      keys[i - from] = descending << 31 | (i - from);
    }
    reorder(hits, from, keys);
  }

  /** Sorts the keys and puts hits[from..] in their order (the low 31 bits of a key: an offset). */
  private static void reorder(ScoreDoc[] hits, int from, long[] keys) {
    Arrays.sort(keys);
    ScoreDoc[] copy = Arrays.copyOfRange(hits, from, from + keys.length);
    for (int i = 0; i < keys.length; i++) {
      hits[from + i] = copy[(int) (keys[i] & Integer.MAX_VALUE)];
    }
  }

  /**
   * The {@code k}-th largest of {@code values} (1-based), by a min-heap of {@code k} values; no
   * allocation beyond the heap.
   *
   * @param heap scratch space of at least {@code k} floats
   * @throws IllegalArgumentException if {@code k} is not in [1, values.length]
   */
  static float kthLargest(float[] values, int k, float[] heap) {
    if (k < 1 || k > values.length) {
      throw new IllegalArgumentException("k in [1, " + values.length + "] needed, got " + k);
    }
    int size = 0;
    for (float v : values) {
      if (size < k) {
        int i = size++;
        while (i > 0 && heap[(i - 1) >>> 1] > v) { // sift up
          heap[i] = heap[(i - 1) >>> 1];
          i = (i - 1) >>> 1;
        }
        heap[i] = v;
      } else if (v > heap[0]) {
        int i = 0;
        while (true) { // sift down from the root
          int child = 2 * i + 1;
          if (child >= k) {
            break;
          }
          if (child + 1 < k && heap[child + 1] < heap[child]) {
            child++;
          }
          if (heap[child] >= v) {
            break;
          }
          heap[i] = heap[child];
          i = child;
        }
        heap[i] = v;
      }
    }
    return heap[0];
  }
}
