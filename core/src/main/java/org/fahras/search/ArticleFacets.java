package org.fahras.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.fahras.index.ArticleFields;

/**
 * Facet counts of a search: per source (the {@value ArticleFields#SOURCE_FACET} sorted-set
 * dimension) and per publication day and month (from the {@value ArticleFields#DATE} doc values).
 *
 * <p>Thread-safe. The sorted-set reader state (an ordinal map over the index's segments) is built
 * once per point-in-time reader and reused until the reader changes.
 */
final class ArticleFacets {
  /** Most source values returned. */
  static final int MAX_SOURCES = 100;

  private record CachedState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private final FacetsConfig config;
  private volatile CachedState cached;

  ArticleFacets(FacetsConfig config) {
    this.config = config;
  }

  FacetCounts count(IndexReader reader, FacetsCollector hits) throws IOException {
    List<FacetCount> sources = sources(reader, hits);
    List<FacetCount> days = new ArrayList<>();
    Map<String, Long> months = new TreeMap<>();
    FieldInfo date = FieldInfos.getMergedFieldInfos(reader).fieldInfo(ArticleFields.DATE);
    if (date != null) {
      LongValueFacetCounts byDay = new LongValueFacetCounts(ArticleFields.DATE,
          new EpochDayValuesSource(ArticleFields.DATE), hits);
      for (LabelAndValue lv : byDay.getAllChildrenSortByValue().labelValues) {
        LocalDate day = LocalDate.ofEpochDay(Long.parseLong(lv.label));
        long n = lv.value.longValue();
        days.add(new FacetCount(day.toString(), n));
        months.merge(YearMonth.from(day).toString(), n, Long::sum);
      }
    }
    List<FacetCount> byMonth = months.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
    return new FacetCounts(sources, days, byMonth);
  }

  private List<FacetCount> sources(IndexReader reader, FacetsCollector hits) throws IOException {
    SortedSetDocValuesReaderState state = state(reader);
    if (state == null || state.getOrdRange(ArticleFields.SOURCE_FACET) == null) {
      return List.of();
    }
    FacetResult top = new SortedSetDocValuesFacetCounts(state, hits)
        .getTopChildren(MAX_SOURCES, ArticleFields.SOURCE_FACET);
    if (top == null) {
      return List.of();
    }
    // one count per source whatever its letter case, as source: and --source match it (ArticleFields.sourceTerms);
    // labelled with its most frequent spelling (the first, since the children come most frequent first)
    Map<String, String> labels = new HashMap<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (LabelAndValue lv : top.labelValues) {
      String key = lv.label.toLowerCase(Locale.ROOT);
      labels.putIfAbsent(key, lv.label);
      counts.merge(key, lv.value.longValue(), Long::sum);
    }
    List<FacetCount> out = new ArrayList<>();
    counts.forEach((key, n) -> out.add(new FacetCount(labels.get(key), n)));
    out.sort((a, b) -> Long.compare(b.count(), a.count()));
    return out;
  }

  /** The reader state, or null when no article of the index has a source. */
  private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    CachedState c = cached;
    if (c != null && c.reader() == reader) {
      return c.state();
    }
    String field = config.getDimConfig(ArticleFields.SOURCE_FACET).indexFieldName;
    if (FieldInfos.getMergedFieldInfos(reader).fieldInfo(field) == null) {
      return null;
    }
    SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, field, config);
    cached = new CachedState(reader, state);
    return state;
  }
}
