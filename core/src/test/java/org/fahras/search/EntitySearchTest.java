package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.fahras.Fahras;
import org.fahras.SharedData;
import org.fahras.entity.EntityFacets;
import org.fahras.entity.EntityType;
import org.fahras.index.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entity queries through the whole stack: default index options recognize, the parser routes. */
class EntitySearchTest {
  private static Fahras fahras;

  @BeforeAll
  static void index() throws IOException {
    fahras = Fahras.inMemory();
    fahras.add(Article.of("n1", "أخبار", "قال الرئيس الروسي فلاديمير بوتين إن موسكو ترحب بالحوار."));
    fahras.add(Article.of("n2", "طقس", "أمطار غزيرة على جدة والطائف اليوم."));
    fahras.add(Article.of("n3", "كوريا", "زار كيم جونج اون مصنعا للصواريخ في بيونج يانج."));
    fahras.commit();
  }

  @AfterAll
  static void close() throws IOException {
    fahras.close();
  }

  private static List<String> ids(String query) throws IOException {
    return fahras.search(query, 10).hits().stream().map(SearchHit::id).sorted().toList();
  }

  @Test
  void personQueryMatchesTheSurnameAndACliticForm() throws IOException {
    assertEquals(List.of("n1"), ids("person:بوتين"));
    assertEquals(List.of("n1"), ids("person:\"فلاديمير بوتين\""));
  }

  @Test
  void spellingVariantsOfATransliteratedNameMeet() throws IOException {
    assertEquals(List.of("n3"), ids("person:\"كيم جونغ أون\""));
    assertEquals(List.of("n3"), ids("place:\"بيونغ يانغ\""));
  }

  @Test
  void entityClauseCombinesWithTextAndTypeMatters() throws IOException {
    assertEquals(List.of("n1"), ids("person:بوتين AND موسكو"));
    assertEquals(List.of(), ids("person:بوتين AND جدة"));
    assertEquals(List.of(), ids("place:بوتين"));
    assertEquals(List.of("n2"), ids("place:جدة"));
  }

  /** Beside words an entity clause filters them, as date: and source: do; one prefix's names are either-or. */
  @Test
  void anEntityClauseBesideWordsFiltersThem() throws IOException {
    assertEquals(List.of("n1", "n2"), ids("أمطار الحوار"));
    assertEquals(List.of("n1"), ids("أمطار الحوار person:بوتين"), "not every article with a word or Putin");
    assertEquals(List.of("n2"), ids("أمطار الحوار place:جدة"));
    assertEquals(List.of("n1", "n3"), ids("person:بوتين person:\"كيم جونغ أون\""));
    assertEquals(List.of(), ids("person:بوتين place:جدة"), "two prefixes both apply");
    assertEquals(List.of("n1", "n2"), ids("أمطار OR person:بوتين"), "an explicit OR keeps Lucene's reading");
    assertEquals(List.of(), ids("أمطار الحوار person:بوتين AND person:\"كيم جونغ أون\""), "AND: both people");
    assertEquals(List.of(), ids("أمطار الحوار +person:بوتين +person:\"كيم جونغ أون\""), "+: both people");
    assertEquals(List.of("n1"), ids("الحوار AND person:بوتين"));
  }

  @Test
  void anEntityIdAsFahrasEntitiesPrintsItFindsTheEntity() throws IOException {
    assertEquals(List.of("n1"), ids("person:putin"));
    assertEquals(List.of("n1"), ids("person:Putin"));
    assertEquals(List.of("n1"), ids("entity:\"person:putin\""), "an id with its colon, quoted");
    assertEquals(List.of("n1"), ids("place:moscow"));
    assertEquals(List.of("n1"), ids("entity:putin"));
    assertEquals(List.of("n1"), ids("entity:person:putin"), "a colon inside the value, unquoted");
    assertEquals(List.of("n1"), ids("place:MOSCOW"));
    assertEquals(List.of(), ids("person:moscow"));
  }

  @Test
  void seedArticleIsFoundByEveryKindOfEntityQuery() throws IOException {
    String text = Files.readString(SharedData.require("seed-article/article.txt"), StandardCharsets.UTF_8);
    try (Fahras seed = Fahras.inMemory()) {
      seed.add(Article.of("seed", "", text));
      seed.add(Article.of("other", "", "ارتفعت أسعار النفط في الرياض."));
      seed.commit();
      for (String query : List.of("person:بوتين", "person:لبوتين", "place:\"كوريا الشمالية\"", "org:الكرملين", "org:كرملين",
          "entity:\"كيم جونغ أون\"", "place:\"بيونغ يانغ\"", "org:\"الأمم المتحدة\"")) {
        assertEquals(List.of("seed"), seed.search(query, 10).hits().stream().map(SearchHit::id).toList(), query);
      }
      List<EntityFacets.EntityCount> people = seed.entityFacets("كوريا", EntityType.PERSON, 10);
      assertTrue(people.stream().anyMatch(c -> c.name().contains("بوتين")), people.toString());
    }
  }

  @Test
  void snippetsMarkTheEntityMention() throws IOException {
    SearchResults results = fahras.search("person:بوتين", 10);
    assertEquals(1, results.hits().size());
    assertTrue(results.hits().get(0).snippet().contains("<mark>فلاديمير بوتين</mark>"), results.hits().get(0).snippet());
  }

  @Test
  void snippetsMarkTheMentionUnderTheArticlesOwnSpelling() throws IOException {
    String place = fahras.search("place:\"بيونغ يانغ\"", 10).hits().get(0).snippet();
    assertTrue(place.contains("<mark>بيونج يانج</mark>"), place);
    String person = fahras.search("person:\"كيم جونغ أون\"", 10).hits().get(0).snippet();
    assertTrue(person.contains("<mark>كيم جونج اون</mark>"), person);
    String bySurname = fahras.search("person:بوتين", 10).hits().get(0).snippet();
    assertTrue(bySurname.contains("<mark>فلاديمير بوتين</mark>"), "the whole mention: " + bySurname);
    String byId = fahras.search("person:putin", 10).hits().get(0).snippet();
    assertTrue(byId.contains("<mark>فلاديمير بوتين</mark>"), byId);
    String negated = fahras.search("زار NOT place:\"بيونغ يانغ\"", 10).hits().stream()
        .map(SearchHit::snippet).reduce("", String::concat);
    assertTrue(!negated.contains("<mark>بيونج"), "an excluded entity is not marked: " + negated);
  }
}
