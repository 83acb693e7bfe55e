package org.fahras.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * The tagger's document memory: the type (PERS, LOC, ORG, MISC) each word base was last tagged with in
 * the document so far, as {@link NerTagger#remember} keeps it (the memory features of training), with a 4,096-bit filter of the bases'
 * hashes beside it, so that looking up a token whose base was never tagged (most tokens) reads only the
 * token's {@link WordForm#baseHash}, neither the base string nor the map. Per document, not thread-safe.
 */
final class DocumentMemory {
  private final Map<String, String> types = new HashMap<>();
  private final long[] filter = new long[64];

  /** Records the tagged tokens of a sentence as {@link NerTagger#remember} does. */
  void remember(TagScorer.Sentence s, String[] tags) {
    NerTagger.remember(s::base, tags, types);
    for (int i = 0; i < tags.length; i++) {
      if (!tags[i].equals("O")) { // a superset of the bases remembered: the filter may only say yes too often
        int h = mix(s.words[i].baseHash);
        filter[h >>> 26] |= 1L << h;
      }
    }
  }

  /** @return the type remembered for the word's base, or null */
  String typeOf(WordForm w) {
    int h = mix(w.baseHash);
    if ((filter[h >>> 26] & (1L << h)) == 0) {
      return null;
    }
    return types.get(w.base);
  }

  /** Fibonacci hashing: the top 6 bits pick the word of the filter, the low 6 the bit. */
  private static int mix(int hash) {
    return hash * 0x9E3779B9;
  }
}
