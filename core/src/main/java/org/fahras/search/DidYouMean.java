package org.fahras.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * "Did you mean": replaces each word of a query that the index does not know (no document has its
 * analyzed term in any of the searched fields) by the closest, most frequent term of the first
 * field, using Lucene's
 * {@link DirectSpellChecker} (Damerau-Levenshtein, at most 2 edits) over the normalized terms of
 * the index itself: no separate dictionary. Only plain words are checked: not operators, field
 * names, stopwords, or words of fewer than 3 letters.
 *
 * <p>Thread-safe. A suggested word is shown as the articles spell it ({@link #surface}), not as the
 * normalized term the spell checker compares.
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
    return best.length == 0 ? null : surface(reader, fields.get(0), best[0].string, word);
  }

  /** Articles whose spellings of a suggested term are counted for {@link #surface}. */
  static final int SURFACE_ARTICLES = 3;

  /**
   * The suggested term as the articles write it: of the words that give {@code term} in the first
   * {@value #SURFACE_ARTICLES} live articles holding it (offsets from the postings, text from the
   * stored field), the closest to the word as typed (Levenshtein; so {@code الرياظ} gets
   * {@code الرياض}, not {@code بالرياض}), then the most frequent, then the shortest, then the first in
   * char order ({@code اسرائبل}: {@code إسرائيل}, not the term {@code اسراءيل}); the term itself when
   * the field keeps no offsets or no stored text.
   */
  private static String surface(IndexReader reader, String field, String term, String typed) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    BytesRef bytes = new BytesRef(term);
    int articles = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      if (articles >= SURFACE_ARTICLES) {
        break;
      }
      Terms terms = leaf.reader().terms(field);
      if (terms == null || !terms.hasOffsets()) {
        continue;
      }
      TermsEnum it = terms.iterator();
      if (!it.seekExact(bytes)) {
        continue;
      }
      PostingsEnum postings = it.postings(null, PostingsEnum.OFFSETS);
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && articles < SURFACE_ARTICLES;
          doc = postings.nextDoc()) {
        String text = live != null && !live.get(doc) ? null : stored.document(doc, Set.of(field)).get(field);
        if (text == null) {
          continue;
        }
        articles++;
        for (int k = postings.freq(); k > 0; k--) {
          postings.nextPosition();
          int start = postings.startOffset();
          int end = postings.endOffset();
          if (start >= 0 && start < end && end <= text.length()) {
            counts.merge(text.substring(start, end), 1, Integer::sum);
          }
        }
      }
    }
    LevenshteinDistance distance = new LevenshteinDistance();
    return counts.entrySet().stream()
        .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -distance.getDistance(typed, e.getKey()))
            .thenComparing(e -> -e.getValue())
            .thenComparing(e -> e.getKey().length()).thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).orElse(term);
  }

  private static boolean isOperator(String word) {
    return word.equals("AND") || word.equals("OR") || word.equals("NOT") || word.equals("TO");
  }
}
