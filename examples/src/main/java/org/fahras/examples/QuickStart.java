package org.fahras.examples;

import java.io.IOException;
import java.time.LocalDateTime;
import org.fahras.Fahras;
import org.fahras.index.Article;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchResults;

/** The README's quick-start: index two articles in memory and search them. Its body is the snippet. */
public final class QuickStart {
  private QuickStart() {}

  /** Runs the quick-start and returns the results of its search. */
  public static SearchResults run() throws IOException {
    // --- README snippet start
    try (Fahras fahras = Fahras.inMemory()) {           // or Fahras.open(Path.of("my-index"))
      fahras.add(new Article("a1", "بوتين يصل إلى بيونغ يانغ",
          "وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ في أول زيارة له منذ 24 عاما.",
          LocalDateTime.parse("2024-06-18T22:00:00"), "aljazeera", null, null));
      fahras.add(Article.of("a2", "الاقتصاد الروسي", "تراجع الروبل أمام الدولار."));
      fahras.commit();                                   // durable and visible to searches

      SearchResults results = fahras.search("\"بيونغ يانغ\" بوتين", 10);
      for (SearchHit hit : results.hits()) {
        System.out.println(hit.rank() + ". " + hit.id() + " " + hit.title() + ": " + hit.snippet());
      }
      return results;
    }
    // --- README snippet end
  }

  public static void main(String[] args) throws IOException {
    run();
  }
}
