package org.fahras.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Marks the terms of a word set (stopwords and protected words) as keywords, as Lucene's {@link
 * SetKeywordMarkerFilter} does with a case-sensitive {@link CharArraySet}, but over a {@link
 * PackedWordSet}: one packed-key lookup per term, no char hashing. Never unmarks a term.
 */
final class StopwordMarkerFilter extends KeywordMarkerFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PackedWordSet words;

  StopwordMarkerFilter(TokenStream input, PackedWordSet words) {
    super(input);
    this.words = words;
  }

  /** The words of a case-sensitive set, for this filter. */
  static PackedWordSet wordSet(CharArraySet set) {
    java.util.List<char[]> all = new java.util.ArrayList<>(set.size());
    for (Object word : set) {
      all.add((char[]) word);
    }
    return new PackedWordSet(all, set.size());
  }

  @Override
  protected boolean isKeyword() {
    return words.contains(termAtt.buffer(), 0, termAtt.length());
  }
}
