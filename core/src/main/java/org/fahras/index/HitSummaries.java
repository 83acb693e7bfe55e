package org.fahras.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;

/**
 * Reads the {@link HitSummary} of a page of hits: from the {@value ArticleFields#HIT} doc value,
 * or, for an article indexed before that field existed (a segment without it, or a merged segment
 * where the document lacks it), from the stored fields.
 */
public final class HitSummaries {
  /** The stored fields a summary is read from when the doc value is missing. */
  private static final Set<String> STORED = Set.of(ArticleFields.ID, ArticleFields.TITLE, ArticleFields.DATE,
      ArticleFields.SOURCE);

  private HitSummaries() {}

  /**
   * @param reader the top-level reader the doc ids belong to
   * @param docs top-level doc ids, in any order, repeats allowed
   * @return one summary per doc id, in the order of {@code docs}
   * @throws IOException if the index cannot be read
   * @throws IllegalArgumentException if a doc value is not a summary (a corrupt or foreign index)
   */
  public static HitSummary[] read(IndexReader reader, int[] docs) throws IOException {
    HitSummary[] out = new HitSummary[docs.length];
    Integer[] order = new Integer[docs.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
    List<LeafReaderContext> leaves = reader.leaves();
    StoredFields stored = null;
    int leafIndex = -1;
    BinaryDocValues values = null;
    int previous = -1;
    for (int i : order) {
      int doc = docs[i];
      if (previous >= 0 && docs[previous] == doc) {
        out[i] = out[previous];
        continue;
      }
      previous = i;
      int leaf = ReaderUtil.subIndex(doc, leaves);
      if (leaf != leafIndex) {
        leafIndex = leaf;
        values = leaves.get(leaf).reader().getBinaryDocValues(ArticleFields.HIT);
      }
      int local = doc - leaves.get(leaf).docBase;
      if (values != null && values.advanceExact(local)) {
        out[i] = HitSummary.decode(values.binaryValue());
      } else {
        if (stored == null) {
          stored = reader.storedFields();
        }
        out[i] = fromStored(stored.document(doc, STORED));
      }
    }
    return out;
  }

  private static HitSummary fromStored(Document doc) {
    String title = doc.get(ArticleFields.TITLE);
    return new HitSummary(doc.get(ArticleFields.ID), title == null ? "" : title, ArticleFields.published(doc),
        doc.get(ArticleFields.SOURCE));
  }
}
