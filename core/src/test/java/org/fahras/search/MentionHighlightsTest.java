package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.fahras.index.Article;
import org.fahras.index.ArticleFields;
import org.fahras.index.ArticleIndex;
import org.junit.jupiter.api.Test;

/** Which mentions of a page's articles the highlighter is given, for a query's entity clauses. */
class MentionHighlightsTest {

  private static Query forPage(ArticleIndex index, String query) throws IOException {
    Query parsed = new ArticleQueryParser(index.analyzer()).parse(query, false);
    return index.withSearcher(s -> {
      ScoreDoc[] page = s.search(new TermQuery(new Term(ArticleFields.ID, "k1")), 1).scoreDocs;
      return MentionHighlights.forPage(s, parsed, page, index.analyzer());
    });
  }

  @Test
  void aQueriedEntityGivesItsMentionUnderTheArticlesSpellingAndANegatedOneNothing() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      index.add(Article.of("k1", "زيارة", "زار كيم جونج اون مصنعا للصواريخ في بيونج يانج."));
      index.commit();
      Query asked = forPage(index, "place:\"بيونغ يانغ\"");
      assertTrue(asked.toString().contains("body:\"بيونج "), "the article's own spelling: " + asked);
      Query excluded = forPage(index, "زار NOT place:\"بيونغ يانغ\"");
      assertFalse(excluded.toString().contains("body:\"بيونج "), "a negated clause marks nothing: " + excluded);
    }
  }
}
