package org.fahras.search;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces each word of a query that the index does not know (no document has its
 * analyzed term in any of the searched fields) by the closest, most frequent term of the first
 * field, using Lucene's
 * {@link DirectSpellChecker} (Damerau-Levenshtein, at most 2 edits) over the normalized terms of
 * the index itself: no separate dictionary. Only plain words are checked: not operators, field
 * names, stopwords, or words of fewer than 3 letters.
 *
 * <p>Thread-safe. Suggestions are normalized terms (as the analyzer indexes them), not surface forms.
 */
final class DidYouMean {
  /** Below this many hits, a search asks for a suggestion. */
  static final int FEW_HITS = 3;

  private final Analyzer analyzer;
  private final List<String> fields;
  private final Predicate<String> isStopword;
  private final DirectSpellChecker spellChecker = new DirectSpellChecker();

  /**
   * @param fields the searched fields; suggestions come from the first (the one with most text)
   */
  DidYouMean(Analyzer analyzer, List<String> fields, Predicate<String> isStopword) {
    this.analyzer = analyzer;
    this.fields = List.copyOf(fields);
    this.isStopword = isStopword;
    spellChecker.setMinQueryLength(3);
  }

  /** The corrected query text, or null when no word needs or has a correction. */
  String suggest(IndexReader reader, String query) throws IOException {
    if (query == null || query.isBlank() || query.length() > ArticleQueryParser.MAX_QUERY_CHARS) {
      return null;
    }
    StringBuilder out = new StringBuilder(query.length());
    boolean changed = false;
    boolean scopedPhrase = false; // inside field:"..." (place:"بيونج يانج"): exact values are not spelled
    int i = 0;
    while (i < query.length()) {
      int start = i;
      while (i < query.length() && QuerySyntaxRewriter.isWordChar(query.charAt(i))) {
        i++;
      }
      if (i > start) {
        String word = query.substring(start, i);
        boolean fieldName = i < query.length() && query.charAt(i) == ':';
        boolean fieldValue = scopedPhrase || inFieldScopedToken(query, start);
        boolean number = word.chars().anyMatch(Character::isDigit);
        // a fuzzy (بوتبن~) or prefix (بوت*) word already asks for other terms than its own
        boolean expanded = i < query.length() && (query.charAt(i) == '~' || query.charAt(i) == '*');
        String fix = fieldName || fieldValue || number || expanded || isOperator(word)
            ? null : correction(reader, word);
        out.append(fix == null ? word : fix);
        changed |= fix != null;
      } else {
        char c = query.charAt(i);
        if (c == '"') {
          scopedPhrase = !scopedPhrase && i > 0 && query.charAt(i - 1) == ':';
        }
        out.append(c);
        i++;
      }
    }
    return changed ? out.toString() : null;
  }

  /** Whether the whitespace-delimited token around {@code at} is {@code field:value}: ids and exact values are not spelled. */
  private static boolean inFieldScopedToken(String query, int at) {
    int i = at;
    while (i > 0 && !Character.isWhitespace(query.charAt(i - 1))) {
      i--;
    }
    return query.substring(i, at).indexOf(':') >= 0;
  }

  private String correction(IndexReader reader, String word) throws IOException {
    String term = AnalyzedTerms.single(analyzer, fields.get(0), word);
    if (term == null || isStopword.test(term) || term.codePointCount(0, term.length()) < 3) {
      return null;
    }
    for (String field : fields) {
      if (reader.docFreq(new Term(field, term)) > 0) {
        return null; // a known word, if only in a title
      }
    }
    Term t = new Term(fields.get(0), term);
    SuggestWord[] best = spellChecker.suggestSimilar(t, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return best.length == 0 ? null : best[0].string;
  }

  private static boolean isOperator(String word) {
    return word.equals("AND") || word.equals("OR") || word.equals("NOT") || word.equals("TO");
  }
}
