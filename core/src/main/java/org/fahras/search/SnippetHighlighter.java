package org.fahras.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.fahras.index.ArticleFields;

/**
 * Best passages of title and body with matched words marked, from the original stored text, using
 * Lucene's {@link UnifiedHighlighter} over the offsets recorded in the postings, and
 * {@link WholeWordPassageFormatter} so a mark spans whole original words (diacritics, tatweel and
 * presentation forms intact) and a snippet never cuts a word or a surrogate pair. A matched phrase
 * is marked as one span; other words on their own.
 */
public final class SnippetHighlighter {
  /** Passages per body snippet. */
  public static final int MAX_PASSAGES = 2;
  /** Longest passage, in chars, before it is cut at whitespace around its first match. */
  public static final int MAX_PASSAGE_CHARS = 240;

  private final Analyzer analyzer;

  SnippetHighlighter(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * @return per hit of {@code topDocs}: {@code [title, body]} highlights (null where a field has no
   *     stored text), in the order of {@code topDocs.scoreDocs}
   */
  String[][] highlight(IndexSearcher searcher, Query query, TopDocs topDocs, HighlightFormat format)
      throws IOException {
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new WholeWordPassageFormatter(format, MAX_PASSAGE_CHARS))
        .withMaxLength(1_000_000)
        .build();
    String[] fields = {ArticleFields.TITLE, ArticleFields.BODY};
    Map<String, String[]> byField = highlighter.highlightFields(fields, query, topDocs, new int[] {1, MAX_PASSAGES});
    String[] titles = byField.get(ArticleFields.TITLE);
    String[] bodies = byField.get(ArticleFields.BODY);
    String[][] out = new String[topDocs.scoreDocs.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = new String[] {titles[i], bodies[i]};
    }
    return out;
  }
}
