package org.fahras.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a day option ({@code --from-date}, {@code --to-date}) as ISO-8601 {@code yyyy-MM-dd}; anything
 * else is refused with the expected form and an example, not Java's parser message.
 */
final class DayConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a day as yyyy-MM-dd (for example 2015-07-21)");
    }
  }
}
