package org.fahras.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * {@code date:}, {@code source:} and entity ({@code person:}, {@code place:}, {@code org:}, {@code
 * misc:}, {@code entity:}) clauses typed beside words are filters, not extra words: {@code
 * كورونا date:2015-08-01} is the articles of that day that mention كورونا, {@code الهلال place:لندن}
 * Al-Hilal's articles that mention London, as a restriction reads in a search box, where Lucene's
 * classic reading (every clause optional) would bring back every article of the day and every
 * article with the word. Filters of one field (or entity prefix) are
 * either-or ({@code source:okaz source:alriyadh}, {@code source:(okaz alriyadh)}, also joined by
 * {@code OR}), of different fields all apply, as facet drill-downs combine, with or without words
 * ({@code date:2015-07 source:okaz}); a group of filters in parentheses, or of negations only
 * ({@code (-source:okaz)}), is a filter too. {@code +} and {@code AND} keep a filter a filter and
 * make that value required on its own ({@code روسيا person:بوتين AND person:أوباما} needs both
 * people; without the {@code AND} either). Where
 * an explicit {@code OR} joins a filter to a word, or filters of two fields, the group is read as
 * Lucene reads it: every clause optional ({@code كورونا OR date:2015-08-01}).
 *
 * <p>One per parse: it remembers, by identity, the filter queries the parser made and the clause
 * lists an {@code OR} mixes.
 */
final class FilterClauses {
  private final Map<Query, String> fieldOf = new IdentityHashMap<>();
  private final Set<List<BooleanClause>> mixedByOr = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Records {@code q} as a filter on {@code field}; returns it. */
  Query filter(Query q, String field) {
    fieldOf.put(q, field);
    return q;
  }

  /**
   * Records a group of negations only as a filter; returns it. Each such group has a key of its own,
   * so that two of them beside words both apply ({@code بوتين (NOT موسكو) (NOT كييف)}).
   */
  Query negations(Query q) {
    return filter(q, "-" + fieldOf.size());
  }

  /** Records that an explicit {@code OR} joins {@code q} to the last of {@code clauses}, if any. */
  void joinedByOr(List<BooleanClause> clauses, Query q) {
    if (clauses.isEmpty()) {
      return;
    }
    String before = fieldOf.get(clauses.get(clauses.size() - 1).query());
    String after = fieldOf.get(q);
    if ((before == null) != (after == null) || before != null && !before.equals(after)) {
      mixedByOr.add(clauses);
    }
  }

  /**
   * The group of {@code clauses} with its filters turned into {@code FILTER} clauses (one per
   * field), the words then needing at least one match when none is required; recorded as a filter
   * itself when it has no words. Null when Lucene's reading stands: no filter, an {@code OR} mixing
   * a filter with a word or another field, or the filters of one field alone (then see {@link
   * #sameField}).
   */
  BooleanQuery apply(List<BooleanClause> clauses) {
    if (mixedByOr.contains(clauses)) {
      return null;
    }
    Map<String, List<Query>> filters = new LinkedHashMap<>();
    List<BooleanClause> rest = new ArrayList<>(clauses.size());
    for (BooleanClause c : clauses) {
      String field = fieldOf.get(c.query());
      if (field == null || c.occur() == BooleanClause.Occur.MUST_NOT) {
        rest.add(c);
      } else if (c.occur() == BooleanClause.Occur.MUST) { // AND or +: this value itself is required
        filters.computeIfAbsent(field + "+" + filters.size(), f -> new ArrayList<>()).add(c.query());
      } else {
        filters.computeIfAbsent(field, f -> new ArrayList<>()).add(c.query());
      }
    }
    boolean words = rest.stream().anyMatch(c -> c.occur() != BooleanClause.Occur.MUST_NOT);
    if (filters.isEmpty() || !words && filters.size() < 2 && rest.isEmpty()) {
      return null; // one field's values alone: Lucene's either-or, recorded by sameField
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    rest.forEach(b::add);
    for (List<Query> either : filters.values()) {
      if (either.size() == 1) {
        b.add(either.get(0), BooleanClause.Occur.FILTER);
      } else {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        either.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        b.add(any.build(), BooleanClause.Occur.FILTER);
      }
    }
    boolean required = rest.stream().anyMatch(c -> c.occur() == BooleanClause.Occur.MUST);
    if (words && !required) { // the words were all optional: now that a filter is required, one must still match
      b.setMinimumNumberShouldMatch(1);
    }
    BooleanQuery built = b.build();
    if (!words) { // filters with or without negations, (source:aawsat -موسكو): a filter itself
      filter(built, rest.isEmpty() ? String.join("+", filters.keySet()) : "-" + fieldOf.size());
    }
    return built;
  }

  /**
   * The field of a group whose clauses are all optional filters of that one field ({@code
   * source:(okaz alriyadh)}), or null: Lucene's reading of such a group is the either-or it means,
   * and it is a filter of that field beside words.
   */
  String sameField(List<BooleanClause> clauses) {
    String field = null;
    for (BooleanClause c : clauses) {
      String f = fieldOf.get(c.query());
      if (f == null || c.occur() == BooleanClause.Occur.MUST_NOT || field != null && !Objects.equals(field, f)) {
        return null;
      }
      field = f;
    }
    return field;
  }
}
