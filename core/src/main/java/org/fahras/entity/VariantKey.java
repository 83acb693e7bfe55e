package org.fahras.entity;

/**
 * A spelling-independent key for transliterated names, so that {@code بيونغ يانغ}, {@code بيونج يانج} and
 * {@code بيونغيانغ}, or {@code غوغل} and {@code جوجل}, get the same key. Built from text already folded by
 * {@link EntityNormalizer}; rules in order:
 *
 * <ol>
 *   <li>spaces, hyphens and ZWNJ are dropped, so compounds written apart or together meet
 *       ({@code فيس بوك}/{@code فيسبوك}, {@code نيو يورك}/{@code نيويورك});
 *   <li>the letters used for the foreign g-sound and its neighbours, {@code غ ج ق ك گ ڭ چ}, become one
 *       class ({@code ك}); Persian {@code پ} becomes {@code ب}, {@code ڤ ڥ} become {@code ف},
 *       {@code ژ} becomes {@code ز};
 *   <li>long vowels and hamza seats {@code ا و ي ء ؤ ئ} are dropped except as the first or the last
 *       letter ({@code بوتين}/{@code بوتن}, {@code واشنطن}/{@code واشنطون}, {@code كلينتون}/{@code كلنتون});
 *   <li>a final heh (from teh marbuta) becomes alef ({@code كوريه}/{@code كوريا});
 *   <li>a letter written twice in a row is kept once, as transliterations double consonants freely
 *       ({@code كيلي}/{@code كيللي}); a letter that comes back after a dropped vowel stays, so
 *       {@code كيري} (Kerry) and {@code كريري} (Kariri) keep apart.
 * </ol>
 *
 * <p>The key is lossy by design: it is only used for names of at least {@link #MIN_LENGTH} key chars,
 * only after an exact normalized lookup failed, and a key hit is accepted only if the two spellings are
 * also {@link #close} (few edits once letter classes are mapped), to keep common words that share a
 * name's consonants ({@code بالرئيس}/{@code بيلاروس}) from matching.
 * The letter classes follow the usual Arabic renderings of the Latin g, p and v in news transliteration.
 */
public final class VariantKey {
  /** Keys shorter than this are too ambiguous to look up. */
  public static final int MIN_LENGTH = 4;

  private static final char G_CLASS = '\u0643'; // kaf stands for the whole g-sound class

  private VariantKey() {}

  /** @return the variant key of a normalized name (see class doc); empty for an empty input */
  public static String of(CharSequence normalized) {
    return key(normalized, false);
  }

  /** @param open whether the name may go on (no last-letter exception, see {@link #open}) */
  private static String key(CharSequence normalized, boolean open) {
    int n = normalized.length();
    char[] key = new char[n];
    int length = 0;
    int first = -1;
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (!isSeparator(normalized.charAt(i))) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (open) {
      last = n; // as if one more letter followed
    }
    char previous = 0; // the class of the letter written before, dropped or not
    for (int i = 0; i < n; i++) {
      char c = normalized.charAt(i);
      if (isSeparator(c)) {
        continue;
      }
      c = letterClass(c);
      boolean doubled = c == previous;
      previous = c;
      if (doubled || (i != first && i != last && isVowelOrSeat(c))) {
        continue;
      }
      if (i == last && c == EntityNormalizer.HEH) {
        c = EntityNormalizer.ALEF;
      }
      key[length++] = c;
    }
    return new String(key, 0, length);
  }

  /**
   * @param after the class ({@link #lastLetterClass}) of the last letter of the words before {@code word}
   * @return the first char {@code word} adds to their open key when it follows them (separated by a
   *     space): {@code open(before + " " + word)} starts with {@code open(before)} and this char; 0 when
   *     {@code word} adds nothing (all its letters are vowels, seats or doubled letters)
   */
  static char firstKeyChar(CharSequence word, char after) {
    return openTail(word, after, null);
  }

