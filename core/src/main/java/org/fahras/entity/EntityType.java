package org.fahras.entity;

import java.util.Locale;

/**
 * The kinds of named entity Fahras recognizes, with the tag each has in ANERcorp-style CoNLL files
 * (Benajiba, Rosso, Benedí Ruiz 2007: PERS, LOC, ORG, MISC) and the prefix it has in queries.
 */
public enum EntityType {
  /** A person: {@code فلاديمير بوتين}. CoNLL tag {@code PERS}, query prefix {@code person:}. */
  PERSON("PERS", "person"),
  /** A place: country, city, region, geographic feature. CoNLL tag {@code LOC}, query prefix {@code place:}. */
  LOCATION("LOC", "place"),
  /** An organization: ministry, agency, company, party, team. CoNLL tag {@code ORG}, query prefix {@code org:}. */
  ORGANIZATION("ORG", "org"),
  /** Any other name (events, products, nationalities in ANERcorp). CoNLL tag {@code MISC}, query prefix {@code misc:}. */
  MISC("MISC", "misc");

  private final String conllTag;
  private final String queryPrefix;

  EntityType(String conllTag, String queryPrefix) {
    this.conllTag = conllTag;
    this.queryPrefix = queryPrefix;
  }

  /** @return the CoNLL label without its B-/I- part, e.g. {@code PERS} */
  public String conllTag() {
    return conllTag;
  }

  /** @return the field name used before the colon in queries, e.g. {@code person} */
  public String queryPrefix() {
    return queryPrefix;
  }

  /**
   * Parses a type name as written in gazetteer files or CoNLL tags: the enum name, the CoNLL tag or the
   * query prefix, in any case ({@code PERSON}, {@code pers}, {@code person}, {@code place}, {@code LOC}...).
   *
   * @throws IllegalArgumentException if the name is none of those
   */
  public static EntityType parse(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT);
    for (EntityType t : values()) {
      if (t.name().equals(n) || t.conllTag.equals(n) || t.queryPrefix.toUpperCase(Locale.ROOT).equals(n)) {
        return t;
      }
    }
    if (n.equals("PER")) {
      return PERSON;
    }
    throw new IllegalArgumentException(
        "unknown entity type '" + name + "' (expected PERSON, LOCATION, ORGANIZATION or MISC)");
  }
}
