package org.fahras.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.corpus.CorpusLine;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.index.Article;
import org.fahras.search.AnalyzedTerms;

/**
 * The Arabic word types of a corpus and the terms an analyzer gives each, for reading what a
 * stemmer change does ({@code fahras stems}; run it on two checkouts and compare the files), and
 * the proclitic check: whether an article form ({@code الوقت}) and its forms with و, ب and لل
 * ({@code والوقت}, {@code بالوقت}, {@code للوقت}) get the same terms, as a light stemmer that
 * removes proclitics should give them.
 */
public final class StemVocabulary {

  /** A word type: its text as written (Arabic letters U+0621-U+064A only) and its count. */
  public record WordType(String word, int count) {}

  /**
   * An article form whose proclitic forms get other terms.
   *
   * @param count occurrences of the article form in the corpus
   * @param terms the terms of the article form, then of its و, ب and لل forms, each joined by {@code +}
   */
  public record Mismatch(String word, int count, List<String> terms) {}

  private static final Pattern ARABIC_WORD = Pattern.compile("[\\u0621-\\u064A][\\u0621-\\u065F\\u0670]*");

  private StemVocabulary() {}

  /**
   * Counts the word types of the titles and bodies of the first {@code maxArticles} valid articles
   * of a JSONL corpus; each invalid line is skipped and given to {@code badLines}.
   *
   * @return the types with at least {@code minCount} occurrences, most frequent first (ties by word)
   * @throws IOException if the file cannot be read
   */
  public static List<WordType> count(Path corpus, int maxArticles, int minCount,
      java.util.function.Consumer<org.fahras.corpus.CorpusError> badLines) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    int articles = 0;
    try (JsonlArticleReader reader = JsonlArticleReader.open(corpus)) {
      while (articles < maxArticles && reader.hasNext()) {
        CorpusLine line = reader.next();
        if (line instanceof CorpusLine.Valid valid) {
          Article a = valid.article();
          add(counts, a.title());
          add(counts, a.body());
          articles++;
        } else if (line instanceof CorpusLine.Invalid invalid) {
          badLines.accept(invalid.error());
        }
      }
    }
    return sorted(counts, minCount);
  }

  /** As {@link #count(Path, int, int)} over texts already in memory. */
  public static List<WordType> count(List<String> texts, int minCount) {
    Map<String, Integer> counts = new HashMap<>();
    texts.forEach(t -> add(counts, t));
    return sorted(counts, minCount);
  }

  private static void add(Map<String, Integer> counts, String text) {
    if (text == null) {
      return;
    }
    Matcher m = ARABIC_WORD.matcher(text);
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
  }

  private static List<WordType> sorted(Map<String, Integer> counts, int minCount) {
    List<WordType> out = new ArrayList<>();
    counts.forEach((w, c) -> {
      if (c >= minCount) {
        out.add(new WordType(w, c));
      }
    });
    out.sort(Comparator.comparingInt(WordType::count).reversed().thenComparing(WordType::word));
    return out;
  }

  /** The terms {@code analyzer} makes of one word, joined by {@code +} (empty when it drops the word). */
  public static String terms(Analyzer analyzer, String word) {
    return String.join("+", AnalyzedTerms.of(analyzer, "body", word));
  }

  /**
   * The article forms among {@code types} (ال and at least 3 more letters) whose و, ب or لل form
   * (ل + the article, its alef dropped: للوقت) gets other terms than the article form itself.
   *
   * @return the mismatches in the order of {@code types}
   */
  public static List<Mismatch> procliticMismatches(Analyzer analyzer, List<WordType> types) {
    List<Mismatch> out = new ArrayList<>();
    for (WordType t : types) {
      String w = t.word();
      if (!w.startsWith("ال") || w.length() < 5) {
        continue;
      }
      String article = terms(analyzer, w);
      List<String> all = List.of(article, terms(analyzer, "و" + w), terms(analyzer, "ب" + w),
          terms(analyzer, "لل" + w.substring(2)));
      if (all.stream().anyMatch(x -> !x.equals(article))) {
        out.add(new Mismatch(w, t.count(), all));
      }
    }
    return out;
  }
}
