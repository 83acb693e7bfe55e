package org.fahras.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.fahras.entity.EntityFields;
import org.fahras.entity.EntityRecognizer;

/**
 * The Lucene documents an {@link ArticleIndex} writes: an article's fields ({@link ArticleFields}),
 * its entity fields when a recognizer is set ({@link EntityFields}), its facets; and the record, in
 * the commit's user data, of the entity recognition they were written with. Thread-safe.
 */
final class ArticleDocuments {
  /** Key of the commit user data that records the writer's entity recognition: full, gazetteer or off. */
  static final String ENTITIES_COMMIT_KEY = "fahras.entities";
  /** Key of the commit user data that records the {@link AnalysisFingerprint} the articles were analyzed with. */
  static final String ANALYSIS_COMMIT_KEY = "fahras.analysis";
  /** The recorded analysis of an index that had articles before Fahras recorded it. */
  static final String UNRECORDED_ANALYSIS = "unrecorded";

  private final FacetsConfig facetsConfig;
  private final EntityRecognizer entities;
  private final EntityFields entityFields;

  ArticleDocuments(FacetsConfig facetsConfig, EntityRecognizer entities) {
    this.facetsConfig = facetsConfig;
    this.entities = entities;
    this.entityFields = entities == null ? null : new EntityFields(entities.gazetteer());
  }

  /** Whether entity recognition is on. */
  boolean recognizesEntities() {
    return entities != null;
  }

  /** The article's document as written: its fields, its entity fields when entities are on, its facets. */
  Document document(Article article) throws IOException {
    Document doc = ArticleFields.toDocument(article);
    if (entities != null) {
      entityFields.fields(entities.recognize(article.body()), entities.recognize(article.title()))
          .forEach(doc::add);
    }
    return facetsConfig.build(doc);
  }

  /** The documents of {@code articles}, in order: all recognized before any is written. */
  List<Document> documents(List<Article> articles) throws IOException {
    List<Document> docs = new ArrayList<>(articles.size());
    for (Article a : articles) {
      docs.add(document(a));
    }
    return docs;
  }

  /** The term that identifies the article's document, for replacing it. */
  static Term idTerm(Article article) {
    return new Term(ArticleFields.ID, article.id());
  }

  /** Whether any article of {@code reader} has an entity mention indexed. */
  static boolean hasEntityMentions(IndexReader reader) throws IOException {
    return MultiTerms.getTerms(reader, EntityFields.KEY) != null;
  }

  /** Makes the writer's next commits record this entity recognition and the analysis {@code fingerprint}. */
  void recordIn(IndexWriter writer, String fingerprint) {
    String mode = entities == null ? "off" : entities.usesTagger() ? "full" : "gazetteer";
    writer.setLiveCommitData(Map.of(ENTITIES_COMMIT_KEY, mode, ANALYSIS_COMMIT_KEY, fingerprint).entrySet(), false);
  }

  /** The analysis fingerprint the last commit in {@code directory} recorded, or null (none recorded, or no commit). */
  static String recordedAnalysis(Directory directory) throws IOException {
    return userData(directory, ANALYSIS_COMMIT_KEY);
  }

  /** The entity recognition the last commit in {@code directory} recorded, or null (none recorded, or no commit). */
  static String recordedEntities(Directory directory) throws IOException {
    return userData(directory, ENTITIES_COMMIT_KEY);
  }

  private static String userData(Directory directory, String key) throws IOException {
    try {
      return SegmentInfos.readLatestCommit(directory).getUserData().get(key);
    } catch (IndexNotFoundException e) {
      return null;
    }
  }
}
