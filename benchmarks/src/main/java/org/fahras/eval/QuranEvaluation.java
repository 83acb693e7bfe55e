package org.fahras.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.search.AnalyzedTerms;

/**
 * Does an analyzer make a fully diacritized Qur'an text (Uthmani script, with its small letters,
 * wasla and Quranic marks) meet the plain undiacritized text of the same verses (Tanzil
 * simple-clean)? Per verse, the two texts are analyzed and their term multisets compared:
 * F1 = 2 |A ∩ B| / (|A| + |B|), multiset intersection; the score is the mean over verses.
 *
 * <p>Input: a tab-separated file with header {@code verse_id, uthmani_diacritized,
 * tanzil_simple_clean}, one verse a line, its id {@code chapter:verse} (the layout of
 * {@code quran_uthmani_vs_simpleclean.tsv} in the shared data).
 */
public final class QuranEvaluation {

  /** One verse in both spellings. */
  public record Verse(String id, String uthmani, String plain) {}

  private QuranEvaluation() {}

  /** The header line, tab-separated. */
  static final String HEADER = "verse_id\tuthmani_diacritized\ttanzil_simple_clean";
  private static final String EXPECTED_HEADER =
      "expected the header verse_id<TAB>uthmani_diacritized<TAB>tanzil_simple_clean (the Qur'an verses file)";
  private static final Pattern VERSE_ID = Pattern.compile("\\d+:\\d+");

  /**
   * Reads the verses, checking the layout first, so that another tab-separated file is refused
   * instead of scored.
   *
   * @throws IOException if the file cannot be read, or does not have the layout: its header is not
   *     {@link #HEADER}, a row has other than 3 columns or a verse id that is not {@code
   *     chapter:verse}, or no verse follows the header (message: {@code file:line: expected ...})
   */
  public static List<Verse> read(Path file) throws IOException {
    TsvFile tsv = TsvFile.read(file, 3, HEADER::equals, EXPECTED_HEADER);
    if (tsv.header() == null) {
      throw new IOException(file + ":1: " + EXPECTED_HEADER + ", found an empty file");
    }
    List<Verse> verses = new ArrayList<>();
    for (TsvFile.Row row : tsv.rows()) {
      String[] cols = row.columns();
      if (cols.length != 3) {
        throw new IOException(file + ":" + row.line() + ": expected 3 tab-separated columns (verse_id,"
            + " uthmani_diacritized, tanzil_simple_clean), got " + cols.length);
      }
      if (!VERSE_ID.matcher(cols[0]).matches()) {
        throw new IOException(file + ":" + row.line() + ": expected a verse id chapter:verse (such as 2:255),"
            + " got '" + cols[0] + "'");
      }
      verses.add(new Verse(cols[0], cols[1], cols[2]));
    }
    if (verses.isEmpty()) {
      throw new IOException(file + ":2: expected verses after the header, found none");
    }
    return verses;
  }

  /** Scores an analyzer: per verse, the F1 of the Uthmani text's term bag against the plain text's. */
  public static QuranScores score(String label, Analyzer analyzer, List<Verse> verses) {
    double sum = 0;
    int exact = 0;
    for (Verse verse : verses) {
      Map<String, Integer> a = bag(analyzer, verse.uthmani());
      Map<String, Integer> b = bag(analyzer, verse.plain());
      int sizeA = a.values().stream().mapToInt(Integer::intValue).sum();
      int sizeB = b.values().stream().mapToInt(Integer::intValue).sum();
      int common = 0;
      for (Map.Entry<String, Integer> term : a.entrySet()) {
        common += Math.min(term.getValue(), b.getOrDefault(term.getKey(), 0));
      }
      double f1 = sizeA + sizeB == 0 ? 1 : 2.0 * common / (sizeA + sizeB);
      sum += f1;
      if (a.equals(b)) {
        exact++;
      }
    }
    int n = Math.max(1, verses.size());
    return new QuranScores(label, verses.size(), sum / n, (double) exact / n);
  }

  private static Map<String, Integer> bag(Analyzer analyzer, String text) {
    Map<String, Integer> bag = new HashMap<>();
    for (String term : AnalyzedTerms.of(analyzer, "body", text)) {
      bag.merge(term, 1, Integer::sum);
    }
    return bag;
  }
}
