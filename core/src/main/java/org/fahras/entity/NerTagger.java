package org.fahras.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags sentences with BIO labels using a {@link NerModel}: left to right, each token's label is the
 * classifier's most probable label that keeps the BIO sequence valid ({@code I-X} only after {@code B-X}
 * or {@code I-X}). Scores are the raw sums of the OpenNLP model's weights ({@link LinearScorer}), added up
 * from precomputed per-word and per-tag sums ({@link TagScorer}). Within one document, the type each
 * word base was given is remembered and offered as a feature to later sentences. Thread-safe: all per-document state lives in the call.
 */
public final class NerTagger {
  private final NerModel model;
  private final String[] outcomes;
  private final LinearScorer scorer;
  private final TagScorer fast;

  /** @throws IllegalArgumentException if the model's classifier is not an OpenNLP linear model */
  public NerTagger(NerModel model) {
    this.model = model;
    int n = model.classifier().getNumOutcomes();
    this.outcomes = new String[n];
    for (int i = 0; i < n; i++) {
      outcomes[i] = model.classifier().getOutcome(i);
    }
    this.scorer = LinearScorer.of(model.classifier());
    this.fast = new TagScorer(scorer, outcomes);
  }

  /** @return the model */
  public NerModel model() {
    return model;
  }

  /**
   * Tags the sentences of one document.
   *
   * @param sentences tokens as written (no normalization needed)
   * @return one BIO tag array per sentence
   */
  public List<String[]> tagDocument(List<List<String>> sentences) {
    Map<String, String> memory = new HashMap<>();
    List<String[]> out = new ArrayList<>(sentences.size());
    List<NerFeatures.Sentence> prepared = new ArrayList<>(sentences.size());
    for (List<String> tokens : sentences) {
      NerFeatures.Sentence s = model.features().prepare(tokens);
      String[] tags = tag(s, memory);
      remember(s, tags, memory);
      prepared.add(s);
      out.add(tags);
    }
    propagate(prepared, out);
    return out;
  }

  /**
   * Document-level label consistency: a word sequence tagged as an entity somewhere in the document is
   * tagged the same wherever else it occurs untagged (bases compared, so clitic forms count). Sequences
   * of one frequent word that usually takes the article ({@link WordStatistics}) are left alone, so a
   * common noun tagged once by mistake does not spread.
   */
  void propagate(List<NerFeatures.Sentence> sentences, List<String[]> tags) {
    Map<String, String> typed = new HashMap<>();
    java.util.Set<String> firsts = new java.util.HashSet<>();
    int longest = 0;
    for (int k = 0; k < sentences.size(); k++) {
      NerFeatures.Sentence s = sentences.get(k);
      for (NerScores.Span span : NerScores.spans(tags.get(k))) {
        if (span.end() - span.start() == 1 && commonWord(s.base(span.start()))) {
          continue;
        }
        typed.putIfAbsent(key(s, span.start(), span.end()), span.type());
        firsts.add(s.base(span.start()));
        longest = Math.max(longest, span.end() - span.start());
      }
    }
    if (typed.isEmpty()) {
      return;
    }
    for (int k = 0; k < sentences.size(); k++) {
      NerFeatures.Sentence s = sentences.get(k);
      String[] t = tags.get(k);
      for (int i = 0; i < t.length; i++) {
        if (!t[i].equals("O") || !firsts.contains(s.base(i))) {
          continue;
        }
        for (int len = Math.min(longest, t.length - i); len >= 1; len--) {
          if (!allO(t, i, i + len) || (i + len < t.length && t[i + len].startsWith("I-"))) {
            continue;
          }
          String type = typed.get(key(s, i, i + len));
          if (type != null) {
            t[i] = "B-" + type;
            for (int j = i + 1; j < i + len; j++) {
              t[j] = "I-" + type;
            }
            i += len - 1;
            break;
          }
        }
      }
    }
  }

  private boolean commonWord(String base) {
    byte[] f = model.features().statistics().facts(base);
    return base.length() < 3 || (f != null && f[WordStatistics.ARTICLE] >= 3);
  }

  private static boolean allO(String[] t, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!t[j].equals("O")) {
        return false;
      }
    }
    return true;
  }

  private static String key(NerFeatures.Sentence s, int from, int to) {
    StringBuilder sb = new StringBuilder(s.base(from));
    for (int j = from + 1; j < to; j++) {
      sb.append(' ').append(s.base(j));
    }
    return sb.toString();
  }

  String[] tag(NerFeatures.Sentence s, Map<String, String> memory) {
    int n = s.size();
    String[] tags = new String[n];
    double[][][] words = new double[n][][];
    for (int i = 0; i < n; i++) {
      words[i] = fast.word(s.cached(i));
    }
    double[] scores = new double[outcomes.length];
    String p1 = "BOS";
    int t1 = fast.tagIndex(p1);
    int t2 = t1;
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(scores, 0);
      fast.score(s, i, words, t1, t2, memory.get(s.base(i)), scores);
      int best = -1;
      for (int k = 0; k < scores.length; k++) {
        if ((best < 0 || scores[k] > scores[best]) && valid(outcomes[k], p1)) {
          best = k;
        }
      }
      tags[i] = outcomes[best];
      p1 = tags[i];
      t2 = t1;
      t1 = best;
    }
    return tags;
  }

  /** @return the scores of every outcome for token i, from the plain feature strings (the reference path) */
  double[] referenceScores(NerFeatures.Sentence s, int i, String prev1, String prev2, String memoryType) {
    return scorer.sum(model.features().features(s, i, prev1, prev2, memoryType));
  }

  /** @return the scores of token i from the precomputed sums, as {@link #tag} computes them */
  double[] fastScores(NerFeatures.Sentence s, int i, String prev1, String prev2, String memoryType) {
    double[][][] words = new double[s.size()][][];
    for (int j = 0; j < s.size(); j++) {
      words[j] = fast.word(s.cached(j));
    }
    double[] out = new double[outcomes.length];
    fast.score(s, i, words, fast.tagIndex(prev1), fast.tagIndex(prev2), memoryType, out);
    return out;
  }

  static boolean valid(String tag, String prev) {
    if (tag.charAt(0) != 'I') {
      return true;
    }
    return prev.length() > 2 && prev.regionMatches(2, tag, 2, tag.length() - 2) && prev.length() == tag.length();
  }

  /** Records the type of every tagged token's base in the document memory. */
  static void remember(NerFeatures.Sentence s, String[] tags, Map<String, String> memory) {
    for (int i = 0; i < tags.length; i++) {
      if (!tags[i].equals("O") && s.base(i).length() >= 2) {
        memory.put(s.base(i), tags[i].substring(2));
      }
    }
  }
}
