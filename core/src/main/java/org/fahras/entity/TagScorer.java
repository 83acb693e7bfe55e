package org.fahras.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * The tagger's scoring of one token, equal to {@link LinearScorer#sum} of
 * {@link NerFeatures#features} but computed from precomputed weight sums: for each word and each role
 * it plays (itself, a neighbour) and for each previous tag; for the previous-tag, gazetteer-tag,
 * sentence-boundary and document-memory features; the word bigrams are filed by word, so a token costs
 * two small-map lookups on strings whose hash is already cached.
 * Immutable after construction except for the thread-safe per-word cache.
 */
final class TagScorer {
  private static final String[] GAZ_TAGS = {"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG",
      "B-MISC", "I-MISC", "BOS", "EOS"};
  private static final String[] TYPES = {"PERS", "LOC", "ORG", "MISC"};

  private final LinearScorer scorer;
  private final int outcomes;
  private final Map<String, Integer> tagIndex = new HashMap<>();
  private final String[] tags;
  private final Map<String, Integer> gazIndex = new HashMap<>();
  private final Map<String, Integer> typeIndex = new HashMap<>();
  private final double[][] prev1;
  private final double[][][] prev2;
  private final double[][][] gaz;
  private final double[] start1;
  private final double[] start2;
  private final double[] end1;
  private final double[] end2;
  private final double[] memoryNone;
  private final double[][] memory;
  private final double[][][] memoryTag;
  /** Bigram weights: for a word, the weights of {@code bg+=<word>_<next>} by next word. */
  private final Map<String, Map<String, double[]>> bigramNext = new HashMap<>();
  /** For a word, the weights of {@code bg-=<previous>_<word>} by previous word. */
  private final Map<String, Map<String, double[]>> bigramPrev = new HashMap<>();
  private final java.util.concurrent.ConcurrentHashMap<NerFeatures.WordFeatures, double[][]> words =
      new java.util.concurrent.ConcurrentHashMap<>();

  TagScorer(LinearScorer scorer, String[] outcomeNames) {
    this.scorer = scorer;
    this.outcomes = scorer.outcomes();
    tags = new String[outcomeNames.length + 1];
    System.arraycopy(outcomeNames, 0, tags, 0, outcomeNames.length);
    tags[outcomeNames.length] = "BOS";
    for (int i = 0; i < tags.length; i++) {
      tagIndex.put(tags[i], i);
    }
    prev1 = new double[tags.length][];
    prev2 = new double[tags.length][tags.length][];
    for (int a = 0; a < tags.length; a++) {
      prev1[a] = sum("t-1=" + tags[a]);
      for (int b = 0; b < tags.length; b++) {
        prev2[b][a] = sum("t-2=" + tags[b] + "," + tags[a]);
      }
    }
    String[] gazPrefix = {"g=", "g-1=", "g+1="};
    gaz = new double[3][GAZ_TAGS.length][];
    for (int g = 0; g < GAZ_TAGS.length; g++) {
      gazIndex.put(GAZ_TAGS[g], g);
      for (int p = 0; p < 3; p++) {
        gaz[p][g] = sum(gazPrefix[p] + GAZ_TAGS[g]);
      }
    }
    start1 = sum("w-1=BOS", "s-1=BOS", "sh-1=BOS");
    start2 = sum("w-2=BOS");
    end1 = sum("w+1=EOS", "s+1=EOS", "sh+1=EOS");
    end2 = sum("w+2=EOS");
    memoryNone = sum("m=none");
    index(scorer.withPrefix("bg+="), bigramNext, true);
    index(scorer.withPrefix("bg-="), bigramPrev, false);
    memory = new double[TYPES.length][];
    memoryTag = new double[TYPES.length][tags.length][];
    for (int t = 0; t < TYPES.length; t++) {
      typeIndex.put(TYPES[t], t);
      memory[t] = sum("m=" + TYPES[t]);
      for (int a = 0; a < tags.length; a++) {
        memoryTag[t][a] = sum("mt=" + TYPES[t] + "," + tags[a]);
      }
    }
  }

  /**
   * Splits each bigram {@code a_b} at every underscore (words may hold one) and files its weights under
   * the word it belongs to; a lookup then needs both words to match exactly, so extra splits never match.
   */
  private static void index(Map<String, double[]> bigrams, Map<String, Map<String, double[]>> by, boolean firstIsKey) {
    for (Map.Entry<String, double[]> e : bigrams.entrySet()) {
      String ab = e.getKey();
      for (int u = ab.indexOf('_'); u >= 0; u = ab.indexOf('_', u + 1)) {
        String a = ab.substring(0, u);
        String b = ab.substring(u + 1);
        String key = firstIsKey ? a : b;
        String other = firstIsKey ? b : a;
        by.computeIfAbsent(key, k -> new HashMap<>()).put(other, e.getValue());
      }
    }
  }

  private double[] sum(String... features) {
    return scorer.sum(features);
  }

  /** @return the index of a tag (an outcome name or "BOS") */
  int tagIndex(String tag) {
    return tagIndex.get(tag);
  }

  /**
   * @return per word: its five role sums ({@link NerFeatures.WordFeatures#roles}), then for each previous
   *     tag index the weight of {@code t-1w=<tag>,<word>}; computed once per word
   */
  double[][] word(NerFeatures.WordFeatures w) {
    double[][] v = words.get(w);
    if (v == null) {
      if (words.size() >= NerFeatures.CACHE_LIMIT) {
        words.clear();
      }
      v = new double[NerFeatures.WordFeatures.ROLES + tags.length][];
      for (int r = 0; r < NerFeatures.WordFeatures.ROLES; r++) {
        v[r] = scorer.sum(w.roles[r]);
      }
      for (int a = 0; a < tags.length; a++) {
        v[NerFeatures.WordFeatures.ROLES + a] = sum("t-1w=" + tags[a] + "," + w.word);
      }
      words.put(w, v);
    }
    return v;
  }

  /**
   * Adds the scores of token i to {@code out} (which the caller zeroes).
   *
   * @param words {@link #word} of every token of the sentence
   * @param t1 index of the previous tag, t2 of the one before
   * @param memoryType document memory of the token's base (PERS, LOC, ORG, MISC) or null
   */
  void score(NerFeatures.Sentence s, int i, double[][][] words, int t1, int t2, String memoryType, double[] out) {
    int n = s.size();
    for (int r = 0; r < NerFeatures.WordFeatures.ROLES; r++) {
      int j = i + NerFeatures.WordFeatures.OFFSET[r];
      if (j >= 0 && j < n) {
        add(words[j][r], out);
      }
    }
    if (i == 0) {
      add(start1, out);
    }
    if (i <= 1) {
      add(start2, out);
    }
    if (i + 1 >= n) {
      add(end1, out);
    }
    if (i + 2 >= n) {
      add(end2, out);
    }
    add(words[i][NerFeatures.WordFeatures.ROLES + t1], out);
    add(prev1[t1], out);
    add(prev2[t2][t1], out);
    add(gaz[0][gazIndex.get(s.gazTags[i])], out);
    add(gaz[1][gazIndex.get(i > 0 ? s.gazTags[i - 1] : "BOS")], out);
    add(gaz[2][gazIndex.get(i + 1 < n ? s.gazTags[i + 1] : "EOS")], out);
    if (memoryType == null) {
      add(memoryNone, out);
    } else {
      int m = typeIndex.get(memoryType);
      add(memory[m], out);
      add(memoryTag[m][t1], out);
    }
    String w = s.words[i];
    Map<String, double[]> prev = bigramPrev.get(w);
    if (prev != null) {
      double[] v = prev.get(i > 0 ? s.words[i - 1] : "BOS");
      if (v != null) {
        add(v, out);
      }
    }
    Map<String, double[]> next = bigramNext.get(w);
    if (next != null) {
      double[] v = next.get(i + 1 < n ? s.words[i + 1] : "EOS");
      if (v != null) {
        add(v, out);
      }
    }
  }

  private void add(double[] v, double[] out) {
    for (int k = 0; k < outcomes; k++) {
      out[k] += v[k];
    }
  }
}
