package org.fahras.search;

import java.util.Locale;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;

/**
 * Where a page of hits ended, for deep paging with Lucene's {@code searchAfter}: the sort value of
 * the last hit and its document number, or (inside the rescored window of relevance order,
 * {@link ArticleSearcher#RESCORE_WINDOW}) the rank to continue at. Its text form
 * ({@link #toString()}, e.g. {@code k20}, {@code r3f8ccccd.1042.120} or {@code n1437004800.77.20}) is what
 * {@link SearchResults#nextCursor()} gives and {@link SearchOptions#withAfter(String)} takes back.
 *
 * <p>Valid only with the same query, sort and index state (document numbers change when the index
 * changes): after a change, pages may skip or repeat hits, as with any search-after cursor.
 *
 * @param order the sort order the cursor was made for
 * @param sortValue the float bits of the score (relevance) or the date in epoch seconds (date)
 * @param doc Lucene's document number of the last hit
 * @param rank the 1-based rank of the last hit, so the next page's ranks continue from it (0 when a
 *     cursor's text form has no rank: then the next page counts from 1)
 */
public record SearchCursor(SortOrder order, long sortValue, int doc, int rank) {
  /** Sort value of undated articles in date order (they come last). */
  static final long MISSING_NEWEST = Long.MIN_VALUE;
  static final long MISSING_OLDEST = Long.MAX_VALUE;

  /**
   * @throws IllegalArgumentException if {@code text} is not a cursor's text form
   */
  public static SearchCursor parse(String text) {
    try {
      char kind = text.charAt(0);
      if (kind == 'k') {
        int rank = Integer.parseInt(text.substring(1));
        if (rank < 0) {
          throw new IllegalArgumentException("negative rank");
        }
        return windowOffset(rank);
      }
      String[] parts = text.substring(1).split("\\.", -1);
      if (parts.length < 2 || parts.length > 3) {
        throw new IllegalArgumentException("expected <value>.<doc>[.<rank>]");
      }
      String value = parts[0];
      int doc = Integer.parseInt(parts[1]);
      int rank = parts.length == 3 ? Integer.parseInt(parts[2]) : 0;
      if (doc < 0 || rank < 0) {
        throw new IllegalArgumentException("negative document number or rank");
      }
      return switch (kind) {
        case 'r' -> new SearchCursor(SortOrder.RELEVANCE, Integer.parseUnsignedInt(value, 16), doc, rank);
        case 'n' -> new SearchCursor(SortOrder.NEWEST, Long.parseLong(value), doc, rank);
        case 'o' -> new SearchCursor(SortOrder.OLDEST, Long.parseLong(value), doc, rank);
        default -> throw new IllegalArgumentException("unknown cursor kind '" + kind + "'");
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a search cursor: '" + text + "' (use SearchResults.nextCursor(), or on the command line the cursor printed after 'Next page:')", e);
    }
  }

  /** A cursor inside the rescored window of relevance order: continue at this 0-based rank. */
  static SearchCursor windowOffset(int rank) {
    return new SearchCursor(SortOrder.RELEVANCE, rank, -1, rank);
  }

  boolean isWindowOffset() {
    return doc < 0;
  }

  int windowOffset() {
    return (int) sortValue;
  }

  /** The cursor after a hit, ranked {@code rank} (1-based). */
  static SearchCursor after(SortOrder order, ScoreDoc last, int rank) {
    if (order == SortOrder.RELEVANCE) {
      return new SearchCursor(order, Integer.toUnsignedLong(Float.floatToIntBits(last.score)), last.doc, rank);
    }
    return new SearchCursor(order, (Long) ((FieldDoc) last).fields[0], last.doc, rank);
  }

  /** How many hits come before the page this cursor starts (outside the window: its last hit's rank). */
  int ranksBefore() {
    return isWindowOffset() ? 0 : rank;
  }

  /** The Lucene {@code after} argument. */
  ScoreDoc toScoreDoc() {
    if (order == SortOrder.RELEVANCE) {
      return new ScoreDoc(doc, Float.intBitsToFloat((int) sortValue));
    }
    return new FieldDoc(doc, Float.NaN, new Object[] {sortValue});
  }

  @Override
  public String toString() {
    return switch (order) {
      case RELEVANCE -> doc < 0 ? String.format(Locale.ROOT, "k%d", sortValue)
          : String.format(Locale.ROOT, "r%x.%d.%d", sortValue, doc, rank);
      case NEWEST -> String.format(Locale.ROOT, "n%d.%d.%d", sortValue, doc, rank);
      case OLDEST -> String.format(Locale.ROOT, "o%d.%d.%d", sortValue, doc, rank);
    };
  }
}
