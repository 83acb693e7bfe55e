package org.fahras.analysis;

/**
 * Lexicon-guarded light stemming for normalized Arabic terms (after {@link ArabicNormalizer}: ة is
 * ه, ى is ي, alef forms are ا). It removes the affixes of Larkey, Ballesteros and Connell's light10
 * ("Light Stemming for Arabic Information Retrieval", in Arabic Computational Morphology, Springer
 * 2007), the enclitic pronouns of Darwish and Oard's Al-Stem, and the nisba and verb endings the
 * issue lists, but only when what is left is a word of the {@link ArabicLexicon} (Ayaspell plus
 * listed modern names): a name whose first letter looks like a proclitic (وليد, لبنان, واشنطن) or
 * whose end looks like a suffix (بوتين, حسين, سليمان) is a word already, or leaves no word when
 * cut, so it stays whole.
 *
 * <p>Steps, in order; the first of steps 1-7 that applies gives a stem, which steps 8 and 9 may
 * still change:
 *
 * <ol>
 *   <li>Terms shorter than 3 chars are left alone.
 *   <li>A lexicon word stays as it is, except that a listed feminine plural in ات gives its
 *       singular in ه when that is a word (سيارات → سياره), and a leading article ال goes when the
 *       rest is a word (الرياض → رياض) other than a verb-only imperfect form (التهاب stays) or a
 *       stopword the index keeps whole (البعد stays: not بعد "after"; the same for step 4), or
 *       is a two-letter noun that is no stopword (الحق → حق, الفن → فن, which Ayaspell also
 *       lists whole as the verbs ألحق, ألحد; اليه stays, يه being no noun; so do الاف and الام,
 *       the nouns آلاف "thousands" and آلام "pains" typed without madda, not ال + أف, أم).
 *   <li>A proclitic before a listed modern name goes (لبوتين → بوتين).
 *   <li>A term starting with the article ال: the article goes and the rest is the stem if it is a
 *       word (a listed plural in ات by step 2: السيارات → سياره), or gives one by step 5;
 *       otherwise the whole term by step 5, its ال being the word's own first letters
 *       (الكترونيه → الكتروني); otherwise step 7. (A term whose ال was written
 *       أل, إل or آل is stemmed by {@link #stemWordInitialAlefLam} instead.)
 *   <li>Suffixes without a proclitic: the shortest suffix whose removal leaves a lexicon word of
 *       at least 3 chars (one-letter tanween and verb endings ا ت after the two-letter suffixes);
 *       a term whose suffix reading leaves a stopword the index keeps whole stays whole (غيرت,
 *       not غير "other than"; كانوا, not كان).
 *       Suffixes: enclitic pronouns ه ها هم هما هن ك كم كما كن ي ني نا; plural, dual, feminine,
 *       nisba and verb endings ات ون ين ان يه يون يين ا ت وا, the construct plural و when 4 chars
 *       remain and the term has no article (لاعبو → لاعب); and the stacked forms ات+pronoun,
 *       ي+pronoun (construct plural). Where a feminine ending was written ت before a pronoun or
 *       removed as the plural ات (or dual تان تين), the teh marbuta is put back (سيارته → سياره)
 *       when that gives a lexicon word.
 *   <li>Proclitics. Before the article (وال فال بال كال وبال فبال وكال فكال, and لل ولل فلل, ل
 *       + the article with its alef dropped) with at least 2 letters after it, the term is stemmed
 *       as the article form, so that والوقت, بالوقت, للوقت all give الوقت's وقت (before, و + a
 *       suffix reading of الوقت gave الوق); after لل a lexicon noun that starts with ل comes first
 *       (للجنه → لجنه, للاعبين → لاعب). Otherwise shortest first: و ف ب ك ل وب فب ول فل وك فك.
 *       The first proclitic whose rest is a lexicon word, or gives one by step
 *       5, wins: the analysis that cuts least is preferred, so وكلمه is و+كلمه, not وك+لمه.
 *   <li>No lexicon analysis (names and words the lexicon lacks): the article forms (ال with its
 *       proclitics) go when 3 chars remain, or 2 that are a lexicon word and no stopword
 *       (الحج, بالحج → حج), a conjunction و when 5 remain, a plural ات when 4
 *       remain. No other affix is cut from an unknown word, so unknown names keep their letters.
 *   <li>Imperfect verbs, on the result of the steps above, only for a word the lexicon lists as a
 *       verb form alone ({@link ArabicLexicon#isNonVerb}: not تمور, تحصين, تلوث, تراجع, تركيا,
 *       يابان, يوم, which Ayaspell also lists as nouns or names) and that does not end in teh
 *       marbuta (نسبه is a noun, not ن+سبه): a
 *       ت-initial word whose ي-form is a lexicon word becomes that ي-form (تربط → يربط), and an
 *       imperfect prefix ي or ن goes when the rest is a lexicon word and no stopword (يربط,
 *       نربط → ربط; يحول stays, not حول); not ن before alef, which begins participles of
 *       ن-initial roots (ناشط, ناطق). The prefix ي or ن becomes alef if that gives a verb-only
 *       lexicon form: first for the shapes of forms VII, VIII and X (ينطلق → انطلق, not نطلق;
 *       يختتم → اختتم), otherwise when dropping it leaves no word (the past of form IV or the
 *       first person: يعطي → اعطي). Before all this, a term written with the future prefix س
 *       (alone or after و ف) that is no lexicon word loses it when an imperfect verb form is left
 *       (سيعقد → يعقد → عقد; ستنطلق → انطلق).
 *   <li>The silent alef of مائة goes, as modern spelling writes مئة ({@link
 *       ArabicSpellingVariants}); then a place of Ayaspell's continent and country lists and its
 *       nisba adjective become one term
 *       ({@link ArabicLexicon#placeForm}: المصري, المصرية → مصر; الفرنسي → فرنسا; الروسية → روسي),
 *       as light10's cut of every final ي does, without merging خارجي with خارج.
 * </ol>
 *
 * <p>In place and allocation-free: every lexicon check is a hash lookup on a range of the term
 * buffer. Thread-safe (no mutable state).
 */
