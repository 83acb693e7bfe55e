package org.fahras.eval;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;

/**
 * Turns a query text into a Lucene query over the evaluated fields. The evaluation runs one
 * builder for every analyzer, so a ranking strategy (e.g. a future Fahras ranking) plugs in here.
 */
public interface QueryBuilder {

  /**
   * @param text the raw query text (no syntax)
   * @param analyzer the query-time analyzer
   * @param fields the indexed fields to search
   * @return the query; an empty BooleanQuery when the text has no terms
   * @throws IOException if analysis fails
   */
  Query build(String text, Analyzer analyzer, List<String> fields) throws IOException;
}
