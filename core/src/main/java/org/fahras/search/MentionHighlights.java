package org.fahras.search;

import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;
import org.fahras.entity.EntityFields;
import org.fahras.entity.EntityQueries;
import org.fahras.index.ArticleFields;

/**
 * Lets snippets mark an entity under the spelling each article uses. An entity clause
 * ({@code place:"بيونغ يانغ"}) matches articles through the entity's keys, so the article may write
 * {@code وبيونج يانج}, which the name as typed does not highlight. For the hits of one page, this
 * reads the body mentions recognized at index time ({@link EntityFields#MENTIONS}: type, id and
 * char offsets) and adds, for the highlighter only, a phrase of each mention whose surface, or a run
 * of its words, gives one of the clause's keys ({@link EntityQueries#keyTerms}), or whose id the
 * clause names.
 */
final class MentionHighlights {
  /** At most this many distinct mention surfaces are added to the highlight query. */
  static final int MAX_SURFACES = 100;

  private MentionHighlights() {}

  /**
   * Whether a mention's surface, or a run of its words, gives one of the keys: {@code عادل الجبير}
   * is a mention of {@code person:الجبير}, and is marked whole.
   */
  static boolean names(Set<String> keys, String prefix, String surface) {
    List<String> words = List.of(surface.strip().split("\\s+"));
    for (int from = 0; from < words.size(); from++) {
      for (int to = from + 1; to <= words.size(); to++) {
        if (!Collections.disjoint(keys, EntityQueries.keyTerms(prefix, String.join(" ", words.subList(from, to))))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * @param parsed the query as parsed (its entity clauses give the keys and ids; negated ones do not count)
   * @param page the hits whose snippets are made
   * @param analyzer the index's analyzer, for the phrases over the body
   * @return {@code parsed} when it has no entity clause or the page no matching mention, else a
   *     disjunction of {@code parsed} and one body phrase per matching mention surface
   * @throws IOException if stored fields cannot be read
   */
  static Query forPage(IndexSearcher searcher, Query parsed, ScoreDoc[] page, Analyzer analyzer) throws IOException {
    Set<String> keys = new HashSet<>();
    Set<String> ids = new HashSet<>();
    parsed.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }

      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) {
          if (t.field().equals(EntityFields.KEY)) {
            keys.add(t.text());
          } else if (t.field().equals(EntityFields.ID)) {
            ids.add(t.text());
          }
        }
      }
    });
    if (keys.isEmpty() && ids.isEmpty()) {
      return parsed;
    }
    Set<String> surfaces = new LinkedHashSet<>();
    StoredFields stored = searcher.storedFields();
    Set<String> wanted = Set.of(EntityFields.MENTIONS, ArticleFields.BODY);
    for (ScoreDoc hit : page) {
      if (surfaces.size() >= MAX_SURFACES) {
        break;
      }
      Document doc = stored.document(hit.doc, wanted);
      String body = doc.get(ArticleFields.BODY);
      String mentions = doc.get(EntityFields.MENTIONS);
      if (body == null || mentions == null) {
        continue;
      }
      for (EntityFields.StoredMention m : EntityFields.storedMentions(mentions)) {
        if (surfaces.size() >= MAX_SURFACES) {
          break;
        }
        if (m.start() < 0 || m.start() >= m.end() || m.end() > body.length()) {
          continue;
        }
        String surface = body.substring(m.start(), m.end());
        if (ids.contains(m.id()) || names(keys, m.prefix(), surface)) {
          surfaces.add(surface);
        }
      }
    }
    if (surfaces.isEmpty()) {
      return parsed;
    }
    BooleanQuery.Builder withMentions = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.SHOULD);
    QueryBuilder phrases = new QueryBuilder(analyzer);
    for (String surface : surfaces) {
      Query phrase = phrases.createPhraseQuery(ArticleFields.BODY, surface);
      if (phrase != null) {
        withMentions.add(phrase, BooleanClause.Occur.SHOULD);
      }
    }
    return withMentions.build();
  }
}
