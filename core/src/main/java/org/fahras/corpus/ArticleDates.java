package org.fahras.corpus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses the {@code date} of a corpus line. Accepted forms: {@code 2015-07-21},
 * {@code 2015-07-21 02:51:32}, {@code 2015-07-21T02:51:32}, and ISO-8601 with an offset
 * ({@code 2015-07-21T01:30:00+03:00}, {@code 2015-07-21T02:51:32Z}; also with a space for the
 * {@code T} or {@code +0300} for the offset; Arabic-Indic digits are read as digits), whose local
 * time is kept as
 * written and the offset dropped: an article is filed under the day its source published it
 * ({@code date:2015-07-21} finds the first example, which is 2015-07-20 in UTC), as
 * {@link org.fahras.index.Article#published} says.
 */
public final class ArticleDates {
  private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]");
  private static final DateTimeFormatter WITH_OFFSET = new java.time.format.DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd().toFormatter(java.util.Locale.ROOT);

  /** @return {@code s} with every Unicode decimal digit (Arabic-Indic ٠-٩ and ۰-۹ among them) as an ASCII digit */
  private static String asciiDigits(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      int d = Character.digit(s.charAt(i), 10);
      out.append(d >= 0 ? (char) ('0' + d) : s.charAt(i));
    }
    return out.toString();
  }

  private ArticleDates() {}

  /**
   * @param text the date text, or null/blank for none
   * @return the time, or null when {@code text} is null or blank
   * @throws IllegalArgumentException if the text is in none of the accepted forms
   */
  public static LocalDateTime parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = asciiDigits(text.strip());
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay();
      }
      boolean offset = t.endsWith("Z") || t.lastIndexOf('+') > 10 || t.lastIndexOf('-') > 10;
      if (t.length() > 10 && t.charAt(10) == ' ' && !offset) {
        return LocalDateTime.parse(t, SPACED);
      }
      if (offset) { // 2015-07-21T01:30:00+03:00, also with a space for the T or +0300 for the offset
        return OffsetDateTime.parse(t.replace(' ', 'T'), WITH_OFFSET).toLocalDateTime();
      }
      return LocalDateTime.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("unreadable \"date\" '" + text
          + "' (expected 2015-07-21, 2015-07-21 02:51:32 or ISO-8601)", e);
    }
  }
}
