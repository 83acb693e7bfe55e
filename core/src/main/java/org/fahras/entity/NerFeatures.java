package org.fahras.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the feature strings the tagger's classifier sees for one token. Everything it needs (word
 * statistics, the feature gazetteer) is held by the instance and saved in the model file; nothing is
 * static. Features for token i of a sentence, words normalized by {@link TaggerNormalizer}:
 *
 * <ul>
 *   <li>the word, its proclitic-stripped form, its base (article removed), the words at -2..+2, the
 *       stripped forms at -1/+1, the bigrams (-1,0) and (0,+1);
 *   <li>prefixes and suffixes of 1..3 letters, word shape (Arabic, Latin, digits, punctuation) and length;
 *   <li>the two previous predicted tags, alone and with the word;
 *   <li>the BIO tag proposed by the feature gazetteer at -1, 0, +1 and the entity types whose names
 *       contain the word;
 *   <li>the {@link WordStatistics} buckets of the word and of its neighbours' frequency, and the word's
 *       typical left and right neighbours in unlabeled text (a cheap distributional class);
 *   <li>document memory: the type this word's base had when tagged earlier in the same document, which
 *       carries a full name over to its later surname-only mentions.
 * </ul>
 */
public final class NerFeatures {
  private final WordStatistics stats;
  private final Gazetteer gazetteer;
  private final GazetteerMatcher matcher;
  private final Map<String, String> tokenTypes;
  /** The words of {@link #tokenTypes}: most words are in no name. */
  private final StringFilter tokenTypesFilter;
  /**
   * Distinct words whose context-free feature strings are kept (training and the reference scoring; the
   * tagger itself caches weight sums, not strings, see {@link SurfaceForms}); the cache is emptied when
   * it is full, so memory stays bounded on endless streams of new words.
   */
  static final int CACHE_LIMIT = 8_192;

  private final java.util.concurrent.ConcurrentHashMap<String, WordFeatures> cache =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** Feature name of each {@link WordStatistics} fact, by fact index. */
  static final String[] FACT_NAMES = {"f", "al", "pt", "lh", "oh", "bn", "cl"};
  /** Whether a fact is also a feature of the token's neighbours (-1, +1), by fact index. */
  static final boolean[] NEIGHBOUR_FACTS = {true, true, true, false, false, false, true};

  public NerFeatures(WordStatistics stats, Gazetteer gazetteer) {
    this.stats = stats;
    this.gazetteer = gazetteer;
    this.matcher = new GazetteerMatcher(gazetteer);
    this.tokenTypes = new HashMap<>();
    for (Entity e : gazetteer.entities()) {
      for (String alias : e.allNames()) {
        for (String tok : Gazetteer.normalizedTokens(alias)) {
          if (tok.length() >= 2) {
            tokenTypes.merge(tok, e.type().conllTag(), (a, b) -> a.contains(b) ? a : a + "+" + b);
          }
        }
      }
    }
    this.tokenTypesFilter = new StringFilter(tokenTypes.keySet());
  }

  /** @return the statistics saved with the model */
  public WordStatistics statistics() {
    return stats;
  }

