package org.fahras.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags sentences with BIO labels using a {@link NerModel}: left to right, each token's label is the
 * classifier's most probable label that keeps the BIO sequence valid ({@code I-X} only after {@code B-X}
 * or {@code I-X}). Within one document, the type each word base was given is remembered and offered as a
 * feature to later sentences. Thread-safe: all per-document state lives in the call.
 */
public final class NerTagger {
  private final NerModel model;
  private final String[] outcomes;

  public NerTagger(NerModel model) {
    this.model = model;
    int n = model.classifier().getNumOutcomes();
    this.outcomes = new String[n];
    for (int i = 0; i < n; i++) {
      outcomes[i] = model.classifier().getOutcome(i);
    }
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
    for (List<String> tokens : sentences) {
      NerFeatures.Sentence s = model.features().prepare(tokens);
      String[] tags = tag(s, memory);
      remember(s, tags, memory);
      out.add(tags);
    }
    return out;
  }

  String[] tag(NerFeatures.Sentence s, Map<String, String> memory) {
    String[] tags = new String[s.size()];
    String p1 = "BOS";
    String p2 = "BOS";
    for (int i = 0; i < s.size(); i++) {
      double[] probs = model.classifier().eval(model.features().features(s, i, p1, p2, memory.get(s.base(i))));
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
