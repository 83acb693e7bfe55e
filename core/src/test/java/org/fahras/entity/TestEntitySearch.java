package org.fahras.entity;

import org.fahras.SharedData;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entity fields and queries on a plain Lucene index: the seed article plus three short texts. */
class TestEntitySearch {
  private static Directory dir;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  private static final String[][] DOCS = {
    {"moscow", "التقى لافروف بنظيره في موسكو، وقال الكرملين إن روسيا ترحب بالحوار."},
    {"pyongyang", "أطلقت بيونج يانج صاروخا، وقالت سول إن كيم جونج اون أشرف على التجربة."},
    {"google", "أعلنت غوغل عن هاتف جديد في نيو يورك."},
  };

  @BeforeAll
  static void index() throws IOException {
    Path seed = SharedData.root().resolve("seed-article/article.txt");
    Assumptions.assumeTrue(Files.isRegularFile(seed), "shared data absent: " + seed);
    Gazetteer g = BaseGazetteer.load();
    EntityRecognizer recognizer = new EntityRecognizer(g, null);
    EntityFields fields = new EntityFields(g);
    dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      List<String[]> docs = new ArrayList<>(List.of(DOCS));
      docs.add(new String[] {"seed", Files.readString(seed, StandardCharsets.UTF_8)});
      for (String[] d : docs) {
        Document doc = new Document();
        doc.add(new StringField("id", d[0], Field.Store.YES));
        fields.fields(recognizer.recognize(d[1])).forEach(doc::add);
        w.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    if (reader != null) {
      reader.close();
      dir.close();
    }
  }

  private static List<String> ids(String prefix, String name) throws IOException {
    Query q = EntityQueries.query(prefix, name);
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(q, 10).scoreDocs) {
      out.add(searcher.storedFields().document(sd.doc).get("id"));
    }
    out.sort(null);
    return out;
  }

  @Test
  void testPersonPutinFindsSeed() throws IOException {
    assertEquals(List.of("seed"), ids("person", "بوتين"));
    assertEquals(List.of("seed"), ids("person", "فلاديمير بوتن"));
  }

  @Test
  void testPlaceAcrossSpellings() throws IOException {
    assertEquals(List.of("pyongyang", "seed"), ids("place", "بيونغ يانغ"));
    assertEquals(List.of("pyongyang", "seed"), ids("place", "بيونغيانغ"));
    assertEquals(List.of("seed"), ids("place", "كوريا الشمالية"));
    assertEquals(List.of("seed"), ids("place", "کوریا الشمالیة")); // typed on a Persian keyboard
  }

  @Test
  void testOrgAndEntityPrefixes() throws IOException {
    assertEquals(List.of("moscow", "seed"), ids("org", "الكرملين"));
    assertEquals(List.of("pyongyang", "seed"), ids("entity", "كيم جونغ أون"));
    assertEquals(List.of("google"), ids("org", "جوجل"));
  }

  @Test
  void testStoredMentionsPointAtTheBody() throws IOException {
    String body = DOCS[0][1];
    ScoreDoc hit = searcher.search(EntityQueries.query("org", "الكرملين"), 10).scoreDocs[0];
    String stored = searcher.storedFields().document(hit.doc).get(EntityFields.MENTIONS);
    List<String> kremlin = new ArrayList<>();
    for (EntityFields.StoredMention m : EntityFields.storedMentions(stored)) {
      if (m.id().equals("org:kremlin")) {
        kremlin.add(body.substring(m.start(), m.end()));
      }
    }
    assertEquals(List.of("الكرملين"), kremlin);
  }

  /** Keys are indexed under their type's prefix only; {@code entity:} finds places and organizations too. */
  @Test
  void testEntityPrefixFindsEveryType() throws IOException {
    assertEquals(List.of("pyongyang", "seed"), ids("entity", "بيونج يانج"));
    assertEquals(List.of("moscow", "seed"), ids("entity", "الكرملين"));
    assertEquals(List.of("google"), ids("entity", "غوغل"));
  }

  /** Each id of a document is a term of {@value EntityFields#ID}. */
  @Test
  void testIdsAreTerms() throws IOException {
    assertEquals(List.of("moscow", "seed"), ids("entity", "org:kremlin"));
    assertEquals(2, searcher.count(new TermQuery(new Term(EntityFields.ID, "org:kremlin"))));
  }

  @Test
  void testTypeScoping() throws IOException {
    assertEquals(List.of(), ids("person", "الكرملين"));
    assertEquals(List.of(), ids("place", "بوتين"));
  }

  @Test
  void testFacetsAndCooccurrence() throws IOException {
    int[] all = EntityFacets.matchingDocs(searcher, EntityQueries.query("place", "موسكو"));
    List<EntityFacets.EntityCount> orgs = EntityFacets.count(reader, all, EntityType.ORGANIZATION, 5);
    assertEquals("org:kremlin", orgs.get(0).id());
    assertEquals(2, orgs.get(0).documents());
    List<EntityFacets.EntityCount> withKim = EntityFacets.cooccurring(searcher, "person:kim-jong-un", EntityType.LOCATION, 3);
    assertEquals("city:pyongyang", withKim.get(0).id());
    assertEquals(2, withKim.get(0).documents());
  }
}