  /**
   * @return the letter class of the first non-separator char of {@code word} when it is no vowel or seat,
   *     else 0: the only class of {@code after} that {@link #firstKeyChar} tells apart, as
   *     {@code firstKeyChar(word, after)} is {@code firstKeyChar(word, lead)} when {@code after} is that
   *     class {@code lead != 0}, and {@code firstKeyChar(word, 0)} for every other {@code after}
   */
  static char leadClass(CharSequence word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!isSeparator(c)) {
        c = letterClass(c);
        return isVowelOrSeat(c) ? 0 : c;
      }
    }
    return 0;
  }

  /**
   * @param after the class ({@link #lastLetterClass}) of the last letter of the words before {@code word}
   * @return what {@code word} adds to their open key when it follows them (separated by a space):
   *     {@code open(before + " " + word)} is {@code open(before) + openTail(word, after)}; its first
   *     char is {@link #firstKeyChar}
   */
  static String openTail(CharSequence word, char after) {
    StringBuilder tail = new StringBuilder(word.length());
    openTail(word, after, tail);
    return tail.toString();
  }

  /**
   * Appends what {@code word} adds to an open key after letter class {@code after} to {@code tail}; with
   * a null {@code tail}, stops at the first such char instead (allocation-free, for {@link #firstKeyChar}).
   *
   * @return the first char added, or 0 when {@code word} adds nothing
   */
  private static char openTail(CharSequence word, char after, StringBuilder tail) {
    char first = 0;
    char previous = after;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (isSeparator(c)) {
        continue;
      }
      c = letterClass(c);
      if (!isVowelOrSeat(c) && c != previous) { // neither first nor last of the open key: vowels dropped
        if (tail == null) {
          return c;
        }
        first = first == 0 ? c : first;
        tail.append(c);
      }
      previous = c;
    }
    return first;
  }

  /** @return the letter class of the last non-separator char of {@code word}, or 0 when it has none */
  static char lastLetterClass(CharSequence word) {
    for (int i = word.length() - 1; i >= 0; i--) {
      if (!isSeparator(word.charAt(i))) {
        return letterClass(word.charAt(i));
      }
    }
    return 0;
  }

  /** @return a key char's bit in a 64-bit set: {@code c - U+0620} for the Arabic letters U+0621..U+065F, 0 for any other char */
  static int keyCharBit(char c) {
    return c > '\u0620' && c < '\u0660' ? c - '\u0620' : 0;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '\u200C';
  }

  private static char letterClass(char c) {
    return switch (c) {
      case '\u063A', '\u062C', '\u0642', '\u0643', '\u06AF', '\u06AD', '\u0686' -> G_CLASS; // غ ج ق ك گ ڭ چ
      case '\u067E' -> '\u0628'; // پ -> ب
      case '\u06A4', '\u06A5' -> '\u0641'; // ڤ ڥ -> ف
      case '\u0698' -> '\u0632'; // ژ -> ز
      default -> c;
    };
  }

  private static boolean isVowelOrSeat(char c) {
    return switch (c) {
      case '\u0627', '\u0648', '\u064A', '\u0621', '\u0624', '\u0626' -> true; // ا و ي ء ؤ ئ
      default -> false;
    };
  }

  /**
   * @return the key of a word as it would start a longer name: like {@link #of} but without the
   *     first/last-letter exception at the end, so it is a prefix of the key of any name it begins
   */
  public static String open(CharSequence normalized) {
    return key(normalized, true);
  }

  /**
   * @return the name with separators removed and letters mapped to their class (rule 1 and 2 only, vowels
   *     kept): the form two spellings are compared in by {@link #close}
   */
  public static String letterClasses(CharSequence normalized) {
    StringBuilder sb = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (!isSeparator(c)) {
        sb.append(letterClass(c));
      }
    }
    return sb.toString();
  }

  /**
   * Whether two names that share a key are also close as spelled: at most one edit (insertion, deletion,
   * substitution) per six letters between their {@link #letterClasses} forms, so names shorter than six
   * letters may differ only in letter class ({@code غوغل}/{@code جوجل}). This keeps the key from joining
   * common words to names that share their consonants: {@code بالرئيس}/{@code بيلاروس},
   * {@code بينما}/{@code بنما}, {@code الكريم}/{@code القرم}.
   */
  public static boolean close(String classesA, String classesB) {
    int allowed = Math.min(classesA.length(), classesB.length()) / 6;
    if (Math.abs(classesA.length() - classesB.length()) > allowed) {
      return false;
    }
    int[] prev = new int[classesB.length() + 1];
    int[] cur = new int[classesB.length() + 1];
    for (int j = 0; j <= classesB.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= classesA.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= classesB.length(); j++) {
        int sub = prev[j - 1] + (classesA.charAt(i - 1) == classesB.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > allowed) {
        return false;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[classesB.length()] <= allowed;
  }
}
