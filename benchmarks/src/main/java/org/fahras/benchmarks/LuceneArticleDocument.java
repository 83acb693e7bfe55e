package org.fahras.benchmarks;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.fahras.index.Article;
import org.fahras.index.HitSummary;

/**
 * The baseline's document of an article: the fields of Fahras's schema ({@code ArticleFields}),
 * written out with plain Lucene field classes, as a Lucene user would write them by hand. Same
 * names, same stored and indexed options (postings with offsets on title and body), same date
 * point and doc value, same source facet, same hit-summary doc value; only the analyzer differs in
 * the benchmark.
 * {@code IndexingBenchmarkTest} checks the two schemas stay the same.
 */
final class LuceneArticleDocument {

  static final FieldType TEXT_WITH_OFFSETS;

  static {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    TEXT_WITH_OFFSETS = type;
  }

  private LuceneArticleDocument() {}

  /** The document, before {@code FacetsConfig.build}. */
  static Document of(Article article) {
    Document doc = new Document();
    doc.add(new StringField("id", article.id(), Field.Store.YES));
    doc.add(new Field("title", article.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field("body", article.body(), TEXT_WITH_OFFSETS));
    if (article.published() != null) {
      long seconds = article.published().toEpochSecond(ZoneOffset.UTC);
      doc.add(new LongPoint("date", seconds));
      doc.add(new NumericDocValuesField("date", seconds));
      doc.add(new StoredField("date", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(article.published())));
    }
    if (article.source() != null && !article.source().isBlank()) {
      doc.add(new StringField("source", article.source(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField("source", article.source()));
    }
    if (article.url() != null) {
      doc.add(new StoredField("url", article.url()));
    }
    if (article.author() != null) {
      doc.add(new TextField("author", article.author(), Field.Store.YES));
    }
    // the hit fields again as one binary doc value, in Fahras's encoding, so both indexes write the same
    // bytes; QueryLatencyBenchmark's bare side reads hits from the stored fields unless -p luceneHits=docvalue
    doc.add(new BinaryDocValuesField("hit", HitSummary.of(article).toBytesRef()));
    return doc;
  }
}
