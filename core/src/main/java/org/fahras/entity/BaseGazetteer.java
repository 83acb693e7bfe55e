package org.fahras.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The gazetteer Fahras ships: (1) the Arabic names of all ISO 3166 countries and territories from the
 * Unicode CLDR data bundled with the JDK ({@code Locale.getDisplayCountry(Locale.forLanguageTag("ar"))},
 * Unicode License), ids {@code country:<ISO code>}; (2) the curated list
 * {@code org/fahras/entity/base-gazetteer.tsv} written for Fahras (cities, organizations, people in the
 * news; Apache-2.0, see NOTICE-entities), whose rows with a {@code country:} id add aliases such as
 * {@code أمريكا} or {@code السعودية}.
 *
 * <p>CLDR names that are also common Arabic words are left out (Mali {@code مالي} = "financial",
 * Benin {@code بنين} = "sons"); parenthesized and dash-separated qualifiers are cut
 * ({@code الكونغو - كينشاسا} → {@code الكونغو}).
 */
public final class BaseGazetteer {
  /** Classpath location of the curated list. */
  public static final String RESOURCE = "/org/fahras/entity/base-gazetteer.tsv";

  private static final Set<String> AMBIGUOUS_COUNTRIES = Set.of("ML", "BJ", "TD", "JE", "ME", "CV");

  private BaseGazetteer() {}

  /** @return CLDR country names plus the curated list; each call builds a new instance */
  public static Gazetteer load() {
    Gazetteer.Builder b = Gazetteer.builder();
    countries().forEach(b::add);
    try (InputStream in = BaseGazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      b.addAll(GazetteerReader.read(in, RESOURCE, false));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.build();
  }

  /** @return one LOCATION entity per ISO 3166 region with an Arabic CLDR name */
  public static List<Entity> countries() {
    Locale ar = Locale.forLanguageTag("ar");
    List<Entity> out = new ArrayList<>();
    for (String code : Locale.getISOCountries()) {
      if (AMBIGUOUS_COUNTRIES.contains(code)) {
        continue;
      }
      String name = Locale.of("", code).getDisplayCountry(ar);
      if (name.isBlank() || name.equals(code)) {
        continue;
      }
      int cut = name.length();
      for (String sep : new String[] {" (", " - "}) {
        int at = name.indexOf(sep);
        if (at > 0) {
          cut = Math.min(cut, at);
        }
      }
      String head = name.substring(0, cut).strip();
      List<String> aliases = head.equals(name) ? List.of() : List.of(name);
      out.add(new Entity("country:" + code, EntityType.LOCATION, head, aliases));
    }
    return out;
  }
}