public final class ArabicLightStemmer {

  /** Minimum length, in chars, of a stem cut from a longer term. */
  public static final int MIN_STEM = 3;

  private static final char HEH = ArabicNormalizer.HEH;
  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char[] PLURAL_AT = "ات".toCharArray();

  private final ArabicLexicon lexicon;
  private final ArabicVerbForms verbs;
  private final ArabicSuffixStripper suffixes;

  /** A stemmer guarded by the given lexicon (normally {@link ArabicLexicon#ayaspell()}). */
  public ArabicLightStemmer(ArabicLexicon lexicon) {
    this.lexicon = lexicon;
    this.verbs = new ArabicVerbForms(lexicon);
    this.suffixes = new ArabicSuffixStripper(lexicon);
  }

  /** A stemmer over the bundled Ayaspell lexicon. */
  public static ArabicLightStemmer ayaspell() {
    return new ArabicLightStemmer(ArabicLexicon.ayaspell());
  }

  /**
   * Stems {@code s[0..len)} in place.
   *
   * @return the stem's length in chars, at most {@code len}; the stem starts at {@code s[0]}
   */
  public int stem(char[] s, int len) {
    boolean future = ArabicVerbForms.mayHaveFuturePrefix(s, len);
    int n = stemWord(s, len);
    int verb = verbs.imperfectVerb(s, future ? verbs.futureTense(s, n) : n);
    return lexicon.placeForm(s, ArabicSpellingVariants.apply(s, verb));
  }

