package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgedQueriesTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void keepsJudgedQueriesInFileOrder() throws IOException {
    JudgedQueries j = JudgedQueries.read(write("q.tsv", "q2\tمصر\nq9\tليبيا\nq1\tتونس\n"),
        write("r.tsv", "q1\td1\nq2\td2\nq2\td3\n"));
    assertEquals(List.of("q2", "q1"), List.copyOf(j.texts().keySet()));
    assertEquals(Map.of("q1", Set.of("d1"), "q2", Set.of("d2", "d3")), j.relevant());
  }

  /** Files from different sets would score every query zero; that is an error that names ids of each. */
  @Test
  void noJudgedQueryIsAnError() throws IOException {
    Path queries = write("q.tsv", "q1\tمصر\nq2\tليبيا\n");
    Path qrels = write("r.tsv", "x7\td1\n");
    IOException e = assertThrows(IOException.class, () -> JudgedQueries.read(queries, qrels));
    assertTrue(e.getMessage().contains("no query of " + queries), e.getMessage());
    assertTrue(e.getMessage().contains("q1, q2") && e.getMessage().contains("x7"), e.getMessage());
  }

  @Test
  void aTabInsideTheQueryTextIsASpace() throws IOException {
    JudgedQueries j = JudgedQueries.read(write("q.tsv", "q1\tزرافة\tكاميرون\n"), write("r.tsv", "q1\td1\n"));
    assertEquals(Map.of("q1", "زرافة كاميرون"), j.texts());
  }

  @Test
  void trecQrelsKeepThePairsJudgedRelevant() throws IOException {
    JudgedQueries j = JudgedQueries.read(write("q.tsv", "q1\tمصر\nq2\tليبيا\n"),
        write("r.tsv", "q1\t0\td1\t1\nq1\t0\td2\t0\nq2\t0\td3\t2\n"));
    assertEquals(Map.of("q1", Set.of("d1"), "q2", Set.of("d3")), j.relevant());
  }

  @Test
  void spaceSeparatedTrecQrelsAreReadAndOtherLinesNamed() throws IOException {
    JudgedQueries j = JudgedQueries.read(write("q.tsv", "q1\tمصر\n"), write("r.txt", "q1 0 d1 1\nq1 0 d2 0\n"));
    assertEquals(Map.of("q1", Set.of("d1")), j.relevant());
    Path bad = write("bad.txt", "q1 0 d1 1\nq1 d2\n");
    IOException e = assertThrows(IOException.class, () -> JudgedQueries.read(write("q2.tsv", "q1\tمصر\n"), bad));
    assertEquals(bad + ":2: expected qid<TAB>docid or TREC's qid iter docid rel, got 2 field(s)", e.getMessage());
  }
}
