package org.fahras.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes rankings as a TREC run file: {@code qid Q0 docid rank score tag}, one line per hit, rank
 * 1-based, score with 6 decimals, UTF-8. Several analyzers go into one file, told apart by tag.
 */
public final class TrecRunWriter {

  private TrecRunWriter() {}

  /**
   * @param runs the runs to write, each tagged with its analyzer label
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, List<RetrievalEvaluation.Run> runs) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (RetrievalEvaluation.Run run : runs) {
        String tag = run.scores().label();
        for (Map.Entry<String, List<RetrievalEvaluation.ScoredDoc>> query : run.ranking().entrySet()) {
          int rank = 1;
          for (RetrievalEvaluation.ScoredDoc hit : query.getValue()) {
            out.write(String.format(Locale.ROOT, "%s Q0 %s %d %.6f %s%n",
                query.getKey(), hit.id(), rank++, hit.score(), tag));
          }
        }
      }
    }
  }
}
