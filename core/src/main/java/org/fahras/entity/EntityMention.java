package org.fahras.entity;

/**
 * One place in a text where an entity is named.
 *
 * @param type the entity's type
 * @param id canonical id: a gazetteer id when the mention resolved to a known entity, otherwise
 *     {@code ner:<normalized name>} built from the surface with its proclitics removed
 * @param name display name: the gazetteer's preferred name, or the normalized surface for unknown entities
 * @param surface the text exactly as written, {@code text.substring(start, end)}, proclitics included
 * @param start offset of the first char in the original text (UTF-16 chars, inclusive)
 * @param end offset after the last char (exclusive)
 * @param source which layer found it
 */
public record EntityMention(
    EntityType type, String id, String name, String surface, int start, int end, Source source) {

  /** The layer that produced a mention. */
  public enum Source {
    /** exact or variant-key match against a gazetteer name */
    GAZETTEER,
    /** the statistical tagger */
    MODEL,
    /** a later surname-only or short mention of a full name found earlier in the same text */
    COREFERENCE
  }

  /** @throws IllegalArgumentException if the offsets are negative or reversed */
  public EntityMention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention offsets [" + start + ", " + end + ")");
    }
  }
}
