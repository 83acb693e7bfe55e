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
  private final int bos;
  private final int outcomeO;
  /** [previous tag index, BOS last][outcome]: whether the outcome may follow (BIO). */
  private final boolean[][] validAfter;

  /** @throws IllegalArgumentException if the model's classifier is not an OpenNLP linear model */
  public NerTagger(NerModel model) {
    this.model = model;
    int n = model.classifier().getNumOutcomes();
    this.outcomes = new String[n];
    for (int i = 0; i < n; i++) {
      outcomes[i] = model.classifier().getOutcome(i);
    }
    this.scorer = LinearScorer.of(model.classifier());
    this.fast = new TagScorer(scorer, outcomes, model.features());
    this.bos = fast.tagIndex("BOS");
    this.outcomeO = fast.outcomeO();
    this.validAfter = new boolean[n + 1][n];
    for (int p = 0; p <= n; p++) {
      for (int k = 0; k < n; k++) {
        validAfter[p][k] = valid(outcomes[k], p == n ? "BOS" : outcomes[p]);
      }
    }
  }

  /** @return the precomputed scoring the tagger decodes with */
  TagScorer scorer() {
    return fast;
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
    List<WordForm[]> words = new ArrayList<>(sentences.size());
    for (List<String> tokens : sentences) {
      WordForm[] ws = new WordForm[tokens.size()];
      for (int i = 0; i < ws.length; i++) {
        ws[i] = fast.word(tokens.get(i));
      }
      words.add(ws);
    }
    return tagWords(words);
  }

  /** As {@link #tagDocument} for sentences whose words the caller looked up with {@link #computeWord}. */
  List<String[]> tagWords(List<WordForm[]> sentences) {
    return tagWords(sentences, null, null);
  }

  /**
   * As {@link #tagWords(List)}, with the feature gazetteer's matches of sentence {@code k} given as
   * {@code matches.get(k)} (token indexes counted from {@code offsets[k]}), or null where the tagger is
   * to run the feature gazetteer itself; {@code matches} null runs it on every sentence.
   */
  List<String[]> tagWords(List<WordForm[]> sentences, List<List<GazetteerMatcher.Match>> matches, int[] offsets) {
    DocumentMemory memory = new DocumentMemory();
    List<String[]> out = new ArrayList<>(sentences.size());
    List<TagScorer.Sentence> prepared = new ArrayList<>(sentences.size());
    for (int k = 0; k < sentences.size(); k++) {
      WordForm[] words = sentences.get(k);
      List<GazetteerMatcher.Match> known = matches == null ? null : matches.get(k);
      TagScorer.Sentence s = known == null ? fast.prepare(words) : fast.prepare(words, known, offsets[k]);
      String[] tags = tag(s, memory);
      memory.remember(s, tags);
      prepared.add(s);
      out.add(tags);
    }
    for (int k = 0; k < prepared.size(); k++) {
      trimConnectors(prepared.get(k), out.get(k));
    }
    propagate(prepared, out);
    return out;
  }

  /**
   * @param recognizer the matcher whose {@link WordForm#start} to compute, or null for the feature gazetteer's
   * @return the form of one token as written, computed, not cached
   */
  WordForm computeWord(String surface, GazetteerMatcher recognizer) {
    return fast.compute(surface, recognizer);
  }

  /**
   * Document-level label consistency: a word sequence tagged as an entity somewhere in the document is
   * tagged the same wherever else it occurs untagged (bases compared, so clitic forms count). Sequences
   * of one frequent word that usually takes the article ({@link WordStatistics}) are left alone, so a
   * common noun tagged once by mistake does not spread.
   */
  void propagate(List<TagScorer.Sentence> sentences, List<String[]> tags) {
    Map<String, String> typed = new HashMap<>();
    java.util.Set<String> firsts = new java.util.HashSet<>();
    BaseHashFilter firstHashes = new BaseHashFilter();
    int longest = 0;
    for (int k = 0; k < sentences.size(); k++) {
      TagScorer.Sentence s = sentences.get(k);
      for (NerScores.Span span : NerScores.spans(tags.get(k))) {
        if (span.end() - span.start() == 1 && s.words[span.start()].commonBase) {
          continue;
        }
        typed.putIfAbsent(key(s, span.start(), span.end()), span.type());
        firsts.add(s.base(span.start()));
        firstHashes.add(s.words[span.start()].baseHash);
        longest = Math.max(longest, span.end() - span.start());
      }
    }
    if (typed.isEmpty()) {
      return;
    }
    for (int k = 0; k < sentences.size(); k++) {
      TagScorer.Sentence s = sentences.get(k);
      String[] t = tags.get(k);
      for (int i = 0; i < t.length; i++) {
        if (!t[i].equals("O") || !firstHashes.mayContain(s.words[i].baseHash) || !firsts.contains(s.base(i))) {
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

  /**
   * A person's name never ends in a genealogical connector ({@code بن}, {@code ابن}, {@code بنت},
   * {@code أبو}, {@code أبي}, {@code آل}: "son of", "father of", "family of"), which always takes a
   * name after it: when the tagger ends a PERS span on one (the next name left untagged, as in
   * {@code عبدالله بن} + an unknown name), the connector is cut from the span.
   */
  static void trimConnectors(TagScorer.Sentence s, String[] tags) {
    for (NerScores.Span span : NerScores.spans(tags)) {
      if (!span.type().equals("PERS")) {
        continue;
      }
      for (int last = span.end() - 1; last >= span.start()
          && WordStatistics.BIN_WORDS.contains(s.words[last].word); last--) {
        tags[last] = "O";
      }
    }
  }

  private static boolean allO(String[] t, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!t[j].equals("O")) {
        return false;
      }
    }
    return true;
  }

  private static String key(TagScorer.Sentence s, int from, int to) {
    StringBuilder sb = new StringBuilder(s.base(from));
    for (int j = from + 1; j < to; j++) {
      sb.append(' ').append(s.base(j));
    }
    return sb.toString();
  }

  /** Greedy left-to-right decoding: each token takes its best-scoring outcome that may follow the previous tag. */
  String[] tag(TagScorer.Sentence s, DocumentMemory memory) {
    int n = s.size();
    String[] tags = new String[n];
    double[] scores = new double[outcomes.length];
    int t1 = bos;
    int t2 = bos;
    for (int i = 0; i < n; i++) {
      int remembered = fast.memoryIndex(memory.typeOf(s.words[i]));
      int best;
      if (fast.surelyO(s, i, t1, t2, remembered)) {
        best = outcomeO; // the argmax below would give O; O may follow any tag
      } else {
        java.util.Arrays.fill(scores, 0);
        fast.score(s, i, t1, t2, remembered, scores);
        boolean[] allowed = validAfter[t1];
        best = -1;
        for (int k = 0; k < scores.length; k++) {
          if (allowed[k] && (best < 0 || scores[k] > scores[best])) {
            best = k;
          }
        }
      }
      tags[i] = outcomes[best];
      t2 = t1;
      t1 = best;
    }
    return tags;
  }

  /** @return the scores of every outcome for token i, from the plain feature strings (the reference path) */
  double[] referenceScores(NerFeatures.Sentence s, int i, String prev1, String prev2, String memoryType) {
    return scorer.sum(model.features().features(s, i, prev1, prev2, memoryType));
  }

  /** @return the scores of token i of {@code tokens} from the precomputed sums, as {@link #tag} computes them */
  double[] fastScores(List<String> tokens, int i, String prev1, String prev2, String memoryType) {
    double[] out = new double[outcomes.length];
    fast.score(fast.prepare(tokens), i, fast.tagIndex(prev1), fast.tagIndex(prev2), fast.memoryIndex(memoryType), out);
    return out;
  }

  static boolean valid(String tag, String prev) {
    if (tag.charAt(0) != 'I') {
      return true;
    }
    return prev.length() > 2 && prev.regionMatches(2, tag, 2, tag.length() - 2) && prev.length() == tag.length();
  }

  /** Records the type of every tagged token's base ({@code base.apply(i)}) in the document memory. */
  static void remember(java.util.function.IntFunction<String> base, String[] tags, Map<String, String> memory) {
    for (int i = 0; i < tags.length; i++) {
      if (!tags[i].equals("O") && base.apply(i).length() >= 2) {
        memory.put(base.apply(i), tags[i].substring(2));
      }
    }
  }
}
