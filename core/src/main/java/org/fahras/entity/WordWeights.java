package org.fahras.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * The summed classifier weights of one word's context-free features ({@link NerFeatures.WordFeatures}),
 * for each role the word plays (itself, the token before or after the one tagged, two before or after),
 * computed without building a feature string: the model's weights are filed once, at construction, by
 * feature family and value ({@code w=}, {@code s-1=}, {@code p2=}, the {@link WordStatistics} buckets...),
 * so a word costs one lookup per family on strings it already holds. The sums equal {@link LinearScorer#sum}
 * of {@link NerFeatures.WordFeatures#roles} (checked by {@code TestTagScorer}). Immutable, thread-safe.
 */
final class WordWeights {
  /** The word-keyed families, in the layout of {@link Lexical#weights}: one per role. */
  private static final String[] WORD_FAMILIES = {"w=", "w-1=", "w-2=", "w+1=", "w+2="};
  /** Fact positions: the word itself (all facts), the token before it, the token after it ({@link NerFeatures#NEIGHBOUR_FACTS}). */
  private static final String[] FACT_POS = {"", "-1", "+1"};
  private static final int[] FACT_ROLE = {WordForm.SELF, WordForm.PREV1, WordForm.NEXT1};

  /**
   * The model's weights keyed by one word: {@code w=}, {@code w-1=}, {@code w-2=}, {@code w+1=},
   * {@code w+2=} at indexes 0..4 of {@code weights}, then {@code t-1w=<tag>,<word>} at 5 + the tag index
   * (entries null where the model has none); the word bigrams {@code bg-=<previous>_<word>} by previous
   * word and {@code bg+=<word>_<next>} by next word (null when none). Shared, never modified.
   */
  record Lexical(double[][] weights, Bigrams bigramPrev, Bigrams bigramNext) {}

  /** Index in {@link Lexical#weights} of the first {@code t-1w=} entry. */
  static final int PREVIOUS_TAG = 5;

  private final NerFeatures features;
  /** Index in {@link Lexical#weights} of the {@code t-1w=O,} entry. */
  private final int afterO;
  private final int outcomes;
  private final int tags;
  private final double[] bias;
  /**
   * What the model and its word statistics key by one string: the weights of the string as a word
   * ({@link Lexical}), as a proclitic-stripped form ({@code s=}, {@code s-1=}, {@code s+1=}) and as a
   * base ({@code b=}), and the {@link WordStatistics.Entry} of the string as a base; each null when none.
   * Held in one object so that a word whose stripped form and base are the word itself (most words)
   * costs one map lookup for all of them.
   */
  record Keyed(Lexical lexical, double[][] stripped, double[] base, WordStatistics.Entry statistics) {}

  private final Map<String, Keyed> keyed = new HashMap<>();
  private final SpellingWeights spelling;
  private final Map<String, double[]> gazetteerTypes;
  /**
   * By {@link WordStatistics.Entry#context} index: the summed weights of {@code ctx=}, {@code lc=} and
   * {@code rc=} of that context value.
   */
  private final double[][] context;
  /** [position][fact][bucket + 1]: the weight of a fact bucket, {@code na} at index 0. */
  private final double[][][][] facts = new double[3][WordStatistics.FACTS][Byte.MAX_VALUE + 2][];
  private final double[][] unseen = new double[3][];

  /**
   * @param tagIndex index of every previous-tag value ({@link TagScorer}'s outcomes then {@code BOS})
   */
  WordWeights(LinearScorer scorer, NerFeatures features, Map<String, Integer> tagIndex) {
    this.features = features;
    this.afterO = PREVIOUS_TAG + tagIndex.get("O");
    this.outcomes = scorer.outcomes();
    this.tags = tagIndex.size();
    this.bias = scorer.sum(new String[] {"bias"});
    Map<String, double[][]> weights = new HashMap<>();
    for (int r = 0; r < WORD_FAMILIES.length; r++) {
      int role = r;
      scorer.withPrefix(WORD_FAMILIES[r]).forEach((w, v) -> weights.computeIfAbsent(w, k -> new double[PREVIOUS_TAG + tags][])[role] = v);
    }
    scorer.withPrefix("t-1w=").forEach((tagAndWord, v) -> {
      int comma = tagAndWord.indexOf(',');
      Integer tag = comma < 0 ? null : tagIndex.get(tagAndWord.substring(0, comma));
      if (tag != null) {
        weights.computeIfAbsent(tagAndWord.substring(comma + 1), k -> new double[PREVIOUS_TAG + tags][])[PREVIOUS_TAG + tag] = v;
      }
    });
    int outcomeO = tagIndex.get("O");
    Map<String, Map<String, double[]>> next = bigrams(scorer.withPrefix("bg+="), true);
    Map<String, Map<String, double[]>> prev = bigrams(scorer.withPrefix("bg-="), false);
    java.util.Set<String> words = new java.util.HashSet<>(weights.keySet());
    words.addAll(next.keySet());
    words.addAll(prev.keySet());
    Map<String, Lexical> byWord = new HashMap<>();
    for (String w : words) {
      byWord.put(w, new Lexical(weights.get(w), bigrams(prev.get(w), outcomeO), bigrams(next.get(w), outcomeO)));
    }
    Map<String, double[][]> byStripped = new HashMap<>();
    String[] strippedFamilies = {"s=", "s-1=", "s+1="};
    for (int r = 0; r < strippedFamilies.length; r++) {
      int role = r;
      scorer.withPrefix(strippedFamilies[r]).forEach((s, v) -> byStripped.computeIfAbsent(s, k -> new double[3][])[role] = v);
    }
    Map<String, double[]> base = scorer.withPrefix("b=");
    WordStatistics statistics = features.statistics();
    java.util.Set<String> keys = new java.util.HashSet<>(byWord.keySet());
    keys.addAll(byStripped.keySet());
    keys.addAll(base.keySet());
    keys.addAll(statistics.bases());
    for (String k : keys) {
      keyed.put(k, new Keyed(byWord.get(k), byStripped.get(k), base.get(k), statistics.entry(k)));
    }
    spelling = new SpellingWeights(scorer);
    gazetteerTypes = scorer.withPrefix("gt=");
    java.util.List<String> contexts = features.statistics().contextList();
    context = new double[contexts.size()][];
    for (int c = 0; c < context.length; c++) {
      String ctx = contexts.get(c);
      int bar = ctx.indexOf('|');
      context[c] = scorer.sum(new String[] {"ctx=" + ctx, "lc=" + ctx.substring(0, bar), "rc=" + ctx.substring(bar + 1)});
    }
    for (int p = 0; p < FACT_POS.length; p++) {
      unseen[p] = scorer.sum(new String[] {"f" + FACT_POS[p] + "=unseen"});
      for (int k = 0; k < WordStatistics.FACTS; k++) {
        String name = NerFeatures.FACT_NAMES[k] + FACT_POS[p] + "=";
        facts[p][k][0] = scorer.sum(new String[] {name + "na"});
        for (int b = 0; b <= Byte.MAX_VALUE; b++) {
          facts[p][k][b + 1] = scorer.sum(new String[] {name + b});
        }
      }
    }
  }

  /** @return the bigram weights of one word by neighbour, or null for none */
  private Bigrams bigrams(Map<String, double[]> byNeighbour, int o) {
    return byNeighbour == null ? null : new Bigrams(byNeighbour, outcomes, o);
  }

  /**
   * Splits each bigram {@code a_b} at every underscore (words may hold one) and files its weights under
   * the word it belongs to; a lookup then needs both words to match exactly, so extra splits never match.
   */
  private static Map<String, Map<String, double[]>> bigrams(Map<String, double[]> bigrams, boolean firstIsKey) {
    Map<String, Map<String, double[]>> by = new HashMap<>();
    for (Map.Entry<String, double[]> e : bigrams.entrySet()) {
      String ab = e.getKey();
      for (int u = ab.indexOf('_'); u >= 0; u = ab.indexOf('_', u + 1)) {
        String a = ab.substring(0, u);
        String b = ab.substring(u + 1);
        by.computeIfAbsent(firstIsKey ? a : b, k -> new HashMap<>()).put(firstIsKey ? b : a, e.getValue());
      }
    }
    return by;
  }

  /**
   * @param w a word normalized by {@link TaggerNormalizer}
   * @param stripped {@link Proclitics#strip} of {@code w} ({@code w} itself when nothing is stripped)
   * @param folded {@link EntityNormalizer#normalize} of {@code w}
   * @param ofWord {@link #keyed} of {@code w}
   * @param ofStripped {@link #keyed} of {@code stripped}
   * @param ofBase {@link #keyed} of {@link WordStatistics#base} of {@code w}
   * @return the summed weights of its {@link WordForm#DENSE_ROLES} dense roles (the word itself, the
   *     token one and two before and after the one tagged), role r at {@code [r * outcomes, (r + 1) *
   *     outcomes)}; the roles two before and after and after an {@code O} are copies of single {@link Lexical}
   *     weights ({@code w-2=}, {@code w+2=}, {@code t-1w=O,}), kept here so that tagging reads one array
   *     per word (zero when the model has none)
   */
  double[] roles(String w, String stripped, String folded, Keyed ofWord, Keyed ofStripped, Keyed ofBase) {
    Lexical lexical = ofWord.lexical();
    double[] out = new double[WordForm.DENSE_ROLES * outcomes];
    add(bias, out, 0);
    if (lexical != null && lexical.weights() != null) {
      add(lexical.weights()[0], out, WordForm.SELF);
      add(lexical.weights()[1], out, WordForm.PREV1);
      add(lexical.weights()[3], out, WordForm.NEXT1);
      add(lexical.weights()[2], out, WordForm.PREV2);
      add(lexical.weights()[4], out, WordForm.NEXT2);
      add(lexical.weights()[afterO], out, WordForm.AFTER_O);
    }
    double[][] strippedWeights = ofStripped.stripped();
    if (strippedWeights != null) {
      add(strippedWeights[0], out, WordForm.SELF);
      add(strippedWeights[1], out, WordForm.PREV1);
      add(strippedWeights[2], out, WordForm.NEXT1);
    }
    add(ofBase.base(), out, 0);
    spelling.addTo(w, stripped, out);
    String types = features.tokenTypes(stripped == w ? folded : EntityNormalizer.normalize(stripped));
    if (types != null) {
      add(gazetteerTypes.get(types), out, 0);
    }
    WordStatistics.Entry known = ofBase.statistics();
    byte[] b = known == null ? null : known.facts();
    for (int p = 0; p < FACT_POS.length; p++) {
      if (b == null) {
        add(unseen[p], out, FACT_ROLE[p]);
        continue;
      }
      for (int k = 0; k < WordStatistics.FACTS; k++) {
        if (p > 0 && !NerFeatures.NEIGHBOUR_FACTS[k]) {
          continue;
        }
        add(facts[p][k][b[k] == WordStatistics.UNKNOWN ? 0 : b[k] + 1], out, FACT_ROLE[p]);
      }
    }
    if (known != null && known.context() >= 0) {
      add(context[known.context()], out, 0);
    }
    return out;
  }

  private static final Keyed NONE = new Keyed(null, null, null, null);

  /** @return what the model and its statistics key by {@code s} (all fields null when nothing) */
  Keyed keyed(String s) {
    Keyed k = keyed.get(s);
    return k == null ? NONE : k;
  }

  private void add(double[] v, double[] out, int role) {
    if (v == null) {
      return;
    }
    int at = role * outcomes;
    for (int k = 0; k < outcomes; k++) {
      out[at + k] += v[k];
    }
  }
}
