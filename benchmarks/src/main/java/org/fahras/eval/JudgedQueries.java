package org.fahras.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Queries ({@code qid<TAB>text}) and their qrels ({@code qid<TAB>docid}, every listed pair
 * relevant), read as UTF-8. Only queries with at least one relevant doc are kept, in file order.
 *
 * @param texts query text by qid
 * @param relevant relevant doc ids by qid
 */
public record JudgedQueries(Map<String, String> texts, Map<String, Set<String>> relevant) {

  /**
   * @throws IOException if a file cannot be read, or a line has no tab (message: file and line)
   */
  public static JudgedQueries read(Path queries, Path qrels) throws IOException {
    Map<String, Set<String>> relevant = new HashMap<>();
    for (String[] row : rows(qrels)) {
      relevant.computeIfAbsent(row[0], q -> new HashSet<>()).add(row[1].strip());
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (String[] row : rows(queries)) {
      if (relevant.containsKey(row[0])) {
        texts.put(row[0], row[1]);
      }
    }
    relevant.keySet().retainAll(texts.keySet());
    return new JudgedQueries(texts, relevant);
  }

  private static List<String[]> rows(Path file) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (TsvFile.Row row : TsvFile.read(file, false, 2).rows()) {
      out.add(new String[] {row.columns()[0].strip(), row.columns()[1]});
    }
    return out;
  }
}
