package org.fahras.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
   * The mapper for one JSON value per line: text after the value ({@code {"id":"a1"}}}) is an error,
   * not ignored as Jackson's default mapper does.
   */
  public static ObjectMapper lineMapper() {
    return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * {@code malformed JSON: <reason> at column N}, N the 1-based column in the line, e.g.
   * {@code malformed JSON: Unexpected end-of-input: expected close marker for Object (start marker
   * at column 1) at column 22}.
   */
  public static String describe(JsonProcessingException e) {
    String reason = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    if (e instanceof MismatchedInputException && reason.startsWith("Trailing token")) {
      reason = "text after the JSON value"; // Jackson's wording names its FAIL_ON_TRAILING_TOKENS setting
    }
    reason = LOCATION.matcher(reason).replaceAll("column $1");
    reason = OTHER_LOCATION.matcher(reason).replaceAll("");
    String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
    return "malformed JSON: " + reason.strip() + column;
  }
}
