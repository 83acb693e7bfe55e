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

  /** Distinct words whose {@link Start} is cached; the cache is emptied when full. */
  static final int START_CACHE_LIMIT = 200_000;

  private final Gazetteer gazetteer;
  private final java.util.concurrent.ConcurrentHashMap<String, Start> starts =
      new java.util.concurrent.ConcurrentHashMap<>();

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
    Start[] starts = new Start[normalized.length];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = normalized[i].isEmpty() ? Start.NONE : start(normalized[i]);
    }
    return match(normalized, starts);
  }

  /**
   * As {@link #match(String[])} with each token's {@link Start} already known (from {@link #startOf}),
   * for callers that cache it with their own per-word data.
   */
  List<Match> match(String[] normalized, Start[] starts) {
    return match(normalized, starts, null);
  }

  /**
   * As {@link #match(String[], Start[])} with the tokens' forms, or null: the matching of a name's next
   * word then reads the form's {@link WordForm#firstKeyChar}, {@link WordForm#foldedWord} and the hashes
   * of the two-word name and open key ({@link WordForm#foldedHashAfter},
   * {@link WordForm#openKeyHashAfter}, tested against the gazetteer's filters) from the form the caller
   * has just read, and builds the two words' string only when the filters do not rule it out.
   */
  List<Match> match(String[] normalized, Start[] starts, WordForm[] words) {
    List<Match> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder(64);
    int n = normalized.length;
    int i = 0;
    while (i < n) {
      Start start = starts[i];
      if (start == Start.NONE) {
        i++;
        continue;
      }
      Match best = null;
      for (int x = 0; x < start.exact().size(); x++) {
        if (start.exactEntity()[x] != null && best == null) {
          best = new Match(i, i + 1, start.exactEntity()[x], false);
        }
        if (!start.exactPrefix()[x] || i + 1 >= n) {
          continue;
        }
        if (words != null && !gazetteer.mayBeName(words[i + 1].foldedHashAfter(start.exact().get(x).hashCode()))) {
          continue; // the two words are no name and begin none: what the lookups below find, without the string
        }
        sb.setLength(0);
        sb.append(start.exact().get(x));
        for (int j = i + 1; ; ) {
          sb.append(' ').append(normalized[j]);
          String key = sb.toString();
          Entity e = gazetteer.lookup(key);
          if (e != null && (best == null || j + 1 > best.endToken())) {
            best = new Match(i, j + 1, e, false);
          }
          if (!gazetteer.isNamePrefix(key) || ++j >= n) {
            break;
          }
        }
      }
      if (best == null) {
        best = variantMatch(normalized, words, i, start, sb);
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

  /**
   * The forms of one word (itself, proclitics removed) that can start a name: exactly (a name or the
   * first words of one) or by variant key, with what the form alone finds. Computed once per distinct
   * word and cached (here or by the caller, {@link #startOf}).
   *
   * @param exactEntity per exact form, the name it is by itself, or null
   * @param exactPrefix per exact form, whether longer names start with it
   * @param variantEntity per variant form, the name its variant key finds by itself, or null
   * @param variantLast per variant form, the class of its last letter ({@link VariantKey#lastLetterClass})
   * @param variantNext per variant form, {@link Gazetteer#nextKeyChars} of its open key: a next word
   *     whose {@link VariantKey#firstKeyChar} is not among them cannot continue a name
   * @param variantOpenHash per variant form, {@link String#hashCode} of its open key
   *     ({@link WordForm#openKeyHashAfter})
   */
  record Start(List<String> exact, List<String> variant, Entity[] exactEntity, boolean[] exactPrefix,
      Entity[] variantEntity, char[] variantLast, long[] variantNext, int[] variantOpenHash) {
    static final Start NONE = new Start(List.of(), List.of(), new Entity[0], new boolean[0], new Entity[0],
        new char[0], new long[0], new int[0]);
  }

  private Start start(String word) {
    Start s = starts.get(word);
    if (s == null) {
      s = computeStart(word);
      if (starts.size() >= START_CACHE_LIMIT) {
        starts.clear();
      }
      starts.put(word, s);
    }
    return s;
  }

  /** @return the {@link Start} of a folded word, computed (not cached); {@link Start#NONE} for the empty word */
  Start startOf(String word) {
    return word.isEmpty() ? Start.NONE : computeStart(word);
  }

  private Start computeStart(String word) {
    List<String> forms = new ArrayList<>(5);
    Proclitics.candidates(word, forms);
    List<String> exact = new ArrayList<>(2);
    List<String> variant = new ArrayList<>(2);
    for (String f : forms) {
      if (gazetteer.lookup(f) != null || gazetteer.isNamePrefix(f)) {
        exact.add(f);
      }
      if (f.length() > 2 && f.charAt(0) == '\u0627' && f.charAt(1) == '\u0644') {
        continue; // native words with the article: spelled one way, and too close to common nouns (المقر/المجر)
      }
      String open = VariantKey.open(f);
      if (open.length() >= 2 && gazetteer.isVariantPrefix(open)) {
        variant.add(f);
      }
    }
    if (exact.isEmpty() && variant.isEmpty()) {
      return Start.NONE;
    }
    Entity[] exactEntity = new Entity[exact.size()];
    boolean[] exactPrefix = new boolean[exact.size()];
    for (int x = 0; x < exact.size(); x++) {
      exactEntity[x] = gazetteer.lookup(exact.get(x));
      exactPrefix[x] = gazetteer.isNamePrefix(exact.get(x));
    }
    Entity[] variantEntity = new Entity[variant.size()];
    char[] variantLast = new char[variant.size()];
    long[] variantNext = new long[variant.size()];
    int[] variantOpenHash = new int[variant.size()];
    for (int x = 0; x < variant.size(); x++) {
      String open = VariantKey.open(variant.get(x));
      variantOpenHash[x] = open.hashCode();
      String key = VariantKey.of(variant.get(x));
      variantEntity[x] = key.length() >= VariantKey.MIN_LENGTH ? gazetteer.lookupVariant(key, variant.get(x)) : null;
      variantLast[x] = VariantKey.lastLetterClass(variant.get(x));
      variantNext[x] = gazetteer.nextKeyChars(open);
    }
    return new Start(List.copyOf(exact), List.copyOf(variant), exactEntity, exactPrefix, variantEntity, variantLast,
        variantNext, variantOpenHash);
  }

  /** @return whether token {@code j} may continue a variant name: its folded form starts with a word char */
  private static boolean isWord(String[] normalized, WordForm[] words, int j) {
    return words != null ? words[j].foldedWord : !normalized[j].isEmpty() && TextTokens.isWordChar(normalized[j].charAt(0));
  }

  private Match variantMatch(String[] normalized, WordForm[] words, int i, Start start, StringBuilder sb) {
    Match best = null;
    int limit = Math.min(normalized.length, i + Math.min(MAX_VARIANT_TOKENS, gazetteer.maxTokens()));
    for (int x = 0; x < start.variant().size(); x++) {
      if (start.variantEntity()[x] != null && best == null) {
        best = new Match(i, i + 1, start.variantEntity()[x], true);
      }
      int j = i + 1;
      if (j >= limit || !isWord(normalized, words, j)) {
        continue;
      }
      char next = words != null ? words[j].firstKeyChar(start.variantLast()[x])
          : VariantKey.firstKeyChar(normalized[j], start.variantLast()[x]);
      if (next != 0 && (start.variantNext()[x] & (1L << VariantKey.keyCharBit(next))) == 0) {
        continue; // the open key of the two words is no key prefix: what the check below would find, without building it
      }
      if (words != null && !gazetteer.mayBeVariantPrefix(
          words[j].openKeyHashAfter(start.variantOpenHash()[x], start.variantLast()[x]))) {
        continue; // likewise, from the key's hash
      }
      sb.setLength(0);
      sb.append(start.variant().get(x)).append(' ').append(normalized[j]);
      if (!gazetteer.isVariantPrefix(VariantKey.open(sb))) {
        continue;
      }
      while (true) {
        String key = VariantKey.of(sb);
        if (key.length() >= VariantKey.MIN_LENGTH) {
          Entity e = gazetteer.lookupVariant(key, sb);
          if (e != null && (best == null || j + 1 > best.endToken())) {
            best = new Match(i, j + 1, e, true);
          }
        }
        if (++j >= limit || !isWord(normalized, words, j)) {
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
