package org.fahras.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene fields that make an article's entities searchable, facetable and highlightable. Per distinct
 * entity of a document:
 *
 * <ul>
 *   <li>{@value #ID} (indexed keyword, multi-valued): the canonical id ({@code person:putin},
 *       {@code country:KP}, or {@code ner:person:<name>} for names only the tagger found);
 *   <li>{@value #KEY} (indexed keyword, multi-valued): {@code <prefix>|<variant key>} for every name of
 *       the entity (all gazetteer aliases, the mention's own name, for people also the last name word),
 *       with {@code <prefix>} the type's query prefix, and for a name of fewer than six letters
 *       {@code <prefix>|<variant key>|<letter classes>} instead ({@link #keySuffix}); what
 *       {@link EntityQueries} searches (an {@code entity:} query asks for the key under every type's
 *       prefix);
 *   <li>{@value #FACET} (sorted-set doc values): {@code <prefix>\u001F<id>\u001F<display name>}, read by
 *       {@link EntityFacets}.
 * </ul>
 *
 * And one {@value #MENTIONS} stored field listing every mention as {@code prefix<TAB>id<TAB>start<TAB>end}
 * lines (offsets in chars of the text that was recognized, for highlighting).
 *
 * <p>The keys of a gazetteer entity's names are computed once per entity and type and kept.
 * Thread-safe.
 */
public final class EntityFields {
  /** Field holding canonical ids. */
  public static final String ID = "entity_id";
  /** Field holding type-scoped variant keys of every name. */
  public static final String KEY = "entity_key";
  /** Doc-values field for facets. */
  public static final String FACET = "entity_facet";
  /** Stored mention offsets. */
  public static final String MENTIONS = "entity_mentions";
  /** Query prefix matching entities of any type ({@link EntityQueries} asks for the key under every type's prefix). */
  public static final String ANY = "entity";
  static final char SEP = '\u001F';

  /**
   * What the fields of a gazetteer entity mentioned under its own name hold, the same in every document.
   *
   * @param name the entity's preferred name
   * @param facet the {@value #FACET} value (shared by the documents' fields; Lucene does not modify it)
   * @param keys the {@value #KEY} terms ({@code <query prefix>|<variant key>}) of all the entity's names
   */
  private record Listed(String name, BytesRef facet, List<String> keys) {}

  private final Gazetteer gazetteer;
  /** {@link Listed} by gazetteer id, one map per {@link EntityType} ordinal (bounded by the gazetteer's size). */
  private final List<Map<String, Listed>> gazetteerFields = new ArrayList<>();

  /** @param gazetteer used to add the keys of all aliases of a recognized gazetteer entity */
  public EntityFields(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (int t = 0; t < EntityType.values().length; t++) {
      gazetteerFields.add(new ConcurrentHashMap<>());
    }
  }

  /**
   * @param mentions the mentions of one text (e.g. from {@link EntityRecognizer#recognize})
   * @return the fields to add to that text's Lucene document; empty when there are no mentions
   */
  public List<IndexableField> fields(List<EntityMention> mentions) {
    return fields(mentions, List.of());
  }

  /**
   * As {@link #fields(List)} for an article whose title and body were recognized separately: both count
   * for ids, keys and facets; only the body's offsets are stored in {@value #MENTIONS}.
   */
  public List<IndexableField> fields(List<EntityMention> body, List<EntityMention> title) {
    Map<String, EntityMention> distinct = new LinkedHashMap<>();
    for (EntityMention m : title) {
      distinct.putIfAbsent(m.id(), m);
    }
    StringBuilder stored = new StringBuilder();
    for (EntityMention m : body) {
      distinct.putIfAbsent(m.id(), m);
      stored.append(m.type().queryPrefix()).append('\t').append(m.id()).append('\t').append(m.start())
          .append('\t').append(m.end()).append('\n');
    }
    List<IndexableField> out = new ArrayList<>();
    if (distinct.isEmpty()) {
      return out;
    }
    Set<String> keys = new LinkedHashSet<>();
    for (EntityMention m : distinct.values()) {
      out.add(new StringField(ID, m.id(), Field.Store.NO));
      Listed listed = listed(m.type(), m.id());
      if (listed != null && listed.name().equals(m.name())) { // the gazetteer entity under its own name: all kept
        out.add(new SortedSetDocValuesField(FACET, listed.facet()));
        keys.addAll(listed.keys());
        continue;
      }
      out.add(new SortedSetDocValuesField(FACET, facetValue(m.type(), m.id(), m.name())));
      String prefix = m.type().queryPrefix() + "|";
      for (String key : nameKeys(m.type(), m.name())) {
        keys.add(prefix + key);
      }
      if (listed != null) {
        keys.addAll(listed.keys());
      }
    }
    for (String k : keys) {
      out.add(new StringField(KEY, k, Field.Store.NO));
    }
    if (!stored.isEmpty()) {
      out.add(new StoredField(MENTIONS, stored.toString()));
    }
    return out;
  }

  /**
   * @return the kept facet value and keys of the gazetteer entity {@code id} mentioned as a {@code type},
   *     computed on first use; null when the gazetteer has no such id (a tagger name)
   */
  private Listed listed(EntityType type, String id) {
    Listed listed = gazetteerFields.get(type.ordinal()).get(id);
    if (listed != null) {
      return listed;
    }
    Entity known = gazetteer.byId(id).orElse(null);
    return known == null ? null : listed(type, known);
  }

  /** @return the kept facet value and keys of a gazetteer entity mentioned as a {@code type}, computed on first use */
  private Listed listed(EntityType type, Entity entity) {
    return gazetteerFields.get(type.ordinal()).computeIfAbsent(entity.id(), id -> new Listed(entity.name(),
        facetValue(type, id, entity.name()), prefixed(type.queryPrefix() + "|", allNameKeys(type, entity))));
  }

  private static BytesRef facetValue(EntityType type, String id, String name) {
    return new BytesRef(type.queryPrefix() + SEP + id + SEP + name);
  }

  private static List<String> prefixed(String prefix, List<String> keys) {
    List<String> out = new ArrayList<>(keys.size());
    for (String key : keys) {
      out.add(prefix + key);
    }
    return List.copyOf(out);
  }

  /** @return the variant keys of every name of a gazetteer entity mentioned as a {@code type}, distinct */
  private static List<String> allNameKeys(EntityType type, Entity entity) {
    Set<String> keys = new LinkedHashSet<>();
    for (String name : entity.allNames()) {
      keys.addAll(nameKeys(type, name));
    }
    return List.copyOf(keys);
  }

  /** @return the variant keys of one name: the whole name, and for a person of two or more words the last word */
  private static List<String> nameKeys(EntityType type, String name) {
    List<String> toks = Gazetteer.normalizedTokens(name);
    if (toks.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(2);
    addKey(out, String.join(" ", toks));
    if (type == EntityType.PERSON && toks.size() >= 2) {
      addKey(out, toks.get(toks.size() - 1));
    }
    return out;
  }

  private static void addKey(List<String> keys, String foldedName) {
    String key = keySuffix(foldedName);
    if (!key.isEmpty()) {
      keys.add(key);
    }
  }

  /** Names whose {@link VariantKey#letterClasses} have fewer letters than this are matched by their classes too. */
  static final int SHORT_NAME = 6;

  /**
   * The part of a {@value #KEY} term after the type's prefix: the name's {@link VariantKey}, and for a
   * name of fewer than {@value #SHORT_NAME} letters also its {@link VariantKey#letterClasses} (a
   * doubled letter written once, as the key writes it). Two
   * spellings of a key are the same name only if {@link VariantKey#close}, which allows names that
   * short no edit but a change of letter class: with the classes in the term, a query for
   * {@code بوتين} no longer finds a person {@code بيتون} (the same key, بتن) or the last name of
   * {@code براد بيتون}, while {@code غوغل} still finds {@code جوجل}. The article does not count
   * toward the six letters ({@code الموسى} is as short as {@code موسى}, so {@code ميسي}, whose
   * query also asks for {@code الميسي}, does not find it). A longer name is matched by its key
   * alone, as the gazetteer's one-edit-per-six-letters check would let most of its key's spellings
   * through. Empty when the name has no key.
   */
  static String keySuffix(String foldedName) {
    String key = VariantKey.of(foldedName);
    if (key.isEmpty()) {
      return key;
    }
    String classes = withoutDoubledLetters(VariantKey.letterClasses(foldedName));
    boolean article = foldedName.startsWith("\u0627\u0644");
    int letters = article ? withoutDoubledLetters(VariantKey.letterClasses(foldedName.substring(2))).length()
        : classes.length();
    return letters < SHORT_NAME ? key + "|" + classes : key;
  }

  /** @return {@code s} with each run of one char written once: a doubled letter is one (كيللي, كيلي) */
  private static String withoutDoubledLetters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }

  /** @return the term of {@value #KEY} for a query prefix and a folded name */
  static String keyTerm(String prefix, String foldedName) {
    return prefix.toLowerCase(Locale.ROOT) + "|" + keySuffix(foldedName);
  }

  /**
   * A mention read back from {@value #MENTIONS}, for highlighting.
   *
   * @param prefix the type's query prefix ({@code person}, {@code place}, {@code org}, {@code misc})
   * @param start char offset in the body, inclusive
   * @param end char offset in the body, exclusive
   */
  public record StoredMention(String prefix, String id, int start, int end) {}

  /**
   * Parses the stored value of {@value #MENTIONS} (null or empty gives an empty list).
   *
   * @throws IllegalArgumentException if a line is not {@code prefix<TAB>id<TAB>start<TAB>end}
   */
  public static List<StoredMention> storedMentions(String stored) {
    List<StoredMention> out = new ArrayList<>();
    if (stored == null) {
      return out;
    }
    int lineNo = 0;
    for (String line : stored.split("\n")) {
      lineNo++;
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t");
      try {
        out.add(new StoredMention(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3])));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(MENTIONS + " line " + lineNo + " is not prefix<TAB>id<TAB>start<TAB>end: '"
            + line + "'", e);
      }
    }
    return out;
  }
}
