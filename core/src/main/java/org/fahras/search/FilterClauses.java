package org.fahras.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * {@code date:} and {@code source:} clauses typed beside words are filters, not extra words: {@code
 * كورونا date:2015-08-01} is the articles of that day that mention كورونا, as a date or source
 * restriction reads in a search box, where Lucene's classic reading (every clause optional) would
 * bring back every article of the day and every article with the word. Filters of one field are
 * either-or ({@code source:okaz source:alriyadh}), of different fields all apply, as facet
 * drill-downs combine, with or without words ({@code date:2015-07 source:okaz}). A filter joined by an
 * explicit {@code OR} stays an optional clause, as typed; {@code AND}, {@code +} and {@code -} keep
 * their meaning.
 *
 * <p>One per parse: it remembers, by identity, the filter queries the parser made and which clauses
 * an {@code OR} joined.
 */
final class FilterClauses {
  private final Map<Query, String> fieldOf = new IdentityHashMap<>();
  private final Set<Query> joinedByOr = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Records {@code q} as a filter on {@code field}; returns it. */
  Query filter(Query q, String field) {
    fieldOf.put(q, field);
    return q;
  }

  /** Records that an explicit {@code OR} joins {@code q} to the clause before it, if any. */
  void joinedByOr(List<BooleanClause> before, Query q) {
    joinedByOr.add(q);
    if (!before.isEmpty()) {
      joinedByOr.add(before.get(before.size() - 1).query());
    }
  }

  /**
   * The clauses with their implicit filters turned into {@code FILTER} clauses (one per field), and
   * the words of a group that has no required clause then needing at least one match; or null when
   * there is nothing to change (no implicit filter, or the filters of one field alone).
   */
  BooleanQuery apply(List<BooleanClause> clauses) {
    Map<String, List<Query>> filters = new LinkedHashMap<>();
    List<BooleanClause> rest = new ArrayList<>(clauses.size());
    for (BooleanClause c : clauses) {
      String field = fieldOf.get(c.query());
      if (field != null && c.occur() == BooleanClause.Occur.SHOULD && !joinedByOr.contains(c.query())) {
        filters.computeIfAbsent(field, f -> new ArrayList<>()).add(c.query());
      } else {
        rest.add(c);
      }
    }
    boolean words = rest.stream().anyMatch(c -> c.occur() != BooleanClause.Occur.MUST_NOT);
    if (filters.isEmpty() || !words && filters.size() < 2) {
      return null; // one field's filters alone: either-or, as Lucene reads them
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
    return b.build();
  }
}
