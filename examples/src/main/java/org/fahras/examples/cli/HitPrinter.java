package org.fahras.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.fahras.search.HighlightFormat;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchResults;

/** Prints search results for a terminal: rank, score, id, title, then the snippet on its own line. */
final class HitPrinter {
  private final PrintWriter out;

  HitPrinter(PrintWriter out) {
    this.out = out;
  }

  /** ANSI marks when writing to a terminal (and NO_COLOR is unset), else plain [brackets]. */
  static HighlightFormat terminalFormat() {
    return System.console() != null && System.getenv("NO_COLOR") == null
        ? HighlightFormat.ANSI
        : HighlightFormat.PLAIN;
  }

  void print(SearchResults results) {
    out.printf(Locale.ROOT, "%s%d hit(s) in %d ms%n",
        results.totalHitsExact() ? "" : "at least ", results.totalHits(), results.tookMillis());
    for (SearchHit hit : results.hits()) {
      out.printf(Locale.ROOT, "%3d. %7.3f  %-22s %s%n", hit.rank(), hit.score(), hit.id(), hit.title());
      out.println("      " + oneLine(hit.snippet()));
    }
  }

  private static String oneLine(String snippet) {
    return snippet.replace('\n', ' ').replace('\r', ' ').strip();
  }
}
