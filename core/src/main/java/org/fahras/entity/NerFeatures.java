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
 *   <li>the {@link WordStatistics} buckets of the word and of its neighbours' frequency;
 *   <li>document memory: the type this word's base had when tagged earlier in the same document, which
 *       carries a full name over to its later surname-only mentions.
 * </ul>
 */
public final class NerFeatures {
  private final WordStatistics stats;
  private final Gazetteer gazetteer;
  private final GazetteerMatcher matcher;
  private final Map<String, String> tokenTypes;
  private static final String[] FACT_NAMES = {"f", "al", "pt", "lh", "oh", "bn"};

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

    Sentence(int n) {
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
      String w = TaggerNormalizer.normalize(tokens.get(i));
      s.words[i] = w;
      s.stripped[i] = Proclitics.strip(w);
      s.bases[i] = WordStatistics.base(w);
      folded[i] = EntityNormalizer.normalize(w);
      s.gazTags[i] = "O";
    }
    for (GazetteerMatcher.Match m : matcher.match(folded)) {
      String type = m.entity().type().conllTag();
      s.gazTags[m.firstToken()] = "B-" + type;
      for (int k = m.firstToken() + 1; k < m.endToken(); k++) {
        s.gazTags[k] = "I-" + type;
      }
    }
    return s;
  }

  /**
   * @param prev1 predicted tag of token i-1 ("BOS" at the start)
   * @param prev2 predicted tag of token i-2
   * @param memory type seen earlier in the document for this token's base, or null
   * @return the features of token i
   */
  public String[] features(Sentence s, int i, String prev1, String prev2, String memory) {
    List<String> f = new ArrayList<>(48);
    String w = s.words[i];
    f.add("bias");
    f.add("w=" + w);
    f.add("s=" + s.stripped[i]);
    f.add("b=" + s.bases[i]);
    f.add("w-1=" + word(s, i - 1));
    f.add("w-2=" + word(s, i - 2));
    f.add("w+1=" + word(s, i + 1));
    f.add("w+2=" + word(s, i + 2));
    f.add("s-1=" + (i > 0 ? s.stripped[i - 1] : "BOS"));
    f.add("s+1=" + (i + 1 < s.size() ? s.stripped[i + 1] : "EOS"));
    f.add("bg-=" + word(s, i - 1) + "_" + w);
    f.add("bg+=" + w + "_" + word(s, i + 1));
    int n = w.length();
    for (int k = 1; k <= 3 && k < n; k++) {
      f.add("p" + k + "=" + w.substring(0, k));
      f.add("x" + k + "=" + w.substring(n - k));
    }
    String stem = s.stripped[i];
    if (stem.length() > 3) {
      f.add("sx2=" + stem.substring(stem.length() - 2));
      f.add("sp2=" + stem.substring(0, 2));
    }
    f.add("sh=" + shape(w));
    f.add("sh-1=" + (i > 0 ? shape(s.words[i - 1]) : "BOS"));
    f.add("sh+1=" + (i + 1 < s.size() ? shape(s.words[i + 1]) : "EOS"));
    f.add("len=" + Math.min(n, 9));
    f.add("t-1=" + prev1);
    f.add("t-2=" + prev2 + "," + prev1);
    f.add("t-1w=" + prev1 + "," + w);
    f.add("g=" + s.gazTags[i]);
    f.add("g-1=" + (i > 0 ? s.gazTags[i - 1] : "BOS"));
    f.add("g+1=" + (i + 1 < s.size() ? s.gazTags[i + 1] : "EOS"));
    String types = tokenTypes.get(EntityNormalizer.normalize(stem));
    if (types != null) {
      f.add("gt=" + types);
    }
    addFacts(f, "", s.bases[i]);
    if (i + 1 < s.size()) {
      addFacts(f, "+1", s.bases[i + 1]);
    }
    if (i > 0) {
      addFacts(f, "-1", s.bases[i - 1]);
    }
    f.add("m=" + (memory == null ? "none" : memory));
    if (memory != null) {
      f.add("mt=" + memory + "," + prev1);
    }
    return f.toArray(new String[0]);
  }

  private void addFacts(List<String> f, String pos, String base) {
    byte[] b = stats.facts(base);
    if (b == null) {
      f.add("f" + pos + "=unseen");
      return;
    }
    int limit = pos.isEmpty() ? WordStatistics.FACTS : 3;
    for (int k = 0; k < limit; k++) {
      f.add(FACT_NAMES[k] + pos + "=" + (b[k] == WordStatistics.UNKNOWN ? "na" : Byte.toString(b[k])));
    }
  }

  private static String word(Sentence s, int i) {
    return i < 0 ? "BOS" : i >= s.size() ? "EOS" : s.words[i];
  }

  static String shape(String w) {
    if (w.isEmpty()) {
      return "E";
    }
    boolean arabic = false, latin = false, digit = false, other = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF' && !(c >= '\u0660' && c <= '\u0669')) {
        arabic = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        latin = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else {
        other = true;
      }
    }
    if (other && !arabic && !latin && !digit) {
      return "P";
    }
    return (arabic ? "A" : "") + (latin ? "L" : "") + (digit ? "D" : "") + (other ? "P" : "");
  }
}
