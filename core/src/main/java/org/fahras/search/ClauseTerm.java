package org.fahras.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;

/**
 * One (field, term) of a query's ranking clauses in {@link PostingsRescorer}: its collection
 * statistics, its postings in the current segment, and the current document's frequency and
 * positions, read as far as a clause needs them.
 */
final class ClauseTerm {
  final Term term;
  /** Whether a pair or lead clause reads its positions. */
  boolean needsPositions;
  int docFreq;
  long totalTermFreq;
  /** This leaf's postings, null when the leaf has no such term. */
  PostingsEnum postings;
  /** Whether the current document has the term; then its frequency and the positions read so far. */
  boolean present;
  int freq;
  int read;
  int[] pos = new int[8];

  ClauseTerm(Term term) {
    this.term = term;
  }

  /**
   * Reads the current document's positions (ascending) until one is at least {@code limit} or
   * all are read: positions a clause does not look at are never decoded here.
   *
   * @return how many positions of the document are read
   */
  int positionsUpTo(int limit) throws IOException {
    while (read < freq && (read == 0 || pos[read - 1] < limit)) {
      if (read == pos.length) {
        pos = Arrays.copyOf(pos, Math.max(freq, 2 * pos.length));
      }
      pos[read++] = postings.nextPosition();
    }
    return read;
  }
}
