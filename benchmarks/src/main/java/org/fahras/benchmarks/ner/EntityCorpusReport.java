package org.fahras.benchmarks.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fahras.corpus.CorpusError;
import org.fahras.corpus.CorpusLine;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.entity.EntityMention;
import org.fahras.entity.EntityRecognizer;
import org.fahras.entity.EntityType;

/**
 * Runs an {@link EntityRecognizer} over every article (title and body) of a JSONL corpus and counts, per
 * type, in how many articles each entity is mentioned. Used by {@code fahras entities}.
 */
public final class EntityCorpusReport {
  /**
   * One row of the report.
   *
   * @param id canonical id
   * @param name display name
   * @param articles number of articles mentioning it
   * @param mentions number of mentions in all
   */
  public record Row(String id, String name, int articles, int mentions) {}

  /**
   * Totals and the top rows per type.
   *
   * @param skipped lines that were no valid article
   * @param firstErrors the first of them (at most {@value #ERRORS_KEPT}), with file and line
   */
  public record Report(long articles, long mentions, long chars, double seconds, Map<EntityType, List<Row>> top,
      long skipped, List<CorpusError> firstErrors) {}

  /** How many bad lines a report lists one by one. */
  public static final int ERRORS_KEPT = 10;

  private EntityCorpusReport() {}

  /**
   * @param limit read at most this many articles (0 for all)
   * @param top rows per type
   */
  public static Report run(Path corpus, EntityRecognizer recognizer, int limit, int top) throws IOException {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, EntityMention> first = new HashMap<>();
    long articles = 0;
    long mentions = 0;
    long chars = 0;
    long skipped = 0;
    List<CorpusError> errors = new ArrayList<>();
    long t0 = System.nanoTime();
    try (JsonlArticleReader r = JsonlArticleReader.open(corpus)) {
      while (r.hasNext() && (limit == 0 || articles < limit)) {
        CorpusLine line = r.next();
        if (line instanceof CorpusLine.Invalid bad) {
          skipped++;
          if (errors.size() < ERRORS_KEPT) {
            errors.add(bad.error());
          }
        }
        if (!(line instanceof CorpusLine.Valid v)) {
          continue;
        }
        articles++;
        Set<String> seen = new HashSet<>();
        for (String text : new String[] {v.article().title(), v.article().body()}) {
          chars += text.length();
          for (EntityMention m : recognizer.recognize(text)) {
            mentions++;
            String key = m.type().name() + "\t" + m.id();
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[1]++;
            if (seen.add(key)) {
              c[0]++;
            }
            first.putIfAbsent(key, m);
          }
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<EntityType, List<Row>> byType = new EnumMap<>(EntityType.class);
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      EntityMention m = first.get(e.getKey());
      byType.computeIfAbsent(m.type(), k -> new ArrayList<>())
          .add(new Row(m.id(), m.name(), e.getValue()[0], e.getValue()[1]));
    }
    for (List<Row> rows : byType.values()) {
      rows.sort((a, b) -> a.articles() != b.articles() ? Integer.compare(b.articles(), a.articles()) : a.id().compareTo(b.id()));
      if (rows.size() > top) {
        rows.subList(top, rows.size()).clear();
      }
    }
    return new Report(articles, mentions, chars, seconds, byType, skipped, List.copyOf(errors));
  }
}
