package org.fahras.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Queries ({@code qid<TAB>text}; a tab inside the text reads as a space) and their qrels
 * ({@code qid<TAB>docid}, every listed pair relevant; or TREC's {@code qid iter docid rel}, tab- or
 * space-separated, the pairs with {@code rel > 0} relevant), read as UTF-8. Only queries with at
 * least one relevant doc are kept, in file order.
 *
 * @param texts query text by qid
 * @param relevant relevant doc ids by qid
 */
public record JudgedQueries(Map<String, String> texts, Map<String, Set<String>> relevant) {

  /**
   * @throws IOException if a file cannot be read, a line has no tab (message: file and line), or no
   *     query id of {@code queries} has a judgment in {@code qrels} (files swapped, or from different
   *     sets: every score would be a meaningless zero; the message names a few ids of each)
   */
  public static JudgedQueries read(Path queries, Path qrels) throws IOException {
    Map<String, Set<String>> relevant = new LinkedHashMap<>();
    for (String[] row : qrelsRows(qrels)) {
      if (row.length >= 4 && row[3].strip().matches("-?[0-9]+")) { // TREC: qid iter docid relevance
        if (Integer.parseInt(row[3].strip()) > 0) {
          relevant.computeIfAbsent(row[0], q -> new HashSet<>()).add(row[2].strip());
        }
        continue;
      }
      relevant.computeIfAbsent(row[0], q -> new HashSet<>()).add(row[1].strip());
    }
    Map<String, String> texts = new LinkedHashMap<>();
    List<String> unjudged = new ArrayList<>();
    for (String[] row : columns(TsvFile.read(queries, false, 2))) {
      if (relevant.containsKey(row[0])) {
        // a tab inside the text is a space: every column after the id is query text
        texts.put(row[0], String.join(" ", java.util.Arrays.asList(row).subList(1, row.length)));
      } else if (unjudged.size() < 3) {
        unjudged.add(row[0]);
      }
    }
    if (texts.isEmpty()) {
      throw new IOException("no query of " + queries + " has a judgment in " + qrels + " (query ids there: "
          + (unjudged.isEmpty() ? "none" : String.join(", ", unjudged)) + "; qrels query ids: "
          + (relevant.isEmpty() ? "none" : String.join(", ", relevant.keySet().stream().limit(3).toList()))
          + "); the first column of both files must be the same query ids");
    }
    relevant.keySet().retainAll(texts.keySet());
    return new JudgedQueries(texts, relevant);
  }

  /**
   * Qrels rows: tab-separated, or, in a file without tabs, TREC's space-separated
   * {@code qid iter docid rel} (4 fields a line; message with file and line otherwise).
   */
  private static List<String[]> qrelsRows(Path file) throws IOException {
    TsvFile tsv = TsvFile.read(file, false, 1);
    if (tsv.rows().stream().anyMatch(r -> r.columns().length > 1)) {
      return columns(tsv.requireColumns(2));
    }
    List<String[]> out = new ArrayList<>();
    for (TsvFile.Row row : tsv.rows()) {
      String[] fields = row.columns()[0].strip().split("\\s+");
      if (fields.length != 4) {
        throw new IOException(file + ":" + row.line() + ": expected qid<TAB>docid or TREC's qid iter docid rel,"
            + " got " + fields.length + " field(s)");
      }
      out.add(fields);
    }
    return out;
  }

  /** Each row's columns, the first (the query id) stripped. */
  private static List<String[]> columns(TsvFile tsv) {
    List<String[]> out = new ArrayList<>();
    for (TsvFile.Row row : tsv.rows()) {
      String[] columns = row.columns().clone();
      columns[0] = columns[0].strip();
      out.add(columns);
    }
    return out;
  }
}
