package org.fahras.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;

/**
 * One field's length norms in the current segment, for {@link PostingsRescorer}; the last
 * document's value kept.
 */
final class FieldNorms {
  final String field;
  NumericDocValues values;
  int doc = -1;
  long norm;

  FieldNorms(String field) {
    this.field = field;
  }

  void setLeaf(LeafReader reader) throws IOException {
    values = reader.getNormValues(field);
    doc = -1;
  }

  /** The norm of a document that has a term in the field (1 when the field has no norms). */
  long of(int target) throws IOException {
    if (target != doc) {
      doc = target;
      norm = values != null && values.advanceExact(target) ? values.longValue() : 1L;
    }
    return norm;
  }
}
