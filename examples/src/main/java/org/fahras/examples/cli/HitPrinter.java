package org.fahras.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.fahras.search.FacetCount;
import org.fahras.search.HighlightFormat;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchResults;

/** Prints search results for a terminal: rank, score, id, title, then the snippet on its own line. */
final class HitPrinter {
  private final PrintWriter out;
  private final boolean showCursor;

  /** @param showCursor print the {@code --after} cursor of the next page (useless for an in-memory demo) */
  HitPrinter(PrintWriter out, boolean showCursor) {
    this.out = out;
    this.showCursor = showCursor;
  }

  /** ANSI marks when writing to a terminal (and NO_COLOR is unset), else plain [brackets]. */
  static HighlightFormat terminalFormat() {
    return System.console() != null && System.getenv("NO_COLOR") == null
        ? HighlightFormat.ANSI
        : HighlightFormat.PLAIN;
  }

  void print(SearchResults results) {
    print(results, false);
  }

  /**
   * @param facetsRequested whether facets were asked for: then a result whose articles have no source
   *     and no date says so instead of printing no facet lines
   */
  void print(SearchResults results, boolean facetsRequested) {
    print(results, facetsRequested, List.of());
  }

  /** As {@link #print(SearchResults, boolean)}, with more facet lines (entities) after the source and date counts. */
  void print(SearchResults results, boolean facetsRequested, List<String> moreFacets) {
    out.printf(Locale.ROOT, "%s%d hit(s) in %d ms%n",
        results.totalHitsExact() ? "" : "at least ", results.totalHits(), results.tookMillis());
    for (SearchHit hit : results.hits()) {
      String date = hit.published() == null ? "" : hit.published().toLocalDate() + "  ";
      String source = hit.source() == null ? "" : hit.source() + "  ";
      out.printf(Locale.ROOT, "%3d. %7.3f  %-22s %s%s%s%n", hit.rank(), hit.score(), hit.id(), date, source,
          oneLine(hit.title()));
      String snippet = oneLine(hit.snippet());
      out.println("      " + (snippet.isEmpty() ? "(no text)" : snippet));
    }
    results.didYouMean().ifPresent(q -> out.println("Did you mean: " + q));
    if (!results.facets().sources().isEmpty() || !results.facets().days().isEmpty()) {
      out.println("By source: " + counts(results.facets().sources()));
      out.println("By month:  " + counts(results.facets().months()));
      out.println("By day:    " + counts(results.facets().days()));
    } else if (facetsRequested && results.totalHits() > 0) {
      out.println("No facets: the matching articles have no source and no date.");
    }
    moreFacets.forEach(out::println);
    if (showCursor && results.nextCursor() != null) {
      out.println("Next page: --after " + results.nextCursor());
    }
  }

  private static String counts(List<FacetCount> counts) {
    StringBuilder b = new StringBuilder();
    for (FacetCount c : counts) {
      b.append(b.isEmpty() ? "" : ", ").append(c.value()).append(' ').append(c.count());
    }
    return b.toString();
  }

  private static String oneLine(String snippet) {
    return snippet.replace('\n', ' ').replace('\r', ' ').strip();
  }
}
