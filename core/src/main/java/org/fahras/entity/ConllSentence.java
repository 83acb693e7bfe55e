package org.fahras.entity;

import java.util.List;

/**
 * One sentence of a CoNLL NER file: tokens and their BIO tags ({@code O}, {@code B-PERS}, {@code I-LOC}...).
 *
 * @param tokens the words as written, never empty
 * @param tags one tag per token
 * @param line 1-based line of the first token in the file, for error messages
 */
public record ConllSentence(List<String> tokens, List<String> tags, long line) {

  /** @throws IllegalArgumentException if the lists differ in length or are empty */
  public ConllSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.isEmpty() || tokens.size() != tags.size()) {
      throw new IllegalArgumentException("sentence at line " + line + " has " + tokens.size() + " tokens and "
          + tags.size() + " tags");
    }
  }
}
