package org.fahras.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Distributional facts about words, counted on unlabeled news text, that let the tagger judge names it
 * never saw in training: how frequent the word is, how often it takes the article {@code ال} (common nouns
 * do, personal names rarely), and how often it follows a person title ({@code الرئيس}, {@code الشيخ}...),
 * a place head noun ({@code مدينة}, {@code محافظة}...) or an organization head noun ({@code وزارة},
 * {@code شركة}...), or stands next to {@code بن}; and its word class ({@link WordClusters}: words with
 * the same neighbours share one). Each fact is kept as a small bucket (0..12 for the log2 frequency,
 * 0..4 for ratios with edges 0, 5%, 15%, 40%, 0..{@value #CLUSTERS}-1 for the class, {@link #UNKNOWN}
 * for too-rare words), so the table is compact and can be saved inside the model file.
 *
 * <p>Words are keyed by their {@link #base} form: tagger-normalized, proclitics and article removed.
 */
public final class WordStatistics {
  /** Number of facts per word. */
  public static final int FACTS = 7;
  /** Bucket value for a fact that is not known (word unseen or too rare for a ratio). */
  public static final byte UNKNOWN = -1;
  /** Fact indexes. */
  public static final int FREQ = 0, ARTICLE = 1, PERSON_TITLE = 2, PLACE_HEAD = 3, ORG_HEAD = 4, BIN = 5, CLUSTER = 6;
  /** Number of {@link WordClusters} classes counted by {@link Counter#build}. */
  static final int CLUSTERS = 100;

  static final Set<String> PERSON_TITLES = Set.of("الرئيس", "الأمير", "الملك", "الشيخ", "السيد", "الوزير",
      "الدكتور", "المهندس", "الأستاذ", "اللاعب", "المدرب", "الفنان", "الفنانة", "النائب", "السفير", "الإمام",
      "العقيد", "اللواء", "العميد", "الفريق", "الزميل", "السيدة", "الكاتب", "الشاعر", "المتحدث", "قال", "وقال",
      "المستشار", "الأمين", "الداعية", "المواطن", "الطالب", "الطفل", "الشهيد", "الراحل", "الملكة", "البابا");
  static final Set<String> PLACE_HEADS = Set.of("مدينة", "محافظة", "منطقة", "دولة", "عاصمة", "جمهورية",
      "مملكة", "بلدة", "قرية", "حي", "شمال", "جنوب", "شرق", "غرب", "مطار", "ميناء", "إقليم", "ولاية", "جزيرة",
      "بمدينة", "بمحافظة", "بمنطقة", "في", "إلى");
  static final Set<String> ORG_HEADS = Set.of("وزارة", "شركة", "جامعة", "هيئة", "نادي", "مؤسسة", "منظمة",
      "مجلس", "بنك", "مصرف", "جمعية", "حزب", "وكالة", "صحيفة", "قناة", "مستشفى", "اتحاد", "حركة", "جماعة",
      "بوزارة", "بشركة", "بجامعة", "لشركة", "لوزارة");
  static final Set<String> BIN_WORDS = Set.of("بن", "ابن", "بنت", "أبو", "أبي", "آل");

  /**
   * What is known of one base, in one object so that a word costs one map lookup: its {@link #FACTS}
   * buckets (null when only its context is known) and the index of its {@link #context} value in
   * {@link #contextList()} (-1 when none).
   */
  record Entry(byte[] facts, int context) {}

  private final Map<String, Entry> entries;
  /** The distinct context values; an {@link Entry#context} indexes this list. */
  private final List<String> contextList;
  /** Number of bases with facts. */
  private final int size;

  private WordStatistics(Map<String, byte[]> facts, Map<String, String> contexts) {
    Map<String, Integer> ids = new HashMap<>();
    List<String> values = new ArrayList<>();
    Map<String, Entry> byBase = new HashMap<>();
    facts.forEach((word, b) -> byBase.put(word, new Entry(b, -1)));
    contexts.forEach((word, c) -> {
      int id = ids.computeIfAbsent(c, k -> {
        values.add(k);
        return values.size() - 1;
      });
      Entry e = byBase.get(word);
      byBase.put(word, new Entry(e == null ? null : e.facts(), id));
    });
    this.entries = byBase;
    this.size = facts.size();
    this.contextList = List.copyOf(values);
  }

  /** @return the distinct values {@link #context} returns */
  public Set<String> contextValues() {
    return Set.copyOf(contextList);
  }

  /** @return the distinct values {@link #context} returns, in the order {@link Entry#context} indexes them */
  List<String> contextList() {
    return contextList;
  }

  /** @return every base something is known of (unmodifiable) */
  Set<String> bases() {
    return Collections.unmodifiableSet(entries.keySet());
  }

  /** @return what is known of a base, or null when nothing is */
  Entry entry(String base) {
    return entries.get(base);
  }

  /** @return statistics that know no word */
  public static WordStatistics empty() {
    return new WordStatistics(Map.of(), Map.of());
  }

  /**
   * @return the word's typical neighbours as {@code left|right}: the most frequent of the
   *     {@link Counter#CONTEXT_WORDS} commonest words seen right before and right after it (empty side
   *     when none), a cheap distributional class; null when unknown
   */
  public String context(String base) {
    Entry e = entries.get(base);
    return e == null || e.context() < 0 ? null : contextList.get(e.context());
  }

  /** @return the key words are counted under: proclitics and {@code ال} removed from a tagger-normalized word */
  public static String base(String taggerNormalized) {
    return baseOfStripped(Proclitics.strip(taggerNormalized));
  }

  /** @return {@link #base} of a word whose {@link Proclitics#strip} is {@code s} (without stripping again) */
  static String baseOfStripped(String s) {
    if (s.length() > 4 && s.charAt(0) == '\u0627' && s.charAt(1) == '\u0644') {
      return s.substring(2);
    }
    return s;
  }

  /** @return the {@link #FACTS} buckets of a word's base form, or null when unknown */
  public byte[] facts(String base) {
    Entry e = entries.get(base);
    return e == null ? null : e.facts();
  }

  /** @return number of words known */
  public int size() {
    return size;
  }

  /** Writes one {@code word<TAB>b0,b1,...} line per word. */
  public void write(Writer w) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      byte[] b = e.getValue().facts();
      if (b == null) {
        continue; // a line holds facts, then the context
      }
      sb.setLength(0);
      sb.append(e.getKey()).append('\t');
      for (int i = 0; i < b.length; i++) {
        sb.append(i == 0 ? "" : ",").append(b[i]);
      }
      if (e.getValue().context() >= 0) {
        sb.append('\t').append(contextList.get(e.getValue().context()));
      }
      w.write(sb.append('\n').toString());
    }
  }

  /**
   * Reads what {@link #write} wrote; a line of the statistics saved before word classes (six facts)
   * reads with the class {@link #UNKNOWN}.
   *
   * @throws IllegalArgumentException on a malformed line (line number in the message)
   */
  public static WordStatistics read(BufferedReader r) throws IOException {
    Map<String, byte[]> m = new HashMap<>();
    Map<String, String> ctx = new HashMap<>();
    String line;
    long no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      int tab = line.indexOf('\t');
      int tab2 = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
      if (tab2 > 0) {
        ctx.put(line.substring(0, tab), line.substring(tab2 + 1));
        line = line.substring(0, tab2);
      }
      String[] f = tab < 0 ? new String[0] : line.substring(tab + 1).split(",");
      if (f.length != FACTS && f.length != FACTS - 1) {
        throw new IllegalArgumentException("word statistics line " + no + ": expected word<TAB>" + FACTS
            + " buckets (" + (FACTS - 1) + " in statistics saved before word classes)");
      }
      byte[] b = new byte[FACTS];
      b[CLUSTER] = UNKNOWN; // statistics saved before word classes have none
      for (int i = 0; i < f.length; i++) {
        b[i] = Byte.parseByte(f[i]);
      }
      m.put(line.substring(0, tab), b);
    }
    return new WordStatistics(m, ctx);
  }

  /**
   * Counts words over texts in two passes: {@link #add} every text, then {@link #startContexts} and
   * {@link #addContexts} every text again; {@link #build} turns the counts into buckets.
   */
  public static final class Counter {
    /** How many of the commonest words serve as context words. */
    public static final int CONTEXT_WORDS = 300;

    private final Map<String, int[]> counts = new HashMap<>();
    private long tokens;
    private Map<String, Integer> contextIds;
    private Map<String, Integer> wordIds;
    private String[] contextWords;
    private final Map<Long, int[]> left = new HashMap<>();
    private final Map<Long, int[]> right = new HashMap<>();

    /** Ends the first pass: picks the context words (the commonest surface words) and words to describe. */
    public void startContexts(int minCount) {
      List<Map.Entry<String, int[]>> all = new ArrayList<>(surface.entrySet());
      all.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]));
      contextIds = new HashMap<>();
      contextWords = new String[Math.min(CONTEXT_WORDS, all.size())];
      for (int i = 0; i < contextWords.length; i++) {
        contextWords[i] = all.get(i).getKey();
        contextIds.put(contextWords[i], i);
      }
      wordIds = new HashMap<>();
      for (Map.Entry<String, int[]> e : counts.entrySet()) {
        if (e.getValue()[FREQ] >= minCount) {
          wordIds.put(e.getKey(), wordIds.size());
        }
      }
      surface.clear();
    }

    /** Second pass over one text: counts, per word base, which context word stands before and after it. */
    public void addContexts(String text) {
      TextTokens t = TextTokens.of(text);
      int n = t.size();
      String[] words = new String[n];
      for (int i = 0; i < n; i++) {
        words[i] = t.isWord(i) ? TaggerNormalizer.normalize(t.surface(i)) : t.surface(i);
      }
      for (int i = 0; i < n; i++) {
        if (!t.isWord(i)) {
          continue;
        }
        Integer id = wordIds.get(base(words[i]));
        if (id == null) {
          continue;
        }
        Integer l = i > 0 ? contextIds.get(words[i - 1]) : null;
        if (l != null) {
          left.computeIfAbsent(((long) id << 16) | l, k -> new int[1])[0]++;
        }
        Integer r = i + 1 < n ? contextIds.get(words[i + 1]) : null;
        if (r != null) {
          right.computeIfAbsent(((long) id << 16) | r, k -> new int[1])[0]++;
        }
      }
    }

    private final Map<String, int[]> surface = new HashMap<>();

    /** Counts the words of one text (an article body or title). */
    public void add(String text) {
      TextTokens t = TextTokens.of(text);
      String prev = "";
      int[] prevCounts = null;
      for (int i = 0; i < t.size(); i++) {
        if (!t.isWord(i)) {
          prev = "";
          prevCounts = null;
          continue;
        }
        String w = TaggerNormalizer.normalize(t.surface(i));
        String stripped = Proclitics.strip(w);
        String base = base(w);
        int[] c = counts.computeIfAbsent(base, k -> new int[FACTS]);
        tokens++;
        c[FREQ]++;
        if (!base.equals(stripped)) {
          c[ARTICLE]++;
        }
        if (PERSON_TITLES.contains(prev)) {
          c[PERSON_TITLE]++;
        }
        if (PLACE_HEADS.contains(prev)) {
          c[PLACE_HEAD]++;
        }
        if (ORG_HEADS.contains(prev)) {
          c[ORG_HEAD]++;
        }
        if (BIN_WORDS.contains(prev)) {
          c[BIN]++;
        }
        if (prevCounts != null && BIN_WORDS.contains(w)) {
          prevCounts[BIN]++;
        }
        surface.computeIfAbsent(w, k -> new int[1])[0]++;
        prev = w;
        prevCounts = c;
      }
    }

    /** @return number of word tokens counted */
    public long tokens() {
      return tokens;
    }

    private static byte ratioBucket(double r) {
      return (byte) (r == 0 ? 0 : r < 0.05 ? 1 : r < 0.15 ? 2 : r < 0.4 ? 3 : 4);
    }

    /** @param minCount words seen fewer times are dropped */
    public WordStatistics build(int minCount) {
      Map<String, byte[]> m = new HashMap<>();
      Map<String, String> ctx = new HashMap<>();
      if (wordIds != null) {
        String[] byId = new String[wordIds.size()];
        wordIds.forEach((w, id) -> byId[id] = w);
        String[] bestLeft = best(left, byId.length);
        String[] bestRight = best(right, byId.length);
        for (int i = 0; i < byId.length; i++) {
          if (bestLeft[i] != null || bestRight[i] != null) {
            ctx.put(byId[i], (bestLeft[i] == null ? "" : bestLeft[i]) + "|" + (bestRight[i] == null ? "" : bestRight[i]));
          }
        }
      }
      byte[] classes = wordIds == null ? null : classes();
      for (Map.Entry<String, int[]> e : counts.entrySet()) {
        int[] c = e.getValue();
        if (c[FREQ] < minCount) {
          continue;
        }
        byte[] b = new byte[FACTS];
        b[FREQ] = (byte) Math.min(12, 31 - Integer.numberOfLeadingZeros(c[FREQ]));
        for (int k = 1; k < CLUSTER; k++) {
          b[k] = c[FREQ] < 3 ? UNKNOWN : ratioBucket((double) Math.min(c[k], c[FREQ]) / c[FREQ]);
        }
        Integer id = wordIds == null ? null : wordIds.get(e.getKey());
        b[CLUSTER] = id == null ? UNKNOWN : classes[id];
        m.put(e.getKey(), b);
      }
      return new WordStatistics(m, ctx);
    }

    /** @return per word id its {@link WordClusters} class over its left and right context words, or -1 */
    private byte[] classes() {
      int words = wordIds.size();
      int[] size = new int[words];
      for (Map<Long, int[]> side : List.of(left, right)) {
        for (Long key : side.keySet()) {
          size[(int) (key >>> 16)]++;
        }
      }
      int[][] dims = new int[words][];
      int[][] dimCounts = new int[words][];
      for (int w = 0; w < words; w++) {
        dims[w] = new int[size[w]];
        dimCounts[w] = new int[size[w]];
      }
      int[] filled = new int[words];
      int offset = 0;
      for (Map<Long, int[]> side : List.of(left, right)) {
        for (Map.Entry<Long, int[]> e : side.entrySet()) {
          int w = (int) (e.getKey() >>> 16);
          dims[w][filled[w]] = offset + (int) (e.getKey() & 0xFFFF);
          dimCounts[w][filled[w]++] = e.getValue()[0];
        }
        offset += contextWords.length;
      }
      int[] frequency = new int[words];
      wordIds.forEach((w, id) -> frequency[id] = counts.get(w)[FREQ]);
      return WordClusters.cluster(dims, dimCounts, frequency, 2 * contextWords.length, CLUSTERS);
    }

    private String[] best(Map<Long, int[]> pairs, int words) {
      String[] out = new String[words];
      int[] top = new int[words];
      for (Map.Entry<Long, int[]> e : pairs.entrySet()) {
        int id = (int) (e.getKey() >>> 16);
        int c = e.getValue()[0];
        if (c > top[id] || (c == top[id] && out[id] != null
            && contextWords[(int) (e.getKey() & 0xFFFF)].compareTo(out[id]) < 0)) {
          top[id] = c;
          out[id] = contextWords[(int) (e.getKey() & 0xFFFF)];
        }
      }
      return out;
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "WordStatistics[%d words]", size);
  }
}
