package org.fahras.entity;

import java.util.List;
import java.util.Objects;

/**
 * A known entity: one canonical id, one type, a preferred Arabic name and any number of aliases (other
 * names and spellings under which it is written, e.g. {@code بوتين} for {@code فلاديمير بوتين}).
 *
 * @param id canonical id, non-blank, unique within a gazetteer (e.g. {@code country:KP}, {@code person:putin})
 * @param type the entity's type
 * @param name preferred name as it should be displayed, non-blank
 * @param aliases further names, may be empty, never null; the name itself need not be repeated
 */
public record Entity(String id, EntityType type, String name, List<String> aliases) {

  /** @throws IllegalArgumentException if id or name is blank, or type is null */
  public Entity {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("entity id must be non-blank");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("entity '" + id + "' has a blank name");
    }
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
  }

  /** @return the name followed by the aliases, in order */
  public List<String> allNames() {
    java.util.ArrayList<String> all = new java.util.ArrayList<>(aliases.size() + 1);
    all.add(name);
    all.addAll(aliases);
    return all;
  }
}
