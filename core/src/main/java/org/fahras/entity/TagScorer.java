package org.fahras.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tagger's scoring of one token, equal to {@link LinearScorer#sum} of
 * {@link NerFeatures#features} but computed from precomputed weight sums: for each word and each role
 * it plays (itself, a neighbour, {@link WordWeights}) and for each previous tag; for the previous-tag,
 * gazetteer-tag, sentence-boundary and document-memory features; the word bigrams are filed by word.
 * A token costs one lookup of its surface form in the word cache, then array additions of
 * {@link #outcomes} doubles; a word missing from the cache costs one to three lookups in the model's
 * table of words ({@link WordWeights}), a few probes of its spelling table ({@link SpellingWeights}), a
 * filter bit or a lookup per gazetteer candidate ({@link StringFilter}), and no feature string. Immutable after construction except for the thread-safe per-word cache.
 */
final class TagScorer {
  private static final String[] GAZ_TAGS = {"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG",
      "B-MISC", "I-MISC", "BOS", "EOS"};
  private static final String[] TYPES = {"PERS", "LOC", "ORG", "MISC"};
  private static final int BOS = 9, EOS = 10;
  /** {@link String#hashCode} of the neighbour words {@code BOS} and {@code EOS} of the bigram features. */
  private static final int BOS_HASH = "BOS".hashCode(), EOS_HASH = "EOS".hashCode();

  private final LinearScorer scorer;
  private final int outcomes;
  /** Tag index of {@code O}. */
  private final int outcomeO;
  private final Map<String, Integer> tagIndex = new HashMap<>();
  private final String[] tags;
  private final Map<String, Integer> gazIndex = new HashMap<>();
  private final Map<String, Integer> typeIndex = new HashMap<>();
  /** Index into {@link #GAZ_TAGS} of {@code B-<type>} and {@code I-<type>}, by {@link EntityType#ordinal}. */
  private final int[] begin = new int[EntityType.values().length];
  private final int[] inside = new int[EntityType.values().length];
  /** [t2][t1]: the weights of {@code t-1=<t1>} plus {@code t-2=<t2>,<t1>}. */
  private final double[][][] previous;
  /** [gazetteer tag of the token][of the token before][of the token after]: {@code g=}, {@code g-1=} and {@code g+1=}. */
  private final double[][][][] gaz;
  private final double[] start1;
  private final double[] start2;
  private final double[] end1;
  private final double[] end2;
  /** [memory type index + 1][t1]: {@code m=none}, or {@code m=<type>} plus {@code mt=<type>,<t1>}. */
  private final double[][][] memory;
  private final NerFeatures features;
  private final WordWeights weights;
  /**
   * How far {@link #surelyO}'s lower bound must exceed zero: a bound on the rounding error of the sums
   * it stands for. {@link #score} adds at most 11 precomputed vectors, the bound as many margins (one
   * subtraction each); every partial sum is a sum of the token's feature weights, so at most a small
   * multiple of the model's {@link LinearScorer#l1Norm} L1 in magnitude, and each operation errs by at
   * most {@code 2^-53} of that: {@code 2^-40 L1} covers thousands of such errors, where there are
   * about twenty-five.
   */
  private final double epsilon;
  /**
   * The outcomes that may follow {@code O} or BOS (the {@code B-} tags and {@code O}), one bit each: after
   * those, greedy decoding compares {@code O} with these only, so the margins that serve only there
   * ({@link WordForm#marginAfterO}, {@link #tagMargin} after {@code O} and BOS) are taken over them.
   */
  private final long afterOutside;
  /**
   * [t2][t1][memory type index + 1]: {@link WordForm#margin} of {@code previous[t2][t1]} plus
   * {@code memory[m][t1]}, the two vectors added; over the tags that may follow {@code t1}
   * ({@link #afterOutside}) when {@code t1} is {@code O} or BOS, over every tag otherwise.
   */
  private final double[][][] tagMargin;
  /** {@link WordForm#margin} of each {@link #gaz} vector. */
  private final double[][][] gazMargin;
  private final double start1Margin, start2Margin, end1Margin, end2Margin;
  /** For {@link NerTagger#tagDocument} callers; an {@link EntityRecognizer} caches its own ({@link SurfaceForms}). */
  private final WordCache words = new WordCache(SurfaceForms.CACHE_BITS);

  TagScorer(LinearScorer scorer, String[] outcomeNames, NerFeatures features) {
    this.scorer = scorer;
    this.features = features;
    this.outcomes = scorer.outcomes();
    tags = new String[outcomeNames.length + 1];
    System.arraycopy(outcomeNames, 0, tags, 0, outcomeNames.length);
    tags[outcomeNames.length] = "BOS";
    for (int i = 0; i < tags.length; i++) {
      tagIndex.put(tags[i], i);
    }
    outcomeO = tagIndex.get("O");
    previous = new double[tags.length][tags.length][];
    for (int a = 0; a < tags.length; a++) {
      for (int b = 0; b < tags.length; b++) {
        previous[b][a] = sum("t-1=" + tags[a], "t-2=" + tags[b] + "," + tags[a]);
      }
    }
    gaz = new double[GAZ_TAGS.length][GAZ_TAGS.length][GAZ_TAGS.length][];
    for (int g = 0; g < GAZ_TAGS.length; g++) {
      gazIndex.put(GAZ_TAGS[g], g);
      for (int before = 0; before < GAZ_TAGS.length; before++) {
        for (int after = 0; after < GAZ_TAGS.length; after++) {
          gaz[g][before][after] = sum("g=" + GAZ_TAGS[g], "g-1=" + GAZ_TAGS[before], "g+1=" + GAZ_TAGS[after]);
        }
      }
    }
    start1 = sum("w-1=BOS", "s-1=BOS", "sh-1=BOS");
    start2 = sum("w-2=BOS");
    end1 = sum("w+1=EOS", "s+1=EOS", "sh+1=EOS");
    end2 = sum("w+2=EOS");
    memory = new double[TYPES.length + 1][tags.length][];
    double[] none = sum("m=none");
    java.util.Arrays.fill(memory[0], none);
    for (int t = 0; t < TYPES.length; t++) {
      typeIndex.put(TYPES[t], t);
      for (int a = 0; a < tags.length; a++) {
        memory[t + 1][a] = sum("m=" + TYPES[t], "mt=" + TYPES[t] + "," + tags[a]);
      }
    }
    weights = new WordWeights(scorer, features, tagIndex);
    epsilon = Math.scalb(scorer.l1Norm(), -40);
    if (outcomes > Long.SIZE) {
      throw new IllegalArgumentException("at most " + Long.SIZE + " outcomes, the model has " + outcomes);
    }
    long valid = 0;
    for (int k = 0; k < outcomes; k++) {
      valid |= NerTagger.valid(outcomeNames[k], "O") ? 1L << k : 0;
    }
    afterOutside = valid;
    tagMargin = new double[tags.length][tags.length][TYPES.length + 1];
    for (int t2 = 0; t2 < tags.length; t2++) {
      for (int t1 = 0; t1 < tags.length; t1++) {
        for (int m = 0; m <= TYPES.length; m++) {
          double[] v = new double[2 * outcomes];
          System.arraycopy(previous[t2][t1], 0, v, 0, outcomes);
          System.arraycopy(memory[m][t1], 0, v, outcomes, outcomes);
          boolean outside = t1 == outcomeO || t1 == outcomes; // O or BOS
          tagMargin[t2][t1][m] = WordForm.margin(v, 0, outcomes, outcomes, outcomeO, outside ? afterOutside : -1L);
        }
      }
    }
    gazMargin = new double[GAZ_TAGS.length][GAZ_TAGS.length][GAZ_TAGS.length];
    for (int g = 0; g < GAZ_TAGS.length; g++) {
      for (int before = 0; before < GAZ_TAGS.length; before++) {
        for (int after = 0; after < GAZ_TAGS.length; after++) {
          gazMargin[g][before][after] = margin(gaz[g][before][after], -1);
        }
      }
    }
    start1Margin = margin(start1, -1);
    start2Margin = margin(start2, -1);
    end1Margin = margin(end1, -1);
    end2Margin = margin(end2, -1);
    for (EntityType t : EntityType.values()) {
      begin[t.ordinal()] = gazIndex.get("B-" + t.conllTag());
      inside[t.ordinal()] = gazIndex.get("I-" + t.conllTag());
    }
  }

  /** @return {@link WordForm#margin} of {@code v[0, outcomes)}, plus {@code v[plus, plus + outcomes)} unless -1 */
  private double margin(double[] v, int plus) {
    return WordForm.margin(v, 0, plus, outcomes, outcomeO);
  }

  private double[] sum(String... features) {
    return scorer.sum(features);
  }

  /** @return the index of a tag (an outcome name or "BOS") */
  int tagIndex(String tag) {
    return tagIndex.get(tag);
  }

  /** A sentence ready for {@link #score}: its words and the feature gazetteer's tag of each token. */
  static final class Sentence {
    final WordForm[] words;
    /** Index into {@link #GAZ_TAGS} per token. */
    final int[] gazetteer;

    Sentence(WordForm[] words, int[] gazetteer) {
      this.words = words;
      this.gazetteer = gazetteer;
    }

    int size() {
      return words.length;
    }

    /** @return the base of token i, the document memory key */
    String base(int i) {
      return words[i].base;
    }
  }

  /** Looks up (or computes) every token's {@link WordForm} and runs the feature gazetteer. */
  Sentence prepare(List<String> tokens) {
    WordForm[] ws = new WordForm[tokens.size()];
    for (int i = 0; i < ws.length; i++) {
      ws[i] = word(tokens.get(i));
    }
    return prepare(ws);
  }

  /** Runs the feature gazetteer over a sentence's words. */
  Sentence prepare(WordForm[] ws) {
    int n = ws.length;
    String[] folded = new String[n];
    GazetteerMatcher.Start[] starts = new GazetteerMatcher.Start[n];
    for (int i = 0; i < n; i++) {
      folded[i] = ws[i].folded;
      starts[i] = ws[i].featureStart;
    }
    return prepare(ws, features.gazetteerMatches(folded, starts), 0);
  }

  /**
   * A sentence whose feature gazetteer matches the caller already has: {@code matches} are what
   * {@link NerFeatures#gazetteerMatches} finds in {@code ws}, with token indexes counted from
   * {@code offset} ({@code ws[0]} is token {@code offset}).
   */
  Sentence prepare(WordForm[] ws, List<GazetteerMatcher.Match> matches, int offset) {
    int[] gazetteer = new int[ws.length];
    for (GazetteerMatcher.Match m : matches) {
      EntityType type = m.entity().type();
      int first = m.firstToken() - offset;
      gazetteer[first] = begin[type.ordinal()];
      for (int k = first + 1; k < m.endToken() - offset; k++) {
        gazetteer[k] = inside[type.ordinal()];
      }
    }
    return new Sentence(ws, gazetteer);
  }

  /** @return the cached form of a token as written, computed on first use */
  WordForm word(String surface) {
    WordForm v = words.get(surface);
    if (v == null) {
      v = compute(surface, null);
      words.put(v);
    }
    return v;
  }

  /**
   * @param recognizer the matcher whose {@link WordForm#start} to compute, or null to take the feature
   *     gazetteer's
   * @return the form of a token as written, computed (not cached; for callers with their own cache)
   */
  WordForm compute(String surface, GazetteerMatcher recognizer) {
    String w = TaggerNormalizer.normalize(surface);
    String stripped = Proclitics.strip(w);
    String base = WordStatistics.baseOfStripped(stripped);
    String folded = EntityNormalizer.normalize(w);
    WordWeights.Keyed ofWord = weights.keyed(w);
    WordWeights.Keyed ofStripped = stripped.equals(w) ? ofWord : weights.keyed(stripped);
    WordWeights.Keyed ofBase = base.equals(stripped) ? ofStripped : weights.keyed(base);
    GazetteerMatcher.Start featureStart = features.gazetteerStart(folded);
    return new WordForm(surface, w, base, folded, recognizer == null ? featureStart : recognizer.startOf(folded), featureStart,
        weights.roles(w, stripped, folded, ofWord, ofStripped, ofBase), ofWord.lexical(), outcomeO, afterOutside,
        commonBase(base, ofBase.statistics()));
  }

  /** @return {@link WordForm#commonBase} of a base whose statistics are {@code known} (null: none) */
  private static boolean commonBase(String base, WordStatistics.Entry known) {
    if (base.length() < 3) {
      return true;
    }
    byte[] f = known == null ? null : known.facts();
    return f != null && f[WordStatistics.ARTICLE] >= 3;
  }

  /**
   * Adds the scores of token i to {@code out} (which the caller zeroes).
   *
   * @param t1 index of the previous tag, t2 of the one before
   * @param memoryType document memory of the token's base: index into PERS, LOC, ORG, MISC, or -1
   */
  void score(Sentence s, int i, int t1, int t2, int memoryType, double[] out) {
    int n = s.size();
    WordForm[] ws = s.words;
    WordForm w = ws[i];
    addRole(w.roles, WordForm.SELF, out);
    if (i > 0) {
      addRole(ws[i - 1].roles, WordForm.PREV1, out);
    } else {
      add(start1, out);
    }
    if (i > 1) {
      addRole(ws[i - 2].roles, WordForm.PREV2, out); // w-2=
    } else {
      add(start2, out);
    }
    if (i + 1 < n) {
      addRole(ws[i + 1].roles, WordForm.NEXT1, out);
    } else {
      add(end1, out);
    }
    if (i + 2 < n) {
      addRole(ws[i + 2].roles, WordForm.NEXT2, out); // w+2=
    } else {
      add(end2, out);
    }
    add(previous[t2][t1], out);
    add(gaz[s.gazetteer[i]][i > 0 ? s.gazetteer[i - 1] : BOS][i + 1 < n ? s.gazetteer[i + 1] : EOS], out);
    add(memory[memoryType + 1][t1], out);
    if (t1 == outcomeO) {
      addRole(w.roles, WordForm.AFTER_O, out); // t-1w=O,<word>, zero without lexical weights
    } else {
      addLexical(w.lexical, WordWeights.PREVIOUS_TAG + t1, out);
    }
    if (w.bigramPrev != null) {
      add(i > 0 ? w.bigramPrev.get(ws[i - 1].wordHash, ws[i - 1].word) : w.bigramPrev.get(BOS_HASH, "BOS"), out);
    }
    if (w.bigramNext != null) {
      add(i + 1 < n ? w.bigramNext.get(ws[i + 1].wordHash, ws[i + 1].word) : w.bigramNext.get(EOS_HASH, "EOS"), out);
    }
  }

  /**
   * Whether token i surely scores {@code O} above every other tag in {@link #score}: the sum of the
   * lower bounds of {@code score[O] - score[k]} over each added vector ({@link WordForm#margin},
   * precomputed for the words' roles and the tag, gazetteer, memory and boundary tables; after a tag
   * other than {@code O}, the word's own sums ({@link WordForm#marginSelf}) and its
   * {@code t-1w=<tag>,<word>} weights, whose margin is computed here; for the word bigrams, first the
   * smallest any neighbour may add, then, only if that is not enough, the one of the actual neighbour)
   * exceeds the rounding error {@link #epsilon}. Then greedy decoding picks {@code O} exactly as if it
   * had added up every score ({@code O} may follow any tag, so the BIO constraint cannot exclude it; the
   * margins that serve only after {@code O} or BOS are taken over the tags that may follow those, see
   * {@link #afterOutside}); otherwise the token must be scored in full. Reads the neighbouring forms' margins, none of their
   * {@link WordForm#roles}.
   *
   * @param t1 index of the previous tag (an outcome, or BOS at a sentence's start)
   * @param t2 index of the tag before it
   * @param memoryType as in {@link #score}
   */
  boolean surelyO(Sentence s, int i, int t1, int t2, int memoryType) {
    int n = s.size();
    WordForm[] ws = s.words;
    WordForm w = ws[i];
    double self = t1 == outcomeO ? w.marginAfterO : w.marginSelf + lexicalMargin(w.lexical, t1);
    double bound = self + tagMargin[t2][t1][memoryType + 1]
        + (i > 0 ? ws[i - 1].marginPrev1 : start1Margin)
        + (i > 1 ? ws[i - 2].marginPrev2 : start2Margin)
        + (i + 1 < n ? ws[i + 1].marginNext1 : end1Margin)
        + (i + 2 < n ? ws[i + 2].marginNext2 : end2Margin)
        + gazMargin[s.gazetteer[i]][i > 0 ? s.gazetteer[i - 1] : BOS][i + 1 < n ? s.gazetteer[i + 1] : EOS];
    if (bound + w.bigramPrevMargin + w.bigramNextMargin > epsilon) {
      return true; // whatever the neighbours' bigrams add
    }
    if (w.bigramPrev != null) {
      bound += bigramMargin(i > 0 ? w.bigramPrev.get(ws[i - 1].wordHash, ws[i - 1].word) : w.bigramPrev.get(BOS_HASH, "BOS"));
    }
    if (w.bigramNext != null) {
      bound += bigramMargin(i + 1 < n ? w.bigramNext.get(ws[i + 1].wordHash, ws[i + 1].word) : w.bigramNext.get(EOS_HASH, "EOS"));
    }
    return bound > epsilon;
  }

  /** @return the margin of what {@link #addLexical} adds after tag {@code t1}: zero when it adds nothing */
  private double lexicalMargin(WordWeights.Lexical lexical, int t1) {
    if (lexical == null || lexical.weights() == null) {
      return 0;
    }
    double[] v = lexical.weights()[WordWeights.PREVIOUS_TAG + t1];
    return v == null ? 0 : margin(v, -1);
  }

  private double bigramMargin(double[] v) {
    return v == null ? 0 : margin(v, -1);
  }

  /** @return the index of the tag {@code O} */
  int outcomeO() {
    return outcomeO;
  }

  private void addLexical(WordWeights.Lexical lexical, int index, double[] out) {
    if (lexical != null && lexical.weights() != null) {
      add(lexical.weights()[index], out);
    }
  }

  /** @return the index of a memory type (PERS, LOC, ORG, MISC), or -1 for null */
  int memoryIndex(String type) {
    return type == null ? -1 : typeIndex.get(type);
  }

  private void addRole(double[] roles, int role, double[] out) {
    int at = role * outcomes;
    for (int k = 0; k < outcomes; k++) {
      out[k] += roles[at + k];
    }
  }

  private void add(double[] v, double[] out) {
    if (v == null) {
      return;
    }
    for (int k = 0; k < outcomes; k++) {
      out[k] += v[k];
    }
  }
}
