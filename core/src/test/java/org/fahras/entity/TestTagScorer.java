package org.fahras.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fahras.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The tagger's precomputed scoring must equal the plain sum of the model's weights over every feature. */
class TestTagScorer {
  private static final String[] TAGS = {"BOS", "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"};
  private static final String[] MEMORY = {null, "PERS", "LOC", "ORG", "MISC"};

  private static void assertSameScores(NerTagger tagger, List<String> tokens, int tagsPerToken) {
    NerFeatures.Sentence s = tagger.model().features().prepare(tokens);
    for (int i = 0; i < s.size(); i++) {
      for (int c = 0; c < tagsPerToken; c++) {
        int a = (i + c) % TAGS.length;
        String p1 = TAGS[a];
        String p2 = TAGS[(a + i) % TAGS.length];
        String m = MEMORY[(a + i) % MEMORY.length];
        assertArrayEquals(tagger.referenceScores(s, i, p1, p2, m), tagger.fastScores(tokens, i, p1, p2, m), 1e-9,
            "token " + i + " '" + tokens.get(i) + "' after " + p2 + "," + p1 + " memory " + m);
      }
    }
  }

  @Test
  void testFastScoresEqualReferenceScores() {
    NerTagger tagger = new NerTagger(NerModel.bundled());
    assertSameScores(tagger, List.of("وصل", "الرئيس", "الروسي", "فلاديمير", "بوتين", "إلى", "بيونغ", "يانغ", "،",
        "والتقى", "كيم", "جونغ", "أون", "."), TAGS.length);
  }

  /** Shapes, lengths, harakat, tatweel, Latin, digits and one-letter words, each a different path of the word sums. */
  @Test
  void testFastScoresEqualReferenceScoresOnUnusualWords() {
    NerTagger tagger = new NerTagger(NerModel.bundled());
    assertSameScores(tagger, List.of("و", "في", "عامِ", "2015", "م", "قالـــت", "NASA", "ABC123", "٢٠١٥", "-", "(",
        "للولايات", "بالرياض", "ٱلله", "مؤسسةٌ", "iPhone", "x"), TAGS.length);
  }

  /** Every token of a real news article (the seed article), a few previous-tag contexts each. */
  @Test
  void testFastScoresEqualReferenceScoresOnSeedArticle() throws IOException {
    Path seed = SharedData.root().resolve("seed-article/article.txt");
    Assumptions.assumeTrue(Files.isRegularFile(seed), "shared data absent: " + seed);
    TextTokens t = TextTokens.of(Files.readString(seed, StandardCharsets.UTF_8));
    NerTagger tagger = new NerTagger(NerModel.bundled());
    List<String> sentence = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      sentence.add(t.surface(i));
      if (sentence.size() == 40 || i + 1 == t.size()) {
        assertSameScores(tagger, sentence, 3);
        sentence = new ArrayList<>();
      }
    }
  }

  @Test
  void testWordCacheFindsFormsByTextRegion() {
    WordCache cache = new WordCache(4);
    WordForm putin = WordForm.gazetteerOnly("بوتين", "بوتين", GazetteerMatcher.Start.NONE);
    cache.put(putin);
    String text = "قال بوتين اليوم";
    assertSame(putin, cache.get(text.toCharArray(), 4, 9));
    assertSame(putin, cache.get("بوتين"));
    assertNull(cache.get(text.toCharArray(), 4, 8)); // a prefix of the word is another key
    assertNull(cache.get(text.toCharArray(), 0, 3));
  }

  /**
   * Keys are compared in full: "Aa" and "BB" share a hash, forms longer than the packed
   * {@value WordForm#PACKED_CHARS} chars differ after them, and a prefix is not its word.
   */
  @Test
  void testWordCacheComparesWholeKeys() {
    WordCache cache = new WordCache(4);
    String longWord = "والاستراتيجيتين"; // 15 chars
    WordForm aa = WordForm.gazetteerOnly("Aa", "Aa", GazetteerMatcher.Start.NONE);
    WordForm lng = WordForm.gazetteerOnly(longWord, longWord, GazetteerMatcher.Start.NONE);
    cache.put(aa);
    cache.put(lng);
    assertNull(cache.get("BB"));
    assertSame(aa, cache.get("Aa"));
    assertSame(lng, cache.get(("قال " + longWord + " اليوم").toCharArray(), 4, 4 + longWord.length()));
    assertNull(cache.get(longWord.substring(0, 14) + "ك"));
    assertNull(cache.get(longWord.substring(0, 12)));
    assertNull(cache.get("A"));
  }

  /**
   * A set holds {@value WordCache#WAYS} forms: a form used again moves one way forward, so it survives
   * the next miss of its set, while the form in the last way is dropped.
   */
  @Test
  void testWordCacheKeepsRecentlyUsedFormOfASet() {
    WordCache cache = new WordCache(4); // one set of sixteen slots: every form meets in it
    List<WordForm> forms = new ArrayList<>();
    for (char c = 'a'; c < 'a' + WordCache.WAYS; c++) {
      WordForm f = WordForm.gazetteerOnly(String.valueOf(c), String.valueOf(c), GazetteerMatcher.Start.NONE);
      forms.add(f);
      cache.put(f); // a ends in the last way
    }
    WordForm a = forms.get(0);
    WordForm b = forms.get(1);
    assertSame(a, cache.get("a")); // a swaps with b: b is now last
    WordForm z = WordForm.gazetteerOnly("z", "z", GazetteerMatcher.Start.NONE);
    cache.put(z); // evicts b
    assertSame(a, cache.get("a"));
    assertSame(z, cache.get("z"));
    assertNull(cache.get("b"));
    assertSame(forms.get(2), cache.get("c"));
  }

  /**
   * Forms whose first set is full go to their second set once the first has taken more than
   * {@value WordCache#SPREAD} more new forms, so more forms than one set holds stay cached.
   */
  @Test
  void testWordCacheSpreadsFormsOverTheirSecondSet() {
    WordCache cache = new WordCache(5); // two sets of sixteen slots
    List<WordForm> forms = new ArrayList<>();
    for (int i = 0; forms.size() < WordCache.WAYS + 4; i++) {
      String w = "w" + i;
      if (cache.set(w.hashCode()) == 0 && cache.secondSet(w.hashCode()) == WordCache.WAYS) {
        WordForm f = WordForm.gazetteerOnly(w, w, GazetteerMatcher.Start.NONE);
        forms.add(f);
        cache.put(f);
      }
    }
    for (WordForm f : forms) {
      assertSame(f, cache.get(f.surface), f.surface);
    }
  }
}
