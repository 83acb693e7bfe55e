package org.fahras.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LongValues;
import org.apache.lucene.search.LongValuesSource;

/**
 * The day number since 1970-01-01 ({@code LocalDate.toEpochDay}) of a numeric doc-values field
 * holding epoch seconds: the key of the day histogram. Documents without a value have none.
 */
final class EpochDayValuesSource extends LongValuesSource {
  private static final long SECONDS_PER_DAY = 86_400L;
  private final String field;

  EpochDayValuesSource(String field) {
    this.field = Objects.requireNonNull(field, "field");
  }

  @Override
  public LongValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    NumericDocValues seconds = DocValues.getNumeric(ctx.reader(), field);
    return new LongValues() {
      @Override
      public long longValue() throws IOException {
        return Math.floorDiv(seconds.longValue(), SECONDS_PER_DAY);
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        return seconds.advanceExact(doc);
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public LongValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return DocValues.isCacheable(ctx, field);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EpochDayValuesSource other && other.field.equals(field);
  }

  @Override
  public int hashCode() {
    return field.hashCode() * 31 + 7;
  }

  @Override
  public String toString() {
    return "epochDay(" + field + ")";
  }
}
