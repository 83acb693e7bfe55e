package org.fahras.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The Arabic words the light stemmer may stem to: every stem of the Ayaspell Arabic Hunspell
 * dictionary 3.2 ({@code ar.dic}, about 170,000 entries: nouns, adjectives, verb forms, proper names
 * of people and places, function words), normalized with {@link ArabicNormalizer}. Only the stems are
 * used, not the affix rules: the stemmer asks "is this a word?", a hash lookup on a char range. To
 * these it adds Fahras's list of modern proper names the 2008 dictionary lacks ({@code
 * names-ar.txt}: people, places, organizations and brands of current news, such as بوتين, فيسبوك).
 *
 * <p>The dictionary is bundled under {@code org/fahras/analysis/hunspell/} under its MPL 1.1 option
 * (COPYRIGHT and NOTICE beside it). It is read once per JVM, on first use, and shared by every
 * analyzer and thread (read-only: about 98,000 normalized words in a {@link PackedWordSet}, the
 * 43,000 non-verbs in a second one and the place map of {@link PlaceNisbas}, about 3 MB of heap
 * together; about 0.4 s to load).
 *
 * <p>Part of speech, as far as the stemmer needs it: Ayaspell gives each conjugated verb entry a
 * morphological alias ({@code po:verb} in {@code ar.aff}'s AM table, written as a tab and its
 * number after the flags); a word with at least one entry without it is a noun, adjective, particle
 * or name ({@link #isNonVerb}: about 43,000 of the 98,000 words, plus the listed names).
 */
public final class ArabicLexicon {

  private static final String RESOURCE = "hunspell/ar.dic";
  private static final String NAMES = "names-ar.txt";

  private final PackedWordSet words;
  private final PackedWordSet names;
  private final PackedWordSet nonVerbs;
  private final PlaceNisbas placeNisbas;

  private ArabicLexicon(CharArraySet words, CharArraySet names, CharArraySet nonVerbs,
      PlaceNisbas placeNisbas) {
    this.words = new PackedWordSet(charArrays(words), words.size());
    this.names = new PackedWordSet(charArrays(names), names.size());
    this.nonVerbs = new PackedWordSet(charArrays(nonVerbs), nonVerbs.size());
    this.placeNisbas = placeNisbas;
  }

  private static List<char[]> charArrays(CharArraySet set) {
    List<char[]> all = new ArrayList<>(set.size());
    for (Object word : set) {
      all.add((char[]) word);
    }
    return all;
  }

  /**
   * The bundled Ayaspell lexicon, loaded on first call.
   *
   * @throws UncheckedIOException if the bundled resource cannot be read (a broken jar)
   */
  public static ArabicLexicon ayaspell() {
    return Bundled.INSTANCE;
  }

  /** A lexicon of the given words (normalized here), for tests and custom word lists. */
  public static ArabicLexicon of(Iterable<String> words) {
    CharArraySet set = new CharArraySet(1024, false);
    for (String word : words) {
      add(set, word.toCharArray(), word.length());
    }
    return new ArabicLexicon(CharArraySet.unmodifiableSet(set), CharArraySet.EMPTY_SET,
        CharArraySet.EMPTY_SET, PlaceNisbas.NONE);
  }

  /**
   * True if {@code s[off..off+len)} is one of the listed modern proper names ({@code names-ar.txt}):
   * a proclitic before a listed name is removed before any suffix is tried. No allocation.
   */
  public boolean isName(char[] s, int off, int len) {
    return names.contains(s, off, len);
  }

  /**
   * True if {@code s[off..off+len)} has an entry that is no verb form: a noun, adjective, particle
   * or name (an Ayaspell entry without its {@code po:verb} morphological alias, or a listed name).
   * Always false for a lexicon made by {@link #of}. No allocation.
   */
  public boolean isNonVerb(char[] s, int off, int len) {
    return nonVerbs.contains(s, off, len);
  }

  /**
   * Rewrites a place or its nisba adjective, {@code s[0..len)}, to the one term of both (مصري →
   * مصر, تركيا → تركي; see {@link PlaceNisbas}); other terms stay. No allocation.
   *
   * @return the term's new length in chars, at most {@code len}
   */
  public int placeForm(char[] s, int len) {
    return placeNisbas.canonical(s, len);
  }

  /**
   * True if {@code s[off..off+len)} is a place of Ayaspell's continent and country lists or its
   * nisba ({@link #placeForm}). No allocation.
   */
  public boolean isPlace(char[] s, int off, int len) {
    return placeNisbas.contains(s, off, len);
  }

  /** True if {@code s[off..off+len)} is a word of the lexicon. No allocation. */
  public boolean contains(char[] s, int off, int len) {
    return words.contains(s, off, len);
  }

  /** True if the term of a {@link PackedTerm} key is a word of the lexicon. No allocation. */
  boolean containsKey(long key) {
    return words.containsKey(key);
  }

  /** Number of distinct normalized words. */
  public int size() {
    return words.size();
  }

  private static void add(CharArraySet set, char[] word, int len) {
    String normalized = normalized(word, len);
    if (!normalized.isEmpty()) {
      set.add(normalized);
    }
  }

  private static String normalized(char[] word, int len) {
    char[] buffer = new char[ArabicNormalizer.normalizedCapacity(word, len)];
    System.arraycopy(word, 0, buffer, 0, len);
    return new String(buffer, 0, ArabicNormalizer.INSTANCE.normalize(buffer, len));
  }

  private static final class Bundled {
    /** The sections of ar.dic that list continents and countries. */
    private static final char YEH = '\u064A';
    private static final Set<String> PLACE_SECTIONS = Set.of("#القارات", "#البلدان");
    /** The flag of the nisba adjectives listed after their place in those sections. */
    private static final String NISBA_FLAG = "/58";
    /** The flags of nisba adjectives (Ayaspell's ##النسبة## section and the place lists). */
    private static final Set<String> NISBA_FLAGS = Set.of(NISBA_FLAG, "/86");
    static final ArabicLexicon INSTANCE = load();

    private static ArabicLexicon load() {
      CharArraySet set = new CharArraySet(200_000, false);
      // the words written with a final ي: a place's derived nisba (always in ي) is another word only
      // if one of them has its letters, not one written with ى that folds to them (عراقي "Iraqi"
      // and Ayaspell's عراقى); a few thousand entries, not a second copy of the lexicon
      CharArraySet inYeh = new CharArraySet(16_384, false);
      CharArraySet names = new CharArraySet(1024, false);
      CharArraySet nonVerbs = new CharArraySet(60_000, false);
      List<String> places = new ArrayList<>();
      CharArraySet nisbas = new CharArraySet(2_000, false);
      Map<String, String> listedNisbas = new LinkedHashMap<>();
      boolean inPlaces = false;
      try (InputStream in = ArabicLexicon.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new UncheckedIOException(
              new IOException("Missing resource org/fahras/analysis/" + RESOURCE));
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.startsWith("#")) {
            inPlaces = PLACE_SECTIONS.contains(line.strip());
          }
          int end = 0;
          while (end < line.length() && isArabicLetter(line.charAt(end))) {
            end++;
          }
          // An entry is Arabic letters up to its "/flags" or tab; section headers and numbers are not.
          if (end > 0 && (end == line.length() || "/\t ".indexOf(line.charAt(end)) >= 0)) {
            add(set, line.toCharArray(), end);
            if (line.charAt(end - 1) == YEH) {
              add(inYeh, line.toCharArray(), end);
            }
            // a tab after the flags starts a morphological alias; every alias an entry uses is
            // po:verb (ar.aff's aliases 1-4 are not, but only header lines, skipped above, use them)
            if (line.indexOf('\t', end) < 0) {
              add(nonVerbs, line.toCharArray(), end);
            }
            String flags = line.substring(end).strip();
            if (NISBA_FLAGS.contains(flags)) {
              add(nisbas, line.toCharArray(), end);
            }
            if (inPlaces) {
              String word = normalized(line.toCharArray(), end);
              if (flags.equals(NISBA_FLAG) && !places.isEmpty()) {
                listedNisbas.put(word, places.get(places.size() - 1));
              } else {
                places.add(word);
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read org/fahras/analysis/" + RESOURCE, e);
      }
      try (InputStream in = ArabicLexicon.class.getResourceAsStream(NAMES)) {
        if (in == null) {
          throw new UncheckedIOException(
              new IOException("Missing resource org/fahras/analysis/" + NAMES));
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
          String name = line.strip();
          if (!name.isEmpty() && !name.startsWith("#")) {
            add(set, name.toCharArray(), name.length());
            if (name.charAt(name.length() - 1) == YEH) {
              add(inYeh, name.toCharArray(), name.length());
            }
            add(names, name.toCharArray(), name.length());
            add(nonVerbs, name.toCharArray(), name.length());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read org/fahras/analysis/" + NAMES, e);
      }
      List<String> forms = new ArrayList<>();
      PlaceNisbas placeNisbas =
          PlaceNisbas.of(places, listedNisbas, inYeh::contains, nisbas::contains, names::contains, forms);
      set.addAll(forms);
      nonVerbs.addAll(forms);
      return new ArabicLexicon(CharArraySet.unmodifiableSet(set),
          CharArraySet.unmodifiableSet(names), CharArraySet.unmodifiableSet(nonVerbs),
          placeNisbas);
    }

    private static boolean isArabicLetter(char c) {
      return c >= '\u0600' && c <= '\u06FF';
    }
  }
}
