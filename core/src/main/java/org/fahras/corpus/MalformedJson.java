package org.fahras.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/**
 * Words a JSON parse error of one line for a {@code file:line: ...} message: Jackson's short reason
 * and the column, without Jackson's location dumps ({@code [Source: REDACTED (...); line: 1,
 * column: 12]}), which would repeat the line and name a parser setting the user never chose.
 * Used by the corpus reader and by the gazetteer reader of {@code org.fahras.entity}.
 */
public final class MalformedJson {
  /** A location Jackson writes inside its own reason, e.g. the start marker of an unclosed object. */
  private static final Pattern LOCATION =
      Pattern.compile("\\[Source: [^\\]]*?; line: \\d+, column: (\\d+)\\]");
  /** Any other location form (a byte offset, say): dropped. */
  private static final Pattern OTHER_LOCATION = Pattern.compile("\\s*\\[Source: [^\\]]*\\]");

  private MalformedJson() {}

  /**
   * {@code malformed JSON: <reason> at column N}, N the 1-based column in the line, e.g.
   * {@code malformed JSON: Unexpected end-of-input: expected close marker for Object (start marker
   * at column 1) at column 22}.
   */
  public static String describe(JsonProcessingException e) {
    String reason = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    reason = LOCATION.matcher(reason).replaceAll("column $1");
    reason = OTHER_LOCATION.matcher(reason).replaceAll("");
    String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
    return "malformed JSON: " + reason.strip() + column;
  }
}
