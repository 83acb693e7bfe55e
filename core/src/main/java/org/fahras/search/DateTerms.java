package org.fahras.search;

import java.time.LocalDate;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.Query;
import org.fahras.index.ArticleFields;

/** Queries on the {@value ArticleFields#DATE} field, in whole days. */
final class DateTerms {
  private DateTerms() {}

  /**
   * Articles published within [from, to], both ends inclusive and whole days (00:00:00 of
   * {@code from} to 23:59:59 of {@code to}); either end open when null. An {@link
   * IndexOrDocValuesQuery}: Lucene reads the points index when the range leads the search and
   * checks the date doc value of each candidate when a selective text query leads.
   */
  static Query range(LocalDate from, LocalDate to) {
    long lo = from == null ? Long.MIN_VALUE : ArticleFields.epochSeconds(from.atStartOfDay());
    long hi = to == null ? Long.MAX_VALUE : ArticleFields.epochSeconds(to.plusDays(1).atStartOfDay()) - 1;
    return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(ArticleFields.DATE, lo, hi),
        NumericDocValuesField.newSlowRangeQuery(ArticleFields.DATE, lo, hi));
  }
}
