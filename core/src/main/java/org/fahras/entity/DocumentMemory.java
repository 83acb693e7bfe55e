package org.fahras.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * The tagger's document memory: the type (PERS, LOC, ORG, MISC) each word base was last tagged with in
 * the document so far, as {@link NerTagger#remember} keeps it (the memory features of training), with a
 * {@link BaseHashFilter} of the bases beside it, so that looking up a token whose base was never tagged
 * (most tokens) reads only the token's {@link WordForm#baseHash}, neither the base string nor the map.
 * Per document, not thread-safe.
 */
final class DocumentMemory {
  private final Map<String, String> types = new HashMap<>();
  private final BaseHashFilter filter = new BaseHashFilter();

  /** Records the tagged tokens of a sentence as {@link NerTagger#remember} does. */
  void remember(TagScorer.Sentence s, String[] tags) {
    NerTagger.remember(s::base, tags, types);
    for (int i = 0; i < tags.length; i++) {
      if (!tags[i].equals("O")) { // a superset of the bases remembered: the filter may only say yes too often
        filter.add(s.words[i].baseHash);
      }
    }
  }

  /** @return the type remembered for the word's base, or null */
  String typeOf(WordForm w) {
    return filter.mayContain(w.baseHash) ? types.get(w.base) : null;
  }
}
