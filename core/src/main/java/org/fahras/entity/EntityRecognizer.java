package org.fahras.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the entity mentions of a text (an article's title or body): gazetteer names first
 * ({@link GazetteerMatcher}: exact, clitic-aware, variant keys), then names the statistical tagger
 * ({@link NerTagger}) finds where no gazetteer name was, each resolved to a gazetteer id when its name or
 * variant key is known (one-word tagger names that are month names, currencies or bare head nouns, see
 * {@link #NOT_NAMES}, and words under three letters are dropped; a tagger name ends where a religious
 * eulogy such as {@code رضي الله عنه} starts, {@link #EULOGIES}); finally a single-word person mention that is the last word of a full person name
 * met earlier in the text takes that person's id ("بوتين" after "فلاديمير بوتين"). A place name
 * written between quote marks ({@code «الشرق الأوسط»}, {@code «الرياض»}, {@code «الجزيرة»}, also
 * {@code “ ”} and {@code " "}) is a title, the newspaper, channel or campaign named after the place, and
 * is not taken for the place ({@link #isQuotedTitle}).
 *
 * <p>Sentences for the tagger end at {@code . ! ? ؟ ؛} and line breaks, and are cut at
 * {@value #MAX_SENTENCE} tokens. Thread-safe; all state is per call.
 */
public final class EntityRecognizer {
  static final int MAX_SENTENCE = 120;

  /**
   * Words the tagger sometimes takes for a one-word name but that name no entity in news text: month
   * names (Gregorian transliterated and Syriac, used in Levantine dates), currencies, and the head nouns
   * of organizations and places standing alone. Folded by {@link EntityNormalizer}. A currency stays
   * allowed as MISC, the ANERcorp convention.
   */
  static final Set<String> NOT_NAMES = foldAll(
      "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
      "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
      "منظمة", "وزارة", "شركة", "جامعة", "هيئة", "مؤسسة", "مجلس", "جمعية", "حزب", "وكالة", "مدينة",
      "محافظة", "منطقة", "دولة", "المنظمة", "الوزارة", "الشركة", "الجامعة", "الهيئة", "المجلس", "الحزب",
      "الوكالة", "المدينة", "المحافظة", "المنطقة", "الدولة");
  /** Folded words, as written with their proclitic, that are never a one-word name: {@code لصالح} "in favour of". */
  static final Set<String> NOT_NAME_WORDS = foldAll("لصالح", "لله", "بالله", "والله", "فالله");
  /**
   * Religious eulogy formulas that follow a name in Arabic text ({@code عمر بن الخطاب رضي الله عنه} "may
   * God be pleased with him", {@code صلى الله عليه وسلم}, {@code رحمه الله}, {@code عز وجل}): their first
   * two words, folded. The tagger takes them for the end of the name before them, or for a name of their
   * own, so a tagger name ends where one starts.
   */
  static final Set<String> EULOGIES = foldAll("رضي الله", "صلى الله", "رحمه الله", "رحمها الله", "رحمهم الله",
      "عز وجل", "جل جلاله", "سبحانه وتعالى", "تبارك وتعالى", "عليه السلام", "عليها السلام", "عليهم السلام");
  /**
   * The nasab connector {@code بن} "son of" (also after {@code و}), folded, which stands only inside
   * a name: a person's name right after it is the father's (or an ancestor's) within another
   * person's name, whether the gazetteer or the tagger found it.
   */
  private static final Set<String> NASAB = foldAll("بن", "وبن");

  /**
   * {@code ابن}, {@code بنت} "son", "daughter" (also after {@code و}), folded: nasab connectors right
   * after a person's name, one the recognizer kept or one after a title ({@code الأميرة عادلة بنت
   * عبدالله}), common nouns elsewhere ({@code زار ابن أوباما} "Obama's son visited", which names Obama).
   */
  private static final Set<String> CHILD_OF = foldAll("ابن", "إبن", "بنت", "وابن", "وبنت");

  /** Titles before a name ({@code الأمير فيصل ابن ...}): the word after them is a name. */
  private static final Set<String> TITLES = foldAll("الأمير", "الأميرة", "الشيخ", "الشيخة", "الملك", "الملكة", "السلطان");

  /** Names of God, kept only as MISC (the ANERcorp convention), never a person. */
  static final Set<String> ONLY_MISC = foldAll("الله", "الرحمن");
  static final Set<String> CURRENCIES = foldAll("ريال", "ريالا", "دولار", "دولارا", "يورو", "جنيه", "درهم",
      "دينار", "ليرة", "روبل", "الريال", "الدولار", "اليورو", "الجنيه", "الدرهم", "الدينار", "الليرة");

  private static Set<String> foldAll(String... words) {
    Set<String> s = new HashSet<>();
    for (String w : words) {
      s.add(EntityNormalizer.normalize(w));
    }
    return Set.copyOf(s);
  }

  private final GazetteerMatcher matcher;
  private final NerTagger tagger;
  private final SurfaceForms forms;

  /**
   * @param gazetteer names to find (may be empty)
   * @param tagger statistical tagger, or null to use the gazetteer alone
   */
  public EntityRecognizer(Gazetteer gazetteer, NerTagger tagger) {
    this.matcher = new GazetteerMatcher(gazetteer);
    this.tagger = tagger;
    this.forms = new SurfaceForms(matcher, tagger);
  }

  /**
   * The recognizer with {@link BaseGazetteer} and the bundled tagger model ({@link NerModel#bundled()}),
   * loaded once per JVM on first use (about 0.9 s on a 2-vCPU VM; it is immutable and thread-safe, so it is shared).
   *
   * <p>License: the model is trained on ANERcorp (Benajiba 2007, free for research) with word
   * statistics of SaudiNewsNet (CC BY-NC-SA 4.0), so it is for research and non-commercial use
   * ({@code META-INF/NOTICE-entities} in this jar). For other uses take {@link #gazetteerOnly()}, or
   * train a model on your own data ({@code fahras ner-train}) and use {@code new
   * EntityRecognizer(BaseGazetteer.load(), new NerTagger(NerModel.load(file)))}.
   *
   * @return the shared recognizer
   */
  public static EntityRecognizer standard() {
    return Shared.STANDARD;
  }

  /**
   * @return the recognizer with {@link BaseGazetteer} alone, no statistical tagger: about three
   *     times faster, finds only listed names (loaded once per JVM, shared)
   */
  public static EntityRecognizer gazetteerOnly() {
    return Shared.GAZETTEER_ONLY;
  }

  /** Whether this recognizer runs the statistical tagger after the gazetteer. */
  public boolean usesTagger() {
    return tagger != null;
  }

  /** Lazy holders: loaded on first use, not when the class is. */
  private static final class Shared {
    static final EntityRecognizer STANDARD =
        new EntityRecognizer(GazetteerOnly.GAZETTEER, new NerTagger(NerModel.bundled()));
    static final EntityRecognizer GAZETTEER_ONLY = new EntityRecognizer(GazetteerOnly.GAZETTEER, null);
  }

  private static final class GazetteerOnly {
    static final Gazetteer GAZETTEER = BaseGazetteer.load();
  }

  /** @return the gazetteer names are resolved against */
  public Gazetteer gazetteer() {
    return matcher.gazetteer();
  }

  /**
   * @param text any text, may be empty
   * @return the mentions in text order, non-overlapping, offsets into {@code text}
   */
  public List<EntityMention> recognize(String text) {
    TextTokens tokens = TextTokens.of(text);
    int n = tokens.size();
    String[] folded = new String[n];
    GazetteerMatcher.Start[] starts = new GazetteerMatcher.Start[n];
    WordForm[] words = new WordForm[n];
    forms.of(tokens, words);
    for (int i = 0; i < n; i++) {
      folded[i] = words[i].folded;
      starts[i] = words[i].start;
    }
    EntityMention[] byToken = new EntityMention[n];
    int[] spanEnd = new int[n];
    List<GazetteerMatcher.Match> matches = matcher.match(folded, starts, words);
    for (GazetteerMatcher.Match m : matches) {
      Entity e = m.entity();
      if (e.type() == EntityType.LOCATION
          && isQuotedTitle(text, tokens.start(m.firstToken()), tokens.end(m.endToken() - 1))) {
        continue; // the tagger may still find the title's own type
      }
      if (e.type() == EntityType.PERSON && m.firstToken() > 0 && NASAB.contains(folded[m.firstToken() - 1])) {
        continue; // فيصل بن عبدالله بن عبدالعزيز: the father's name in another person's nasab, not him
      }
      byToken[m.firstToken()] = mention(tokens, m.firstToken(), m.endToken(), e.type(), e.id(), e.name(),
          EntityMention.Source.GAZETTEER);
      spanEnd[m.firstToken()] = m.endToken();
      for (int k = m.firstToken() + 1; k < m.endToken(); k++) {
        spanEnd[k] = -1; // covered
      }
    }
    if (tagger != null) {
      addModelMentions(tokens, folded, words, byToken, spanEnd, forms.sameGazetteer() ? matches : null);
    }
    List<EntityMention> out = new ArrayList<>();
    Map<String, EntityMention> surnames = new HashMap<>();
    int personEnd = -1; // the token after the last person's name kept
    for (int i = 0; i < n; i++) {
      EntityMention m = byToken[i];
      if (m == null || (m.type() == EntityType.LOCATION && isQuotedTitle(text, m.start(), m.end()))) {
        continue;
      }
      if (m.type() == EntityType.PERSON && i > 0
          && (NASAB.contains(folded[i - 1]) || CHILD_OF.contains(folded[i - 1])
              && (personEnd == i - 1 || i >= 3 && TITLES.contains(folded[i - 3])))) {
        continue; // a father's name inside another person's nasab, even when it is a listed one
      }
      if (m.type() == EntityType.PERSON) {
        personEnd = Math.max(spanEnd[i], i + 1);
      }
      if (m.type() == EntityType.PERSON) {
        int end = spanEnd[i];
        if (end - i >= 2) {
          surnames.putIfAbsent(Proclitics.strip(folded[end - 1]), m);
        } else if (m.source() == EntityMention.Source.MODEL) {
          EntityMention full = surnames.get(Proclitics.strip(folded[i]));
          if (full != null) {
            m = new EntityMention(m.type(), full.id(), full.name(), m.surface(), m.start(), m.end(),
                EntityMention.Source.COREFERENCE);
          }
        }
      }
      out.add(m);
    }
    return out;
  }

  /**
   * @param matches the gazetteer's matches over the whole text when the tagger's feature gazetteer is the
   *     same, or null: a sentence no match crosses has the same matches as when the tagger runs its
   *     gazetteer on the sentence alone (the scan reaches the sentence's first token and stops at its
   *     last), so those are passed on instead of matching the sentence again
   */
  private void addModelMentions(TextTokens tokens, String[] folded, WordForm[] words, EntityMention[] byToken,
      int[] spanEnd, List<GazetteerMatcher.Match> matches) {
    List<WordForm[]> sentences = new ArrayList<>();
    List<List<GazetteerMatcher.Match>> sentenceMatches = matches == null ? null : new ArrayList<>();
    int[] offsets = new int[tokens.size() + 1];
    String text = tokens.text();
    int from = 0;
    int next = 0; // first match not ending before the sentence
    for (int i = 0; i < tokens.size(); i++) {
      boolean last = i + 1 == tokens.size() || i + 1 - from >= MAX_SENTENCE || isSentenceEnd(text.charAt(tokens.start(i)))
          || tokens.afterLineBreak(i + 1);
      if (last) {
        offsets[sentences.size()] = from;
        sentences.add(java.util.Arrays.copyOfRange(words, from, i + 1));
        if (matches != null) {
          while (next < matches.size() && matches.get(next).endToken() <= from) {
            next++;
          }
          sentenceMatches.add(within(matches, next, from, i + 1));
        }
        from = i + 1;
      }
    }
    List<String[]> tags = tagger.tagWords(sentences, sentenceMatches, offsets);
    for (int s = 0; s < tags.size(); s++) {
      int base = offsets[s];
      for (NerScores.Span span : NerScores.spans(tags.get(s))) {
        int a = base + span.start();
        int b = eulogyStart(folded, a, base + span.end());
        if (b == a) {
          continue;
        }
        if (overlapsGazetteer(spanEnd, byToken, a, b) || !tokens.isWord(a) || !tokens.isWord(b - 1)) {
          continue;
        }
        EntityType type = EntityType.parse(span.type());
        boolean strip = stripProclitic(folded, words, a);
        String first = strip ? Proclitics.strip(folded[a]) : folded[a];
        if (b - a == 1 && (first.length() < 3 || NOT_NAMES.contains(first) || NOT_NAME_WORDS.contains(folded[a])
            || (type != EntityType.MISC && (CURRENCIES.contains(first) || ONLY_MISC.contains(first))))) {
          continue;
        }
        StringBuilder name = new StringBuilder(withoutTanweenAlef(first, tokens, a));
        for (int k = a + 1; k < b; k++) {
          name.append(' ').append(withoutTanweenAlef(folded[k], tokens, k));
        }
        String key = name.toString();
        if (key.length() < 2) {
          continue;
        }
        Entity known = matcher.gazetteer().lookup(key);
        String variantKey = known == null ? VariantKey.of(key) : "";
        if (variantKey.length() >= VariantKey.MIN_LENGTH) {
          known = matcher.gazetteer().lookupVariant(variantKey, key);
        }
        if (known != null && known.type() == type) {
          byToken[a] = mention(tokens, a, b, type, known.id(), known.name(), EntityMention.Source.MODEL);
        } else {
          byToken[a] = mention(tokens, a, b, type, "ner:" + type.queryPrefix() + ":" + key,
              displayName(tokens, a, b, strip), EntityMention.Source.MODEL);
        }
        spanEnd[a] = b;
        for (int k = a + 1; k < b; k++) {
          spanEnd[k] = -1;
        }
      }
    }
  }

  /**
   * @return the first token in {@code [a, b)} where a {@link #EULOGIES} formula starts (its second word
   *     may be after {@code b}), or {@code b} if none does
   */
  static int eulogyStart(String[] folded, int a, int b) {
    for (int k = a; k < b && k + 1 < folded.length; k++) {
      if (EULOGIES.contains(folded[k] + ' ' + folded[k + 1])) {
        return k;
      }
    }
    return b;
  }

  /**
   * @param next index of the first match that ends after {@code from}
   * @return the matches inside tokens {@code [from, to)}, or null if one crosses either end
   */
  private static List<GazetteerMatcher.Match> within(List<GazetteerMatcher.Match> matches, int next, int from, int to) {
    List<GazetteerMatcher.Match> in = new ArrayList<>();
    for (int k = next; k < matches.size() && matches.get(k).firstToken() < to; k++) {
      GazetteerMatcher.Match m = matches.get(k);
      if (m.firstToken() < from || m.endToken() > to) {
        return null;
      }
      in.add(m);
    }
    return in;
  }

  private static boolean overlapsGazetteer(int[] spanEnd, EntityMention[] byToken, int a, int b) {
    for (int k = a; k < b; k++) {
      if (byToken[k] != null || spanEnd[k] == -1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the first word of a tagger name starts with a proclitic to drop from its id and display name:
   * yes when the article follows it ({@code والرياض}, {@code بالاتحاد}, {@code للهلال}), or when the bare
   * form is written elsewhere in the same text ({@code لأوباما} beside {@code أوباما}). Otherwise the
   * letter is kept as part of the name: {@code فيصل} is not {@code ف + يصل}, {@code ويندوز} not
   * {@code و + يندوز}.
   */
  private static boolean stripProclitic(String[] folded, WordForm[] words, int a) {
    String stripped = Proclitics.strip(folded[a]);
    if (stripped.equals(folded[a])) {
      return false;
    }
    if (stripped.startsWith("\u0627\u0644")) {
      return true;
    }
    int hash = stripped.hashCode();
    for (WordForm w : words) { // the forms' hashes first: the forms are in the CPU caches, their strings mostly not
      if (w.foldedHash == hash && w.folded.equals(stripped)) {
        return true;
      }
    }
    return false;
  }

  private static String displayName(TextTokens tokens, int a, int b, boolean strip) {
    String firstWord = TaggerNormalizer.normalize(tokens.surface(a));
    StringBuilder sb = new StringBuilder(
        withoutTanweenAlef(strip ? Proclitics.strip(firstWord) : firstWord, tokens, a));
    for (int k = a + 1; k < b; k++) {
      sb.append(' ').append(withoutTanweenAlef(TaggerNormalizer.normalize(tokens.surface(k)), tokens, k));
    }
    return sb.toString();
  }

  /**
   * A name word without the alef of the accusative tanween ({@code رأيت محمداً} names محمد): the
   * final alef of token {@code k}'s form {@code word} goes when the token's surface carries the
   * fathatan (U+064B). Without the diacritic the alef stays: it cannot be told from a name's own
   * ({@code دينا} is not دين, {@code أوباما} not أوبام).
   */
  private static String withoutTanweenAlef(String word, TextTokens tokens, int k) {
    int n = word.length();
    if (n >= 4 && word.charAt(n - 1) == EntityNormalizer.ALEF
        && tokens.surface(k).indexOf(EntityNormalizer.FATHATAN) >= 0) {
      return word.substring(0, n - 1);
    }
    return word;
  }

  /**
   * Whether {@code text[start, end)} stands right between an opening and its closing quote mark
   * ({@code « »}, {@code “ ”}, {@code " "}): Arabic news writes the titles of newspapers, channels,
   * programmes and campaigns so ({@code «الشرق الأوسط»}, {@code «المدينة»}, {@code «فجر ليبيا»}; the
   * guillemet-quoted names of SaudiNewsNet are such titles), not the names of the places themselves.
   */
  static boolean isQuotedTitle(String text, int start, int end) {
    if (start == 0 || end >= text.length()) {
      return false;
    }
    char open = text.charAt(start - 1);
    char close = text.charAt(end);
    return (open == '\u00AB' && close == '\u00BB') || (open == '\u201C' && close == '\u201D')
        || (open == '"' && close == '"');
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u061B';
  }

  private static EntityMention mention(TextTokens t, int a, int b, EntityType type, String id, String name,
      EntityMention.Source source) {
    return new EntityMention(type, id, name, t.text().substring(t.start(a), t.end(b - 1)), t.start(a), t.end(b - 1),
        source);
  }
}
