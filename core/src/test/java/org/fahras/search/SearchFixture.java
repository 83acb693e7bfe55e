package org.fahras.search;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fahras.index.Article;
import org.fahras.index.ArticleIndex;

/** A five-article in-memory index for query-language tests. */
final class SearchFixture implements AutoCloseable {
  final ArticleIndex index = ArticleIndex.inMemory();
  final ArticleSearcher searcher;

  SearchFixture() throws IOException {
    add("a1", "بوتين يصل إلى بيونغ يانغ",
        "وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ حيث استقبله كيم جونغ أون في المطار.",
        LocalDateTime.of(2024, 6, 19, 10, 0), "aljazeera", "مراسل الجزيرة");
    add("a2", "الاستراتيجية الاقتصادية الجديدة",
        "أعلنت الحكومة عن الاستراتيجية الوطنية للطاقة والاقتصاد.",
        LocalDateTime.of(2015, 7, 10, 8, 30), "okaz", null);
    add("a3", "مباراة الهلال والأهلي",
        "فاز الهلال على الأهلي في مباراة القمة، وبقي الباقين في الملعب حتى النهاية.",
        LocalDateTime.of(2015, 8, 2, 21, 0), "alriyadh", null);
    add("a4", "كيم يلتقي بوتين",
        "كيم أون جونغ التقى الرئيس في موسكو.",
        LocalDateTime.of(2015, 7, 31, 23, 59), "okaz", null);
    add("a5", "تقرير", "الكتاب الجديد في المكتبة و الطلاب أو المعلمون", null, null, null);
    index.commit();
    searcher = new ArticleSearcher(index);
  }

  private void add(String id, String title, String body, LocalDateTime when, String source, String author)
      throws IOException {
    index.add(new Article(id, title, body, when, source, null, author));
  }

  /** Ids of all hits, sorted, lenient mode. */
  Set<String> ids(String query) throws IOException {
    return ids(searcher.search(query, SearchOptions.defaults().withPage(0, 100)));
  }

  static Set<String> ids(SearchResults results) {
    Set<String> out = new TreeSet<>();
    for (SearchHit h : results.hits()) {
      out.add(h.id());
    }
    return out;
  }

  static List<String> ranked(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).toList();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
