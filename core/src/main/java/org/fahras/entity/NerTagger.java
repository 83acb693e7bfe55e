package org.fahras.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tags sentences with BIO labels using a {@link NerModel}: left to right, each token's label is the
 * classifier's most probable label that keeps the BIO sequence valid ({@code I-X} only after {@code B-X}
 * or {@code I-X}). Scores are the raw sums of the OpenNLP model's weights ({@link LinearScorer}), with
 * each word's context-free share computed once and cached. Within one document, the type each word base was given is remembered and offered as a
 * feature to later sentences. Thread-safe: all per-document state lives in the call.
 */
public final class NerTagger {
  private final NerModel model;
  private final String[] outcomes;
  private final LinearScorer scorer;
  private final ConcurrentHashMap<NerFeatures.WordFeatures, double[][]> wordScores = new ConcurrentHashMap<>();

  /** @throws IllegalArgumentException if the model's classifier is not an OpenNLP linear model */
  public NerTagger(NerModel model) {
    this.model = model;
    int n = model.classifier().getNumOutcomes();
    this.outcomes = new String[n];
    for (int i = 0; i < n; i++) {
      outcomes[i] = model.classifier().getOutcome(i);
    }
    this.scorer = LinearScorer.of(model.classifier());
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
    int longest = 0;
    for (int k = 0; k < sentences.size(); k++) {
      NerFeatures.Sentence s = sentences.get(k);
      for (NerScores.Span span : NerScores.spans(tags.get(k))) {
        if (span.end() - span.start() == 1 && commonWord(s.base(span.start()))) {
          continue;
        }
        typed.putIfAbsent(key(s, span.start(), span.end()), span.type());
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
        if (!t[i].equals("O")) {
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
    double[][][] roles = new double[n][][];
    for (int i = 0; i < n; i++) {
      roles[i] = roleScores(s.cached(i));
    }
    double[] probs = new double[outcomes.length];
    String p1 = "BOS";
    String p2 = "BOS";
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(probs, 0);
      for (int r = 0; r < NerFeatures.WordFeatures.ROLES; r++) {
        int j = i + NerFeatures.WordFeatures.OFFSET[r];
        if (j >= 0 && j < n) {
          double[] v = roles[j][r];
          for (int k = 0; k < probs.length; k++) {
            probs[k] += v[k];
          }
        }
      }
      scorer.add(model.features().contextFeatures(s, i, p1, p2, memory.get(s.base(i))), probs);
      int best = -1;
      for (int k = 0; k < probs.length; k++) {
        if ((best < 0 || probs[k] > probs[best]) && valid(outcomes[k], p1)) {
          best = k;
        }
      }
      tags[i] = outcomes[best];
      p2 = p1;
      p1 = tags[i];
    }
    return tags;
  }

  /** @return the summed weights of each role's features of a word, computed once per word */
  private double[][] roleScores(NerFeatures.WordFeatures w) {
    double[][] v = wordScores.get(w);
    if (v == null) {
      if (wordScores.size() >= NerFeatures.CACHE_LIMIT) {
        wordScores.clear();
      }
      v = new double[NerFeatures.WordFeatures.ROLES][];
      for (int r = 0; r < v.length; r++) {
        v[r] = scorer.sum(w.roles[r]);
      }
      wordScores.put(w, v);
    }
    return v;
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
