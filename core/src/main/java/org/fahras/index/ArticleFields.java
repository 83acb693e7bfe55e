package org.fahras.index;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * The field schema of an article index, in one place.
 *
 * <ul>
 *   <li>{@value #ID}: exact, stored; the key of update and delete.
 *   <li>{@value #TITLE}, {@value #BODY}: Arabic-analyzed, stored, postings with offsets (for
 *       highlighting from the original text).
 *   <li>{@value #DATE}: epoch seconds (UTC reading of the local time) as a {@link LongPoint} for
 *       ranges and a doc value for sorting; stored as ISO text.
 *   <li>{@value #SOURCE}: exact, stored, and a sorted-set facet dimension; also indexed lower-cased
 *       ({@link Locale#ROOT}), so {@link #sourceTerms} of a typed value meets it in any case.
 *   <li>{@value #URL}: stored only. {@value #AUTHOR}: analyzed and stored.
 *   <li>{@value #HIT}: id, title, time and source again as one binary doc value ({@link HitSummary}),
 *       so a page of hits is read without decompressing stored bodies.
 * </ul>
 */
public final class ArticleFields {
  /** Field of the article id: a keyword, stored. */
  public static final String ID = "id";
  /** Field of the headline: analyzed text with offsets, stored. */
  public static final String TITLE = "title";
  /** Field of the full text: analyzed text with offsets, stored. */
  public static final String BODY = "body";
  /** Field of the publication time: seconds since the epoch of the local time read as UTC (point, doc value, stored). */
  public static final String DATE = "date";
  /** Field of the source: a keyword as written and in lower case, stored, and a facet. */
  public static final String SOURCE = "source";
  /** Field of the original's address: stored only. */
  public static final String URL = "url";
  /** Field of the byline: analyzed text, stored. */
  public static final String AUTHOR = "author";
  /** Binary doc value holding a {@link HitSummary}: what a result list shows. */
  public static final String HIT = "hit";
  /** Facet dimension of the source, in the {@code $facets} sorted-set field. */
  public static final String SOURCE_FACET = "source";

  /** Analyzed, stored, positions and offsets in the postings. */
  public static final FieldType TEXT_WITH_OFFSETS;

  static {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    TEXT_WITH_OFFSETS = type;
  }

  /** How {@value #DATE} is stored, and written in a {@link HitSummary}: ISO-8601 local date-time. */
  static final DateTimeFormatter STORED_DATE = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  private ArticleFields() {}

  /** The facets configuration every index of articles uses. */
  public static FacetsConfig facetsConfig() {
    return new FacetsConfig();
  }

  /**
   * The {@value #SOURCE} terms a typed source value asks for: as typed and lower-cased
   * ({@link Locale#ROOT}). An index written before sources were also indexed lower-cased holds them
   * only as written: there a typed value finds a source written in the same case or in lower case.
   */
  public static Set<String> sourceTerms(String typed) {
    return new LinkedHashSet<>(List.of(typed, typed.toLowerCase(Locale.ROOT)));
  }

  /** Seconds since the epoch of a local time read as UTC: the unit of {@value #DATE}. */
  public static long epochSeconds(LocalDateTime time) {
    return time.toEpochSecond(ZoneOffset.UTC);
  }

  /** Builds the Lucene document of an article, before {@link FacetsConfig#build}. */
  public static Document toDocument(Article article) {
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new Field(TITLE, article.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field(BODY, article.body(), TEXT_WITH_OFFSETS));
    if (article.published() != null) {
      long seconds = epochSeconds(article.published());
      doc.add(new LongPoint(DATE, seconds));
      doc.add(new NumericDocValuesField(DATE, seconds));
      doc.add(new StoredField(DATE, STORED_DATE.format(article.published())));
    }
    if (indexedSource(article) != null) {
      doc.add(new StringField(SOURCE, article.source(), Field.Store.YES));
      String lower = article.source().toLowerCase(Locale.ROOT);
      if (!lower.equals(article.source())) { // so source:okaz finds OKAZ (a query asks for both forms)
        doc.add(new StringField(SOURCE, lower, Field.Store.NO));
      }
      doc.add(new SortedSetDocValuesFacetField(SOURCE_FACET, article.source()));
    }
    // a blank url or author is none, as a blank source is: read back as null by get(id)
    if (article.url() != null && !article.url().isBlank()) {
      doc.add(new StoredField(URL, article.url()));
    }
    if (article.author() != null && !article.author().isBlank()) {
      doc.add(new TextField(AUTHOR, article.author(), Field.Store.YES));
    }
    doc.add(HitSummary.of(article).toField());
    return doc;
  }

  /** The source an article is indexed under: its own, or null when it has none or a blank one. */
  static String indexedSource(Article article) {
    return article.source() == null || article.source().isBlank() ? null : article.source();
  }

  /** Reads an article back from its stored fields. */
  public static Article fromStored(Document doc) {
    return new Article(
        doc.get(ID),
        doc.get(TITLE),
        doc.get(BODY),
        published(doc),
        doc.get(SOURCE),
        doc.get(URL),
        doc.get(AUTHOR));
  }

  /** The publication time stored in a document (all fields or only {@value #DATE} loaded), or null. */
  public static LocalDateTime published(Document doc) {
    String date = doc.get(DATE);
    return date == null ? null : LocalDateTime.parse(date, STORED_DATE);
  }
}