  /**
   * Stems {@code s[0..len)} in place as {@link #stem} does, for a term whose leading ال was written
   * أل, إل or آل ({@link ArabicNormalizationFilter#HAMZATED_ALEF_LAM}): that ال is part of the word,
   * never the article, so only suffixes are removed (ألعابهم → العاب, آليات → اليه, إلهام →
   * الهام), and a term with no lexicon analysis only loses a plural ات (ألبومات → البوم). A
   * proclitic written before that alef (والعاب from وألعاب, للالعاب from للألعاب) goes first.
   *
   * @return the stem's length in chars, at most {@code len}; the stem starts at {@code s[0]}
   */
  public int stemWordInitialAlefLam(char[] s, int len) {
    int alef = 0;
    while (alef < len && s[alef] != 'ا') {
      alef++;
    }
    if (alef > 0 && alef < len) {
      len = shift(s, alef, len - alef);
    }
    int n = len;
    if (len >= MIN_STEM) {
      if (lexicon.contains(s, 0, len)) {
        n = pluralAt(s, len);
      } else {
        int stem = suffixes.strip(s, 0, len);
        // as step 7 for a word with no lexicon analysis: only a plural ات goes, 4 chars left
        n = stem > 0 ? stem : ArabicSuffixStripper.keepsWhole(stem) ? len : withoutUnknownPluralAt(s, 0, len);
      }
    }
    return lexicon.placeForm(s, ArabicSpellingVariants.apply(s, n));
  }

  private int stemWord(char[] s, int len) {
    if (len < MIN_STEM) {
      return len;
    }
    if (lexicon.contains(s, 0, len)) {
      return lexiconWord(s, len);
    }
    if (ArabicProclitics.mayStartWith(s[0])) {
      for (char[] proclitic : ArabicProclitics.LONGEST_FIRST) {
        int rest = len - proclitic.length;
        if (rest >= MIN_STEM && ArabicProclitics.startsWith(s, 0, proclitic)
            && lexicon.isName(s, proclitic.length, rest)) {
          return shift(s, proclitic.length, rest);
        }
      }
    } else {
      int stem = suffixes.strip(s, 0, len);
      return stem > 0 ? stem : ArabicSuffixStripper.keepsWhole(stem) ? len : unknownWord(s, len);
    }
    if (len - 2 >= MIN_STEM && s[0] == 'ا' && s[1] == 'ل') {
      int stem = restAfterProclitic(s, len, 2);
      if (stem > 0) {
        return stem;
      }
      // no other proclitic starts with alef; an ال that leaves no word may begin the word itself
      // (آليات → اليه, الكترونيه → الكتروني)
      stem = suffixes.strip(s, 0, len);
      return stem > 0 ? stem : ArabicSuffixStripper.keepsWhole(stem) ? len : unknownWord(s, len);
    }
    int stem = suffixes.strip(s, 0, len);
    if (stem > 0) {
      return stem;
    }
    if (stem == ArabicSuffixStripper.CONJUNCTION_WHOLE) { // وغيرت: و + غيرت, kept whole as غيرت is
      return shift(s, 1, len - 1);
    }
    if (stem == ArabicSuffixStripper.KEEP_WHOLE) { // ومعنى: not ومع + ني but و + the noun معنى; فقدت, كانوا stay whole
      return (s[0] == WAW || s[0] == FEH) && len - 1 >= MIN_STEM && isNoun(s, 1, len - 1)
          ? lexiconWord(s, shift(s, 1, len - 1)) : len;
    }
    stem = afterArticleProclitic(s, len);
    if (stem > 0) {
      return stem;
    }
    for (char[] proclitic : ArabicProclitics.SHORTEST_FIRST) {
      int rest = len - proclitic.length;
      if (rest < MIN_STEM || !ArabicProclitics.startsWith(s, 0, proclitic)) {
        continue;
      }
      if (lexicon.contains(s, proclitic.length, rest)) {
        return lexiconWord(s, shift(s, proclitic.length, rest));
      }
      stem = suffixes.strip(s, proclitic.length, rest);
      if (stem > 0 || ArabicSuffixStripper.keepsWhole(stem)) {
        return shift(s, proclitic.length, stem > 0 ? stem : rest);
      }
    }
    return unknownWord(s, len);
  }