  /** @return the gazetteer saved with the model */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Per-sentence precomputed forms, built once by {@link #prepare}. */
  public static final class Sentence {
    final String[] words;
    final String[] stripped;
    final String[] bases;
    final String[] gazTags;
    final WordFeatures[] cached;

    /** @return the cached per-word features of token i */
    WordFeatures cached(int i) {
      return cached[i];
    }

    Sentence(int n) {
      cached = new WordFeatures[n];
      words = new String[n];
      stripped = new String[n];
      bases = new String[n];
      gazTags = new String[n];
    }

    /** @return number of tokens */
    public int size() {
      return words.length;
    }

    /** @return the base (proclitics and article removed) of token i, the document memory key */
    public String base(int i) {
      return bases[i];
    }
  }

  /** Normalizes the tokens and runs the feature gazetteer over them. */
  public Sentence prepare(List<String> tokens) {
    int n = tokens.size();
    Sentence s = new Sentence(n);
    String[] folded = new String[n];
    for (int i = 0; i < n; i++) {
      WordFeatures wf = word(TaggerNormalizer.normalize(tokens.get(i)));
      s.words[i] = wf.word;
      s.stripped[i] = wf.stripped;
      s.bases[i] = wf.base;
      s.cached[i] = wf;
      folded[i] = wf.folded;
      s.gazTags[i] = "O";
    }
    for (GazetteerMatcher.Match m : gazetteerMatches(folded)) {
      String type = m.entity().type().conllTag();
      s.gazTags[m.firstToken()] = "B-" + type;
      for (int k = m.firstToken() + 1; k < m.endToken(); k++) {
        s.gazTags[k] = "I-" + type;
      }
    }
    return s;
  }

  /** @return the feature gazetteer's names in a sentence's tokens, each folded by {@link EntityNormalizer} */
  List<GazetteerMatcher.Match> gazetteerMatches(String[] folded) {
    return matcher.match(folded);
  }

  /** As {@link #gazetteerMatches(String[])} with each token's {@link #gazetteerStart} already known. */
  List<GazetteerMatcher.Match> gazetteerMatches(String[] folded, GazetteerMatcher.Start[] starts) {
    return matcher.match(folded, starts);
  }

  /** @return the feature gazetteer's {@link GazetteerMatcher.Start} of a folded word, not cached */
  GazetteerMatcher.Start gazetteerStart(String folded) {
    return matcher.startOf(folded);
  }

  /** @return the types ({@code PERS}, {@code LOC+ORG}...) of the gazetteer names containing a folded word, or null */
  String tokenTypes(String folded) {
    return tokenTypesFilter.mayContain(folded) ? tokenTypes.get(folded) : null;
  }

  /**
   * @param prev1 predicted tag of token i-1 ("BOS" at the start)
   * @param prev2 predicted tag of token i-2
   * @param memory type seen earlier in the document for this token's base, or null
   * @return the features of token i
   */
  public String[] features(Sentence s, int i, String prev1, String prev2, String memory) {
    int n = s.size();
    List<String> out = new ArrayList<>(64);
    out.addAll(java.util.Arrays.asList(s.cached[i].roles[WordFeatures.SELF]));
    for (int r = 1; r < WordFeatures.ROLES; r++) {
      int j = i + WordFeatures.OFFSET[r];
      if (j >= 0 && j < n) {
        out.addAll(java.util.Arrays.asList(s.cached[j].roles[r]));
      }
    }
    out.addAll(java.util.Arrays.asList(contextFeatures(s, i, prev1, prev2, memory)));
    return out.toArray(new String[0]);
  }

  /**
   * The features of token i that depend on more than one word or on the predicted tags: the features
   * of {@link #features} minus the per-word {@link WordFeatures#roles} of token i and its neighbours.
   */
  String[] contextFeatures(Sentence s, int i, String prev1, String prev2, String memory) {
    int n = s.size();
    String w = s.words[i];
    String[] out = new String[20];
    int k = 0;
    if (i == 0) {
      out[k++] = "w-1=BOS";
      out[k++] = "s-1=BOS";
      out[k++] = "sh-1=BOS";
    }
    if (i <= 1) {
      out[k++] = "w-2=BOS";
    }
    if (i + 1 >= n) {
      out[k++] = "w+1=EOS";
      out[k++] = "s+1=EOS";
      out[k++] = "sh+1=EOS";
    }
    if (i + 2 >= n) {
      out[k++] = "w+2=EOS";
    }
    out[k++] = "bg-=" + (i > 0 ? s.words[i - 1] : "BOS") + "_" + w;
    out[k++] = "bg+=" + w + "_" + (i + 1 < n ? s.words[i + 1] : "EOS");
    out[k++] = "t-1=" + prev1;
    out[k++] = "t-2=" + prev2 + "," + prev1;
    out[k++] = "t-1w=" + prev1 + "," + w;
    out[k++] = "g=" + s.gazTags[i];
    out[k++] = "g-1=" + (i > 0 ? s.gazTags[i - 1] : "BOS");
    out[k++] = "g+1=" + (i + 1 < n ? s.gazTags[i + 1] : "EOS");
    out[k++] = memory == null ? "m=none" : "m=" + memory;
    if (memory != null) {
      out[k++] = "mt=" + memory + "," + prev1;
    }
    return java.util.Arrays.copyOf(out, k);
  }

  /** The features of one word that do not depend on its context, built once per distinct word. */
  static final class WordFeatures {
    /** Role indexes: the word itself, then the word seen from the token after it, two after, before, two before. */
    static final int SELF = 0, AS_PREV1 = 1, AS_PREV2 = 2, AS_NEXT1 = 3, AS_NEXT2 = 4, ROLES = 5;
    /** For role r, the word is at position i + OFFSET[r] relative to the token i being tagged. */
    static final int[] OFFSET = {0, -1, -2, 1, 2};

    final String word;
    final String stripped;
    final String base;
    final String folded;
    /** The feature strings of each role. */
    final String[][] roles = new String[ROLES][];

    WordFeatures(NerFeatures owner, String w) {
      word = w;
      stripped = Proclitics.strip(w);
      base = WordStatistics.base(w);
      folded = EntityNormalizer.normalize(w);
      List<String> f = new ArrayList<>(32);
      f.add("bias");
      f.add("w=" + w);
      f.add("s=" + stripped);
      f.add("b=" + base);
      int n = w.length();
      for (int k = 1; k <= 3 && k < n; k++) {
        f.add("p" + k + "=" + w.substring(0, k));
        f.add("x" + k + "=" + w.substring(n - k));
      }
      if (stripped.length() > 3) {
        f.add("sx2=" + stripped.substring(stripped.length() - 2));
        f.add("sp2=" + stripped.substring(0, 2));
      }
      String shape = shape(w);
      f.add("sh=" + shape);
      f.add("len=" + Math.min(n, 9));
      String types = owner.tokenTypes.get(EntityNormalizer.normalize(stripped));
      if (types != null) {
        f.add("gt=" + types);
      }
      owner.addFacts(f, "", base);
      String ctx = owner.stats.context(base);
      if (ctx != null) {
        int bar = ctx.indexOf('|');
        f.add("ctx=" + ctx);
        f.add("lc=" + ctx.substring(0, bar));
        f.add("rc=" + ctx.substring(bar + 1));
      }
      roles[SELF] = f.toArray(new String[0]);
      List<String> prev = new ArrayList<>(List.of("w-1=" + w, "s-1=" + stripped, "sh-1=" + shape));
      owner.addFacts(prev, "-1", base);
      roles[AS_PREV1] = prev.toArray(new String[0]);
      roles[AS_PREV2] = new String[] {"w-2=" + w};
      List<String> next = new ArrayList<>(List.of("w+1=" + w, "s+1=" + stripped, "sh+1=" + shape));
      owner.addFacts(next, "+1", base);
      roles[AS_NEXT1] = next.toArray(new String[0]);
      roles[AS_NEXT2] = new String[] {"w+2=" + w};
    }
  }

  private WordFeatures word(String w) {
    WordFeatures wf = cache.get(w);
    if (wf == null) {
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear(); // bounded memory on endless streams of new words; refilled by the next texts
      }
      wf = new WordFeatures(this, w);
      cache.put(w, wf);
    }
    return wf;
  }

