package org.fahras.eval;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The baseline ranking: one SHOULD clause per distinct analyzed query term; with several fields
 * the clause is a SHOULD disjunction of the term in each field (scores add up, BM25 per field).
 * No query syntax: the text is only analyzed.
 */
public final class BagOfTermsQueryBuilder implements QueryBuilder {

  @Override
  public Query build(String text, Analyzer analyzer, List<String> fields) throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(fields.get(0), text)) {
      CharTermAttribute termAtt = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (termAtt.length() > 0) {
          terms.add(termAtt.toString());
        }
      }
      ts.end();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int max = IndexSearcher.getMaxClauseCount() / Math.max(1, fields.size());
    int added = 0;
    for (String term : terms) {
      if (added++ == max) {
        break;
      }
      if (fields.size() == 1) {
        query.add(new TermQuery(new Term(fields.get(0), term)), Occur.SHOULD);
      } else {
        BooleanQuery.Builder perField = new BooleanQuery.Builder();
        for (String field : fields) {
          perField.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }
        query.add(perField.build(), Occur.SHOULD);
      }
    }
    return query.build();
  }
}