  /**
   * Step 6 for و ف ب ك or their pairs before the article (والوقت, بالوقت, وبالوقت), and for لل
   * ولل فلل (ل + the article, its alef dropped: للوقت), followed by at least 2 letters: the stem
   * of the article form (الوقت), so a proclitic before the article does not change the analysis.
   * After لل the rest may also be a word that starts with ل, the article's lam and the word's
   * merged (للجنه is ل + اللجنه, للاعبين is ل + اللاعبين): a lexicon noun ل + rest is taken
   * first, then the article form when the rest is a lexicon noun as it stands (للغايه → غايه),
   * then ل + rest by its suffixes (للاعبين → لاعب).
   *
   * @return the stem's length (the stem starts at s[0]), or -1 when there is no such proclitic
   */
  private int afterArticleProclitic(char[] s, int len) {
    for (char[] proclitic : ArabicProclitics.ARTICLE) {
      int n = proclitic.length;
      int rest = len - n;
      if (proclitic[0] == 'ا' || rest < 2 || !ArabicProclitics.startsWith(s, 0, proclitic)) {
        continue;
      }
      if (proclitic[n - 2] == 'ل') {
        if (isNoun(s, n - 1, rest + 1)) {
          return lexiconWord(s, shift(s, n - 1, rest + 1));
        }
        int stem = rest >= MIN_STEM && isNoun(s, n, rest) ? -1 : suffixes.strip(s, n - 1, rest + 1);
        if (stem > 0) {
          return shift(s, n - 1, stem);
        }
      }
      int article = shift(s, n - 2, rest + 2);
      s[0] = 'ا'; // ال stays ال; the first ل of لل becomes the article's alef
      return stemWord(s, article);
    }
    return -1;
  }

  private boolean isNoun(char[] s, int off, int len) {
    return lexicon.contains(s, off, len) && lexicon.isNonVerb(s, off, len);
  }

  /**
   * True if {@code s[off..off+len)} is a 2-letter lexicon word that is no default stopword
   * ({@link ArabicStopwords}): a noun the article may stand before (حج, يد, حق), not a particle
   * (في, مع, هم) that الفي, المع, الهم would otherwise turn into.
   */
  private boolean isShortNoun(char[] s, int off, int len) {
    return len == 2 && lexicon.contains(s, off, len) && !ArabicStopwords.isStopword(s, off, len);
  }

  /** Step 2 on a lexicon word {@code s[0..len)}: its stem's length (the stem starts at s[0]). */
  private int lexiconWord(char[] s, int len) {
    int singular = pluralAt(s, len);
    if (singular < len) {
      return singular;
    }
    if (isFemininePast(s, len)) {
      return len - 1;
    }
    if (len < 4 || s[0] != 'ا' || s[1] != 'ل') {
      return len;
    }
    int rest = len - 2;
    boolean word = rest >= MIN_STEM
        ? lexicon.contains(s, 2, rest) && !isImperfectVerb(s, 2, rest)
            && !ArabicSuffixStripper.isFunctionWord(s, 2, rest)
        : isShortNoun(s, 2, rest) && lexicon.isNonVerb(s, 2, rest) // الحق, الفن: not اليه, القي
            && !(s[2] == 'ا' && lexicon.isNonVerb(s, 0, len)); // آلاف, آلام typed الاف, الام stay
    return word ? shift(s, 2, rest) : len;
  }

