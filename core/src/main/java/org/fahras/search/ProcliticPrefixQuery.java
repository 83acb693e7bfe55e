package org.fahras.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * Prefix search on normalized Arabic terms that may carry proclitics: {@code استراتيج*} matches
 * the terms {@code استراتيجيه}, {@code الاستراتيجيه}, {@code لاستراتيجيه}, {@code والاستراتيجيه}.
 *
 * <p>The typed prefix (already normalized like the index, e.g. by Lucene's
 * {@code ArabicNormalizationFilter}) first loses a leading definite article with its proclitics
 * ({@code ال وال بال كال فال لل ولل}) when at least two letters remain; the query then matches
 * terms that start with the prefix, optionally after one of those proclitic sequences, or (for a
 * prefix of three or more letters) after a single-letter proclitic ({@code و ف ب ك ل}). The
 * proclitic list follows the prefixes removed by light stemming (Larkey, Ballesteros and Connell,
 * "Light Stemming for Arabic Information Retrieval", 2007). Matching an analyzer that strips these
 * proclitics itself is a subset: the bare prefix branch.
 */
final class ProcliticPrefixQuery {
  /** Definite-article sequences, longest first (normalized forms: alef without hamza). */
  static final String[] ARTICLES = {"وال", "فال", "بال", "كال", "ولل", "فلل", "ال", "لل"};

  static final String[] SINGLE = {"و", "ف", "ب", "ك", "ل"};

  private ProcliticPrefixQuery() {}

  /**
   * @param field an analyzed text field
   * @param normalizedPrefix the prefix as the analyzer normalizes it, non-empty
   * @return a constant-score query over all matching terms of {@code field}
   */
  static Query of(String field, String normalizedPrefix) {
    String bare = stripArticle(normalizedPrefix);
    List<Automaton> branches = new ArrayList<>();
    branches.add(Automata.makeString(bare));
    for (String article : ARTICLES) {
      branches.add(Automata.makeString(article + bare));
    }
    if (bare.codePointCount(0, bare.length()) >= 3) {
      for (String single : SINGLE) {
        branches.add(Automata.makeString(single + bare));
      }
    }
    Automaton union = Operations.union(branches);
    Automaton prefix = Operations.concatenate(List.of(union, Automata.makeAnyString()));
    prefix = Operations.determinize(prefix, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    return new AutomatonQuery(new Term(field, normalizedPrefix + "*"), prefix);
  }

  /** The prefix without a leading article sequence, when two or more letters remain. */
  static String stripArticle(String prefix) {
    for (String article : ARTICLES) {
      if (prefix.startsWith(article) && prefix.length() - article.length() >= 2) {
        return prefix.substring(article.length());
      }
    }
    return prefix;
  }
}
