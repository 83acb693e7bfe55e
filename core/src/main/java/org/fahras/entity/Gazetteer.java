package org.fahras.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable list of known entities with the lookup tables the {@link GazetteerMatcher} needs:
 * normalized name (tokens folded by {@link EntityNormalizer}, joined by one space) to entity, the set of
 * token prefixes of names (so a scan stops as soon as no name can continue), and {@link VariantKey}s to
 * entity for spelling variants. Build with {@link #builder()}; read user files with {@link GazetteerReader}.
 *
 * <p>When two entities share a normalized name the first added keeps it; when they share a variant key
 * the key is dropped (ambiguous keys would resolve to an arbitrary entity).
 */
public final class Gazetteer {
  private final List<Entity> entities;
  private final Map<String, Entity> byId;
  private final Map<String, Entity> byName;
  private final Set<String> namePrefixes;
  private final Map<String, Entity> byKey;
  private final Map<String, List<String>> keySpellings;
  /** Every key prefix of two or more chars (whole keys too), to the {@link VariantKey#keyCharBit} bits of the chars that follow it in some key. */
  private final Map<String, Long> keyNext;
  private final int maxTokens;
  /** Every name and name prefix ({@link #byName}, {@link #namePrefixes}): most words are neither. */
  private final StringFilter nameFilter;
  /** Every key prefix ({@link #keyNext}, which holds the whole keys of {@link #byKey} too). */
  private final StringFilter keyFilter;

  private Gazetteer(Builder b) {
    this.entities = List.copyOf(b.entities.values());
    this.byId = Map.copyOf(b.entities);
    this.byName = new HashMap<>();
    this.namePrefixes = new HashSet<>();
    Map<String, Entity> keys = new HashMap<>();
    Map<String, List<String>> spellings = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    int max = 1;
    for (Entity e : entities) {
      for (String alias : e.allNames()) {
        List<String> tokens = normalizedTokens(alias);
        if (tokens.isEmpty()) {
          continue;
        }
        max = Math.max(max, tokens.size());
        String name = String.join(" ", tokens);
        byName.putIfAbsent(name, e);
        for (int k = 1; k < tokens.size(); k++) {
          namePrefixes.add(String.join(" ", tokens.subList(0, k)));
        }
        String key = VariantKey.of(name);
        if (key.length() >= VariantKey.MIN_LENGTH) {
          spellings.computeIfAbsent(key, k -> new ArrayList<>()).add(VariantKey.letterClasses(name));
          Entity prev = keys.putIfAbsent(key, e);
          if (prev != null && !prev.id().equals(e.id())) {
            ambiguous.add(key);
          }
        }
      }
    }
    ambiguous.forEach(keys::remove);
    ambiguous.forEach(spellings::remove);
    this.byKey = keys;
    this.keySpellings = spellings;
    this.keyNext = new HashMap<>();
    for (String key : keys.keySet()) {
      for (int k = 2; k <= key.length(); k++) {
        long next = k < key.length() ? 1L << VariantKey.keyCharBit(key.charAt(k)) : 0L;
        keyNext.merge(key.substring(0, k), next, (x, y) -> x | y);
      }
    }
    this.maxTokens = max;
    Set<String> namesAndPrefixes = new HashSet<>(byName.keySet());
    namesAndPrefixes.addAll(namePrefixes);
    this.nameFilter = new StringFilter(namesAndPrefixes);
    this.keyFilter = new StringFilter(keyNext.keySet());
  }

  /** @return the word tokens of {@code name}, each folded by {@link EntityNormalizer} */
  public static List<String> normalizedTokens(String name) {
    TextTokens t = TextTokens.of(name);
    List<String> out = new ArrayList<>(t.size());
    for (int i = 0; i < t.size(); i++) {
      String n = EntityNormalizer.normalize(t.surface(i));
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }

  /** @return an empty builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return all entities in insertion order */
  public List<Entity> entities() {
    return entities;
  }

  /** @return the entity with this canonical id */
  public Optional<Entity> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** @return the entity whose normalized name (tokens joined by one space) is exactly {@code name} */
  public Entity lookup(String normalizedName) {
    return nameFilter.mayContain(normalizedName) ? byName.get(normalizedName) : null;
  }

  /** @return whether some name has more tokens after {@code normalizedPrefix} */
  public boolean isNamePrefix(String normalizedPrefix) {
    return nameFilter.mayContain(normalizedPrefix) && namePrefixes.contains(normalizedPrefix);
  }

  /**
   * @param key the {@link VariantKey} of {@code normalizedName}
   * @param normalizedName the candidate name, tokens folded by {@link EntityNormalizer}
   * @return the entity with this key whose spelling is {@link VariantKey#close} to the candidate, or null
   *     (also null for ambiguous keys)
   */
  public Entity lookupVariant(String key, CharSequence normalizedName) {
    Entity e = keyFilter.mayContain(key) ? byKey.get(key) : null;
    if (e == null) {
      return null;
    }
    String classes = VariantKey.letterClasses(normalizedName);
    for (String spelling : keySpellings.get(key)) {
      if (VariantKey.close(classes, spelling)) {
        return e;
      }
    }
    return null;
  }

  /**
   * @return false if no name or name prefix ({@link #lookup}, {@link #isNamePrefix}) has the
   *     {@link String#hashCode} {@code hash}; true if one may have it
   */
  boolean mayBeName(int hash) {
    return nameFilter.mayContain(hash);
  }

  /** @return false if no key prefix ({@link #isVariantPrefix}) has the {@link String#hashCode} {@code hash}; true if one may */
  boolean mayBeVariantPrefix(int hash) {
    return keyFilter.mayContain(hash);
  }

  /** @return whether some variant key starts with {@code keyPrefix} */
  public boolean isVariantPrefix(String keyPrefix) {
    return keyFilter.mayContain(keyPrefix) && keyNext.containsKey(keyPrefix);
  }

  /**
   * @param keyPrefix a key prefix of two or more chars
   * @return the chars that follow {@code keyPrefix} in some key, as a set of {@link VariantKey#keyCharBit}
   *     bits (0 when none does): {@code keyPrefix + c} is a {@link #isVariantPrefix} exactly when the bit
   *     of {@code c} is set, for every c of its own bit (other chars share bit 0, so theirs says "maybe")
   */
  long nextKeyChars(String keyPrefix) {
    return keyFilter.mayContain(keyPrefix) ? keyNext.getOrDefault(keyPrefix, 0L) : 0L;
  }

  /** @return the largest number of tokens in any name */
  public int maxTokens() {
    return maxTokens;
  }

  /** @return the number of entities */
  public int size() {
    return entities.size();
  }

  /** Collects entities; an id added twice merges the later names into the first entity as aliases. */
  public static final class Builder {
    private final LinkedHashMap<String, Entity> entities = new LinkedHashMap<>();

    private Builder() {}

    /** Adds an entity, or merges its names into the entity already holding its id (the first type wins). */
    public Builder add(Entity e) {
      entities.merge(e.id(), e, (old, neu) -> {
        List<String> aliases = new ArrayList<>(old.aliases());
        for (String n : neu.allNames()) {
          if (!n.equals(old.name()) && !aliases.contains(n)) {
            aliases.add(n);
          }
        }
        return new Entity(old.id(), old.type(), old.name(), aliases);
      });
      return this;
    }

    /** Adds every entity of another gazetteer. */
    public Builder addAll(Gazetteer other) {
      other.entities().forEach(this::add);
      return this;
    }

    /** @return the gazetteer */
    public Gazetteer build() {
      return new Gazetteer(this);
    }
  }

  @Override
  public String toString() {
    return "Gazetteer[" + entities.size() + " entities]";
  }

}
