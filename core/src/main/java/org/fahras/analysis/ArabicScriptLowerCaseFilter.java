package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lower-cases terms exactly as Lucene's {@link LowerCaseFilter} does ({@link
 * Character#toLowerCase(int)} on every code point), with fast paths for the chars of Arabic text:
 * ASCII is folded with a range check, and the Arabic block U+0600–U+06FF and the Arabic
 * presentation forms U+FB50–U+FEFF, which have no case, are skipped without a Unicode table lookup.
 * In place, no allocation; terms are never longer or shorter than Lucene's filter makes them.
 */
final class ArabicScriptLowerCaseFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  ArabicScriptLowerCaseFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = termAtt.buffer();
    int len = termAtt.length();
    for (int i = 0; i < len; ) {
      char c = buffer[i];
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          buffer[i] = (char) (c + ('a' - 'A'));
        }
        i++;
      } else if (isCaseless(c)) {
        i++;
      } else {
        i += Character.toChars(
            Character.toLowerCase(Character.codePointAt(buffer, i, len)), buffer, i);
      }
    }
    return true;
  }

  /** Chars of the Arabic script blocks, none of which has a lower-case form. */
  static boolean isCaseless(char c) {
    return (c >= '\u0600' && c <= '\u06FF') || (c >= '\uFB50' && c <= '\uFEFF');
  }
}
