package org.fahras.eval;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.Query;

/**
 * Turns a query text into a Lucene query over the evaluated fields: a ranking strategy. The
 * evaluation runs each builder for every analyzer ({@link Ranking}).
 */
public interface QueryBuilder {

  /**
   * @param text the raw query text (no syntax)
   * @param analyzers the analyzer under evaluation: its index chain and its query chain
   * @param fields the indexed fields to search
   * @return the query; an empty BooleanQuery or a MatchNoDocsQuery when the text has no terms
   * @throws IOException if analysis fails
   */
  Query build(String text, AnalyzerPair analyzers, List<String> fields) throws IOException;
}