  /**
   * True if the lexicon word {@code s[0..len)} is a past verb with the feminine ت: a verb-only form
   * in ت, with no imperfect prefix, whose form without it is a verb-only form too (اكدت → اكد,
   * بدات → بدا, اعلنت → اعلن; Ayaspell lists conjugated forms as words of their own), and that is
   * no masculine past ending in its own ت, which the lexicon lists with the feminine ت added
   * (اثبت, التفت: اثبتت, التفتت).
   */
  private boolean isFemininePast(char[] s, int len) {
    if (len - 1 < MIN_STEM || s[len - 1] != 'ت' || ArabicVerbForms.isImperfectPrefix(s[0])
        || !verbs.isVerbOnly(s, 0, len) || !verbs.isVerbOnly(s, 0, len - 1)) {
      return false;
    }
    long withFeminine = PackedTerm.append(PackedTerm.pack(s, 0, len), len, 'ت');
    return withFeminine == PackedTerm.NONE || !lexicon.containsKey(withFeminine);
  }

  /**
   * True if {@code s[off..off+len)} is a verb-only lexicon form with an imperfect prefix ت ي ن,
   * which the article never precedes: التهاب is the word itself (a form VIII masdar), not ال +
   * تهاب "you fear".
   */
  private boolean isImperfectVerb(char[] s, int off, int len) {
    return ArabicVerbForms.isImperfectPrefix(s[off]) && verbs.isVerbOnly(s, off, len);
  }

  /**
   * A listed plural in ات, {@code s[0..len)}: its singular in ه if a word, else len; a place keeps
   * its name (الإمارات, the UAE, is not إمارة "emirate").
   */
  private int pluralAt(char[] s, int len) {
    if (len >= 5 && endsWith(s, len, PLURAL_AT) && !lexicon.isPlace(s, 0, len)) {
      s[len - 2] = HEH;
      if (lexicon.contains(s, 0, len - 1)) {
        return len - 1;
      }
      s[len - 2] = 'ا';
    }
    return len;
  }

  /**
   * The stem of {@code s[off..len)} by lexicon (with step 2's plural ات, as without the article:
   * السيارات → سياره, as سيارات) or step 5, shifted to s[0]; -1 if none.
   */
  private int restAfterProclitic(char[] s, int len, int off) {
    int rest = len - off;
    if (ArabicSuffixStripper.isFunctionWord(s, off, rest)) {
      return len; // البعد, الوهم: a noun spelled like a function word keeps its article
    }
    if (lexicon.contains(s, off, rest)) {
      return pluralAt(s, shift(s, off, rest));
    }
    int stem = suffixes.strip(s, off, rest);
    return stem > 0 || ArabicSuffixStripper.keepsWhole(stem) ? shift(s, off, stem > 0 ? stem : rest) : -1;
  }

  /** Step 5: conservative rules for a term with no lexicon analysis. */
  private int unknownWord(char[] s, int len) {
    int off = 0;
    for (char[] proclitic : ArabicProclitics.ARTICLE) {
      int rest = len - proclitic.length;
      if (ArabicProclitics.startsWith(s, 0, proclitic)
          && (rest >= MIN_STEM || isShortNoun(s, proclitic.length, rest))) {
        off = proclitic.length;
        break;
      }
    }
    if (off == 0 && len - 1 >= 5 && s[0] == 'و') {
      off = 1;
    }
    return shift(s, off, withoutUnknownPluralAt(s, off, len) - off);
  }

  /** @return the end of {@code s[off..len)} without a plural ات (4 chars left): step 7 for an unknown word */
  private static int withoutUnknownPluralAt(char[] s, int off, int len) {
    return len - off - PLURAL_AT.length >= 4 && endsWith(s, len, PLURAL_AT) ? len - PLURAL_AT.length : len;
  }

  /** Moves {@code s[off..off+len)} to s[0]; returns len. */
  static int shift(char[] s, int off, int len) {
    if (off > 0) {
      System.arraycopy(s, off, s, 0, len);
    }
    return len;
  }

  static boolean endsWith(char[] s, int end, char[] suffix) {
    int start = end - suffix.length;
    for (int i = 0; i < suffix.length; i++) {
      if (s[start + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }
}
