package org.fahras.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.search.AnalyzedTerms;

/**
 * How well an analyzer's terms group the inflected forms of one lemma, measured on a Universal
 * Dependencies treebank: over the content words (UPOS NOUN, PROPN, VERB, ADJ, ADV), pairwise
 * precision, recall and F1 of "same term" against "same lemma" (the clustering measure of
 * Manning, Raghavan and Schütze, "Introduction to Information Retrieval", 2008, §16.3, as used to
 * compare stemmers). Pairs are counted over word types: each distinct (form, lemma) pair once, so
 * frequent function-like words do not swamp the score. A word the analyzer gives no term (a
 * stopword Lucene removes) is a cluster of its own.
 *
 * <p>Two file layouts (tab-separated, header first), told apart by the header:
 *
 * <ul>
 *   <li>PUD words ({@code sent_id, surface_word, syntactic_tokens, lemmas, lemmas_undiacritized,
 *       upos}): the surface word as written, clitics included; its lemma is that of its first
 *       content-word segment;
 *   <li>PADT segments ({@code sent_id, form_vocalized, form_undiacritized, lemma_vocalized,
 *       lemma_undiacritized, upos, root, orig_doc}): one clitic-free segment a row, undiacritized.
 * </ul>
 */
public final class ConflationEvaluation {

  private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV");
  private static final String PUD_HEADER = "sent_id\tsurface_word";
  private static final String PADT_HEADER = "sent_id\tform_vocalized";

  /** A content word and its gold lemma. */
  public record Word(String form, String lemma) {}

  private ConflationEvaluation() {}

  /**
   * Reads the content words of a UD lemma file: each distinct (form, lemma) pair once, in file order.
   *
   * @throws IOException if the file cannot be read, its header is neither layout, or a row is
   *     short (message: file and line)
   */
  public static List<Word> read(Path file) throws IOException {
    Set<Word> words = new LinkedHashSet<>();
    TsvFile tsv = TsvFile.read(file, 6, h -> h.startsWith(PUD_HEADER) || h.startsWith(PADT_HEADER),
        "header is neither the PUD words layout (sent_id, surface_word, ...) nor the PADT layout"
            + " (sent_id, form_vocalized, ...)");
    if (tsv.header() == null) {
      throw new IOException(file + ": empty file, expected a PUD words or PADT header line");
    }
    boolean pud = tsv.header().startsWith(PUD_HEADER);
    for (TsvFile.Row row : tsv.rows()) {
      String[] cols = row.columns();
      if (pud) {
        String[] tags = cols[5].split(" ");
        String[] lemmas = cols[4].split(" ");
        for (int i = 0; i < tags.length; i++) {
          if (CONTENT.contains(tags[i]) && i < lemmas.length) {
            words.add(new Word(cols[1], lemmas[i]));
            break;
          }
        }
      } else if (CONTENT.contains(cols[5])) {
        words.add(new Word(cols[2], cols[4]));
      }
    }
    return new ArrayList<>(words);
  }

  /** Scores an analyzer: each word's term is the first term the analyzer gives it. */
  public static ConflationScores score(String label, Analyzer analyzer, List<Word> words) {
    Map<String, Integer> byTerm = new HashMap<>();
    Map<String, Integer> byLemma = new HashMap<>();
    Map<String, Integer> byBoth = new HashMap<>();
    Map<String, String> termOf = new HashMap<>();
    int singleton = 0;
    for (Word word : words) {
      String term = termOf.get(word.form());
      if (term == null) {
        term = firstTerm(analyzer, word.form());
        termOf.put(word.form(), term);
      }
      if (term.isEmpty()) {
        term = "\u0000" + singleton++; // no term: a cluster of its own
      }
      byTerm.merge(term, 1, Integer::sum);
      byLemma.merge(word.lemma(), 1, Integer::sum);
      byBoth.merge(term + '\t' + word.lemma(), 1, Integer::sum);
    }
    double predicted = pairs(byTerm);
    double gold = pairs(byLemma);
    double both = pairs(byBoth);
    double precision = predicted == 0 ? 0 : both / predicted;
    double recall = gold == 0 ? 0 : both / gold;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new ConflationScores(label, words.size(), precision, recall, f1);
  }

  private static double pairs(Map<String, Integer> clusters) {
    double sum = 0;
    for (int n : clusters.values()) {
      sum += (double) n * (n - 1) / 2;
    }
    return sum;
  }

  private static String firstTerm(Analyzer analyzer, String text) {
    List<String> terms = AnalyzedTerms.of(analyzer, "body", text);
    return terms.isEmpty() ? "" : terms.get(0);
  }
}
