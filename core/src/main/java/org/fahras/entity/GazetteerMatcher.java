package org.fahras.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds gazetteer names in tokenized text: longest match first, left to right, multi-word, with the first
 * word allowed to carry proclitics ({@link Proclitics}) and, when no exact normalized name matches, a
 * lookup by {@link VariantKey} over up to {@link Gazetteer#maxTokens()} tokens (which also joins compounds
 * written as one word). Words starting with the article {@code ال} are never variant-matched: names with
 * the article are native and spelled one way, and their keys meet common nouns ({@code المقر}/{@code المجر}). Matches never overlap. Thread-safe (no mutable state).
 *
 * <p>Cost per token: one hash lookup per proclitic form while names can continue, and variant keys only
 * for words whose key starts some gazetteer key.
 */
public final class GazetteerMatcher {
  /** Transliterated names longer than this many words are matched only by their exact spelling. */
  static final int MAX_VARIANT_TOKENS = 4;

  private final Gazetteer gazetteer;

  /**
   * A match of tokens {@code [firstToken, endToken)}.
   *
   * @param variant true if found through the variant key rather than the exact normalized name
   */
  public record Match(int firstToken, int endToken, Entity entity, boolean variant) {}

  public GazetteerMatcher(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** @return the gazetteer this matcher looks names up in */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * @param normalized each token folded by {@link EntityNormalizer} (same length as the token count;
   *     punctuation tokens may be anything that is not a name, e.g. themselves)
   * @return the matches in text order
   */
  public List<Match> match(String[] normalized) {
    List<Match> out = new ArrayList<>();
    List<String> forms = new ArrayList<>(5);
    StringBuilder sb = new StringBuilder(64);
    int n = normalized.length;
    int i = 0;
    while (i < n) {
      forms.clear();
      if (normalized[i].isEmpty()) {
        i++;
        continue;
      }
      Proclitics.candidates(normalized[i], forms);
      Match best = null;
      for (String f : forms) {
        sb.setLength(0);
        sb.append(f);
        for (int j = i; ; ) {
          String key = sb.toString();
          Entity e = gazetteer.lookup(key);
          if (e != null && (best == null || j + 1 > best.endToken())) {
            best = new Match(i, j + 1, e, false);
          }
          if (!gazetteer.isNamePrefix(key) || ++j >= n) {
            break;
          }
          sb.append(' ').append(normalized[j]);
        }
      }
      if (best == null) {
        best = variantMatch(normalized, i, forms, sb);
      }
      if (best != null) {
        out.add(best);
        i = best.endToken();
      } else {
        i++;
      }
    }
    return out;
  }

  private Match variantMatch(String[] normalized, int i, List<String> forms, StringBuilder sb) {
    Match best = null;
    int limit = Math.min(normalized.length, i + Math.min(MAX_VARIANT_TOKENS, gazetteer.maxTokens()));
    for (String f : forms) {
      if (f.length() > 2 && f.charAt(0) == '\u0627' && f.charAt(1) == '\u0644') {
        continue; // native words with the article: spelled one way, and too close to common nouns (المقر/المجر)
      }
      String open = VariantKey.open(f);
      if (open.length() < 2 || !gazetteer.isVariantPrefix(open)) {
        continue;
      }
      sb.setLength(0);
      sb.append(f);
      for (int j = i; j < limit; ) {
        String key = VariantKey.of(sb);
        if (key.length() >= VariantKey.MIN_LENGTH) {
          Entity e = gazetteer.lookupVariant(key, sb);
          if (e != null && (best == null || j + 1 > best.endToken())) {
            best = new Match(i, j + 1, e, true);
          }
        }
        if (++j >= limit || normalized[j].isEmpty() || !TextTokens.isWordChar(normalized[j].charAt(0))) {
          break;
        }
        sb.append(' ').append(normalized[j]);
        if (!gazetteer.isVariantPrefix(VariantKey.open(sb))) {
          break;
        }
      }
    }
    return best;
  }
}
