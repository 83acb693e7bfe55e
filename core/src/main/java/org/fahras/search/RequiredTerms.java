package org.fahras.search;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * The terms every article a query matches has in one of the default fields (judged from the
 * query's structure alone: required clauses, and what all optional clauses share when none is
 * required). A coverage clause on such a term adds the same constant to every match.
 */
final class RequiredTerms {
  private RequiredTerms() {}

  /** @return the analyzed term texts present in every match; empty when none can be told */
  static Set<String> of(Query query, Set<String> fields) {
    return switch (query) {
      case BoostQuery b -> of(b.getQuery(), fields);
      case ConstantScoreQuery c -> of(c.getQuery(), fields);
      case TermQuery t -> fields.contains(t.getTerm().field()) ? Set.of(t.getTerm().bytes().utf8ToString()) : Set.of();
      case PhraseQuery p -> texts(p, fields);
      case CombinedFieldQuery c -> texts(c, fields);
      case BooleanQuery b -> ofBoolean(b, fields);
      default -> Set.of();
    };
  }

  private static Set<String> ofBoolean(BooleanQuery b, Set<String> fields) {
    Set<String> required = new LinkedHashSet<>();
    boolean anyRequired = false;
    for (BooleanClause c : b.clauses()) {
      if (c.occur() == BooleanClause.Occur.MUST || c.occur() == BooleanClause.Occur.FILTER) {
        anyRequired = true;
        required.addAll(of(c.query(), fields));
      }
    }
    if (anyRequired) {
      return required;
    }
    Set<String> shared = null;
    for (BooleanClause c : b.clauses()) {
      if (c.occur() == BooleanClause.Occur.SHOULD) {
        Set<String> s = of(c.query(), fields);
        if (shared == null) {
          shared = new LinkedHashSet<>(s);
        } else {
          shared.retainAll(s);
        }
      }
    }
    return shared == null ? Set.of() : shared;
  }

  /** The texts of a query's terms when all of them are in default fields, else none. */
  private static Set<String> texts(Query q, Set<String> fields) {
    Set<Term> terms = new HashSet<>();
    q.visit(QueryVisitor.termCollector(terms));
    Set<String> out = new LinkedHashSet<>();
    for (Term t : terms) {
      if (!fields.contains(t.field())) {
        return Set.of();
      }
      out.add(t.bytes().utf8ToString()); // analyzed terms: valid UTF-8, no checking decoder needed
    }
    return out;
  }
}
