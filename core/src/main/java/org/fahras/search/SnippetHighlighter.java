package org.fahras.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.fahras.index.ArticleFields;

/**
 * Best passages of title and body with matched words marked, from the original stored text, using
 * Lucene's {@link UnifiedHighlighter} over the offsets recorded in the postings (so a mark spans the
 * whole original word, diacritics and tatweel included).
 */
final class SnippetHighlighter {
  static final int MAX_PASSAGES = 2;

  private final Analyzer analyzer;

  SnippetHighlighter(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * @return per hit of {@code topDocs}, in order: the body's best passages when the body matches;
   *     else the marked title followed by the body's opening passage; never null
   */
  String[] highlight(IndexSearcher searcher, Query query, TopDocs topDocs, HighlightFormat format)
      throws IOException {
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter(format.pre(), format.post(), " … ", format.escapeHtml()))
        .withMaxLength(1_000_000)
        .build();
    String[] fields = {ArticleFields.TITLE, ArticleFields.BODY};
    var byField = highlighter.highlightFields(fields, query, topDocs, new int[] {1, MAX_PASSAGES});
    String[] titles = byField.get(ArticleFields.TITLE);
    String[] bodies = byField.get(ArticleFields.BODY);
    String[] out = new String[topDocs.scoreDocs.length];
    for (int i = 0; i < out.length; i++) {
      String title = titles[i] == null ? "" : titles[i];
      String body = bodies[i] == null ? "" : bodies[i];
      boolean bodyMarked = body.contains(format.pre());
      out[i] = bodyMarked || !title.contains(format.pre()) ? body : title + " — " + body;
    }
    return out;
  }
}