  private void addFacts(List<String> f, String pos, String base) {
    byte[] b = stats.facts(base);
    if (b == null) {
      f.add("f" + pos + "=unseen");
      return;
    }
    for (int k = 0; k < WordStatistics.FACTS; k++) {
      if (!pos.isEmpty() && !NEIGHBOUR_FACTS[k]) {
        continue;
      }
      f.add(FACT_NAMES[k] + pos + "=" + (b[k] == WordStatistics.UNKNOWN ? "na" : Byte.toString(b[k])));
    }
  }

  /** @return the shape feature of a word: {@code E} (empty), {@code P} (only other chars), else A, L, D, P for what it holds */
  static String shape(String w) {
    return w.isEmpty() ? "E" : shapeName(shapeMask(w));
  }

  /** Bits of {@link #shapeMask}: Arabic letters, Latin letters, digits, other chars. */
  static final int ARABIC = 1, LATIN = 2, DIGIT = 4, OTHER = 8;
  /** The number of {@link #shapeMask} values. */
  static final int SHAPE_MASKS = 16;

  /** @return which kinds of chars {@code w} holds: an or of {@link #ARABIC}, {@link #LATIN}, {@link #DIGIT}, {@link #OTHER} */
  static int shapeMask(String w) {
    int mask = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF' && !(c >= '\u0660' && c <= '\u0669')) {
        mask |= ARABIC;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        mask |= LATIN;
      } else if (Character.isDigit(c)) {
        mask |= DIGIT;
      } else {
        mask |= OTHER;
      }
    }
    return mask;
  }

  /** @return the shape of a non-empty word whose {@link #shapeMask} is {@code mask} */
  static String shapeName(int mask) {
    if (mask == OTHER) {
      return "P";
    }
    return ((mask & ARABIC) != 0 ? "A" : "") + ((mask & LATIN) != 0 ? "L" : "") + ((mask & DIGIT) != 0 ? "D" : "")
        + ((mask & OTHER) != 0 ? "P" : "");
  }
}
