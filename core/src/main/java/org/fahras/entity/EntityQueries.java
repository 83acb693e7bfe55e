package org.fahras.entity;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns the entity part of a query ({@code person:بوتين}, {@code place:"كوريا الشمالية"},
 * {@code org:الكرملين}, {@code entity:"كيم جونغ أون"}) into a Lucene query over {@link EntityFields}.
 * The name is folded ({@link EntityNormalizer}) and reduced to its {@link VariantKey}, so every alias,
 * spelling variant and clitic form indexed for the entity matches: {@code person:بوتن},
 * {@code place:بيونج يانج}. A one-word name that is an entity id, as {@code fahras entities} and
 * {@link EntityFacets} give it, matches that id: {@code entity:country:KP}, and without its type's
 * id prefix, {@code person:putin}, {@code place:moscow} ({@code city:moscow}), {@code entity:putin}.
 * The query is constant-scoring (an entity filter should not reorder text relevance); combine it with a
 * text query in a {@code BooleanQuery} as MUST or FILTER.
 */
public final class EntityQueries {
  /** The prefixes this class understands. */
  public static final Set<String> PREFIXES = Set.of("person", "place", "org", "misc", EntityFields.ANY);

  private EntityQueries() {}

  /** The id prefixes of the base gazetteer's entities of each query prefix ({@code person:putin}). */
  private static final Map<String, List<String>> ID_PREFIXES = Map.of(
      "person", List.of("person"), "place", List.of("city", "country", "region"), "org", List.of("org"),
      "misc", List.of("misc"), EntityFields.ANY, List.of("person", "city", "country", "region", "org", "misc"));

  /**
   * The entity ids a one-word name may be, as {@code fahras entities} prints them: the name itself
   * ({@code country:KP}, {@code ner:person:...}) and, after a type's prefix, that type's id
   * prefixes ({@code person:putin} is the id {@code person:putin}, {@code place:moscow} {@code
   * city:moscow}), each as typed, lower-cased and upper-cased ({@code place:kp}); none for a name of
   * several words.
   */
  private static Set<String> ids(String prefix, String name) {
    Set<String> ids = new LinkedHashSet<>();
    if (name.isEmpty() || name.indexOf(' ') >= 0) {
      return ids;
    }
    for (String v : List.of(name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT))) { // country:KP
      ids.add(v);
      for (String idPrefix : ID_PREFIXES.get(prefix)) {
        ids.add(idPrefix + ":" + v);
      }
    }
    return ids;
  }

  /** @return whether {@code prefix} (any case) is an entity query prefix */
  public static boolean isEntityPrefix(String prefix) {
    return PREFIXES.contains(prefix.toLowerCase(Locale.ROOT));
  }

  /**
   * @param prefix {@code person}, {@code place}, {@code org}, {@code misc} or {@code entity}
   * @param name the name as the user typed it, quotes removed (as typed; a proclitic on its first word is also tried without it)
   * @return a constant-score query matching documents that mention such an entity
   * @throws IllegalArgumentException if the prefix is unknown or the name has no letters
   */
  public static Query query(String prefix, String name) {
    String p = prefix.toLowerCase(Locale.ROOT);
    if (!PREFIXES.contains(p)) {
      throw new IllegalArgumentException("unknown entity prefix '" + prefix + "' (expected one of " + PREFIXES + ")");
    }
    Set<String> keys = keyTerms(p, name);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("entity query '" + prefix + ":" + name + "' has no name");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String key : keys) {
      b.add(new TermQuery(new Term(EntityFields.KEY, key)), BooleanClause.Occur.SHOULD);
    }
    for (String id : ids(p, name.strip())) {
      b.add(new TermQuery(new Term(EntityFields.ID, id)), BooleanClause.Occur.SHOULD);
    }
    return new ConstantScoreQuery(b.build());
  }

  /**
   * The {@value EntityFields#KEY} terms a name asks for: its {@link VariantKey} under the type's prefix
   * ({@code entity} asks for every type's), as typed, with a proclitic removed from its first word
   * (لبوتين → بوتين), and with the article added to it (كرملين → الكرملين). Each form is a key of
   * its own, so بوتين also asks for وتين: harmless, since a key only matches an entity recognized
   * under that exact name. Also what a mention's surface is compared by when snippets mark the
   * mentions of a queried entity.
   *
   * @param prefix a lower-case query prefix of {@link #PREFIXES}
   * @param name the name as written
   * @return the key terms, empty when the name has no letters
   */
  public static Set<String> keyTerms(String prefix, String name) {
    Set<String> keys = new LinkedHashSet<>();
    List<String> toks = Gazetteer.normalizedTokens(name);
    if (toks.isEmpty()) {
      return keys;
    }
    List<String> firstWords = new ArrayList<>();
    Proclitics.candidates(toks.get(0), firstWords);
    if (!toks.get(0).startsWith("\u0627\u0644")) {
      firstWords.add("\u0627\u0644" + toks.get(0)); // كرملين also asks for الكرملين, the name as usually written
    }
    List<String> prefixes = prefix.equals(EntityFields.ANY)
        ? Arrays.stream(EntityType.values()).map(EntityType::queryPrefix).toList()
        : List.of(prefix);
    for (String first : new LinkedHashSet<>(firstWords)) {
      List<String> form = new ArrayList<>(toks);
      form.set(0, first);
      for (String typePrefix : prefixes) {
        keys.add(EntityFields.keyTerm(typePrefix, String.join(" ", form)));
      }
    }
    return keys;
  }
}
