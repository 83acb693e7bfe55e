package org.fahras.entity;

/**
 * The {@link WordForm} of every surface form an {@link EntityRecognizer} meets, computed once per distinct
 * form and cached, so a token costs one cache lookup for all layers (gazetteer, tagger) instead of a
 * normalization and a lookup per layer. When the recognizer's gazetteer holds the same entities as the
 * tagger's feature gazetteer (the standard recognizer), the gazetteer starts are computed once. Thread-safe.
 */
final class SurfaceForms {
  /**
   * log2 of the cache's slots ({@link WordCache}): 131,072 forms; an entry with tagger data takes about
   * 700 bytes, so a full cache holds about 90 MB. On a single pass over the 31,030 SaudiNewsNet articles
   * it answers 95.2% of tokens ({@link WordCache}).
   */
  static final int CACHE_BITS = 17;

  private final GazetteerMatcher matcher;
  private final NerTagger tagger;
  private final boolean sameGazetteer;
  private final WordCache cache = new WordCache(CACHE_BITS);
  /**
   * Written only when what {@link WordCache#touch} read for a text sums to one arbitrary value, so that
   * the reads are made (their result is used) while the indexing threads that share this object
   * practically never write to it.
   */
  @SuppressWarnings("unused")
  private int touched;
  private static final int UNLIKELY_SUM = 0x7A3C51E9;

  /** @param tagger the statistical tagger, or null */
  SurfaceForms(GazetteerMatcher matcher, NerTagger tagger) {
    this.matcher = matcher;
    this.tagger = tagger;
    this.sameGazetteer = tagger != null
        && matcher.gazetteer().entities().equals(tagger.model().features().gazetteer().entities());
  }

  /**
   * Whether the recognizer's gazetteer holds the same entities as the tagger's feature gazetteer: then
   * {@link WordForm#start} is {@link WordForm#featureStart} and both find the same matches.
   */
  boolean sameGazetteer() {
    return sameGazetteer;
  }

  /**
   * Looks up the form of every token, in three passes over the text's chars: the hashes of all tokens
   * first, then a pass that only reads each token's set and first-way form ({@link WordCache#touch}),
   * so that the processor overlaps those memory loads, then the cache lookups, which mostly find that
   * memory cached.
   *
   * @param out receives the form of token i at index i (length at least {@code tokens.size()})
   */
  void of(TextTokens tokens, WordForm[] out) {
    char[] text = tokens.chars();
    int n = tokens.size();
    int[] hashes = new int[n];
    for (int i = 0; i < n; i++) {
      hashes[i] = WordCache.hash(text, tokens.start(i), tokens.end(i));
    }
    int touched = 0;
    for (int i = 0; i < n; i++) {
      touched += cache.touch(hashes[i]);
    }
    if (touched == UNLIKELY_SUM) {
      this.touched = touched;
    }
    for (int i = 0; i < n; i++) {
      int start = tokens.start(i);
      int end = tokens.end(i);
      WordForm f = cache.get(text, start, end, hashes[i]);
      if (f == null) {
        f = compute(tokens.text().substring(start, end));
        cache.put(f);
      }
      out[i] = f;
    }
  }

  /** @return the form of a token as written, computed (not cached) */
  private WordForm compute(String surface) {
    if (tagger == null) {
      String folded = EntityNormalizer.normalize(surface);
      return WordForm.gazetteerOnly(surface, folded, matcher.startOf(folded));
    }
    return tagger.computeWord(surface, sameGazetteer ? null : matcher);
  }
}
