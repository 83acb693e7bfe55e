package org.fahras.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

  private static Iterable<String[]> rows(Path file) throws IOException {
    java.util.List<String[]> out = new java.util.ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw new IOException(file + ":" + number + ": expected id<TAB>value, got no tab");
        }
        String[] cols = line.split("\t");
        out.add(new String[] {line.substring(0, tab).strip(), cols.length > 1 ? cols[1] : ""});
      }
    }
    return out;
  }
}
