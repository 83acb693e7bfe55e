package org.fahras.entity;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A token stream that yields each of a list of strings whole, as one token (position increment 1,
 * no offsets): the multi-valued keyword field of one document as a single field instance, giving the
 * same terms as one {@link org.apache.lucene.document.StringField} per value. Not analyzed; values
 * are indexed as given (UTF-8 of the chars). Single-use per document, like any field's stream.
 */
final class KeywordTokenStream extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final List<String> values;
  private int next;

  /** @param values the terms, in any order (duplicates give the same term again) */
  KeywordTokenStream(List<String> values) {
    this.values = values;
  }

  @Override
  public boolean incrementToken() {
    if (next >= values.size()) {
      return false;
    }
    clearAttributes();
    term.setEmpty().append(values.get(next++));
    return true;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
  }
}
