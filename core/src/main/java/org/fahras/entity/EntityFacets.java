package org.fahras.entity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;

/**
 * Entity facets over a set of documents of an index built with {@link EntityFields}: which entities (of
 * one type or all) the documents mention, with the number of documents for each; and co-occurrence, the
 * entities most often mentioned in the same documents as a given entity. Reads the {@value
 * EntityFields#FACET} doc values, so no stored fields are loaded.
 */
public final class EntityFacets {
  /**
   * One facet value.
   *
   * @param type the entity type
   * @param id canonical id
   * @param name display name
   * @param documents number of documents of the set that mention it
   */
  public record EntityCount(EntityType type, String id, String name, int documents) {}

  private EntityFacets() {}

  /**
   * Counts entities over the given documents.
   *
   * @param docIds top-level Lucene doc ids (e.g. from {@code TopDocs.scoreDocs[i].doc}), any order
   * @param type only this type, or null for all
   * @param top at most this many values, by descending count then id
   */
  public static List<EntityCount> count(IndexReader reader, int[] docIds, EntityType type, int top)
      throws IOException {
    int[] sorted = docIds.clone();
    Arrays.sort(sorted);
    List<LeafReaderContext> leaves = reader.leaves();
    Map<String, int[]> counts = new HashMap<>();
    int leafIndex = -1;
    SortedSetDocValues dv = null;
    LeafReaderContext leaf = null;
    for (int doc : sorted) {
      int li = ReaderUtil.subIndex(doc, leaves);
      if (li != leafIndex) {
        leafIndex = li;
        leaf = leaves.get(li);
        dv = DocValues.getSortedSet(leaf.reader(), EntityFields.FACET);
      }
      int local = doc - leaf.docBase;
      if (dv.docID() < local && dv.advance(local) == local || dv.docID() == local) {
        for (int k = 0; k < dv.docValueCount(); k++) {
          String value = dv.lookupOrd(dv.nextOrd()).utf8ToString();
          counts.computeIfAbsent(value, x -> new int[1])[0]++;
        }
      }
    }
    String wanted = type == null ? null : type.queryPrefix() + EntityFields.SEP;
    List<EntityCount> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      if (wanted != null && !e.getKey().startsWith(wanted)) {
        continue;
      }
      out.add(parse(e.getKey(), e.getValue()[0]));
    }
    out.sort(Comparator.comparingInt(EntityCount::documents).reversed().thenComparing(EntityCount::id));
    return out.size() > top ? new ArrayList<>(out.subList(0, top)) : out;
  }

  /** @return all documents matching {@code query}, as top-level doc ids in index order */
  public static int[] matchingDocs(IndexSearcher searcher, Query query) throws IOException {
    Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    int[] out = new int[16];
    int n = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer s = w.scorer(leaf);
      if (s == null) {
        continue;
      }
      DocIdSetIterator it = s.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(d)) {
          continue;
        }
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = leaf.docBase + d;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * @param entityId canonical id of the entity
   * @param type only co-occurring entities of this type, or null for all
   * @return the entities mentioned in the most documents that also mention {@code entityId}, itself excluded
   */
  public static List<EntityCount> cooccurring(IndexSearcher searcher, String entityId, EntityType type, int top)
      throws IOException {
    int[] docs = matchingDocs(searcher, new TermQuery(new Term(EntityFields.ID, entityId)));
    List<EntityCount> all = count(searcher.getIndexReader(), docs, type, top + 1);
    List<EntityCount> out = new ArrayList<>(top);
    for (EntityCount c : all) {
      if (!c.id().equals(entityId) && out.size() < top) {
        out.add(c);
      }
    }
    return out;
  }

  private static EntityCount parse(String value, int count) {
    int a = value.indexOf(EntityFields.SEP);
    int b = value.indexOf(EntityFields.SEP, a + 1);
    String prefix = value.substring(0, a);
    EntityType t = EntityType.parse(prefix);
    return new EntityCount(t, value.substring(a + 1, b), value.substring(b + 1), count);
  }
}
