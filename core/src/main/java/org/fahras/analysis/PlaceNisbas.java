package org.fahras.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Places and their nisba adjectives as one term: مصر and مصري, فلسطين and فلسطيني, فرنسا and
 * فرنسي, تركيا and تركي, السعودية and سعودي, أوروبا and أوروبي. Light10 (Larkey, Ballesteros and
 * Connell 2007) reaches the same by cutting every final ي; here only the places of Ayaspell's
 * continent and country lists ({@code #القارات} and {@code #البلدان} in {@code ar.dic}) take part, so that خارجي ("foreign") does not meet خارج ("outside").
 *
 * <p>The nisba of a place is derived from its normalized name: a final يا or يه gives up its last
 * letter (تركيا → تركي, سعوديه → سعودي), a final ا or ه becomes ي (فرنسا → فرنسي), any other name
 * gains ي (مصر → مصري); the nisba entries (flag 58) that Ayaspell lists after a place join it too (أوروبا, أوربي).
 * A pair is skipped when the nisba is a listed given name (تركي "Turki"), and a derived pair when
 * its nisba is a lexicon word other than a nisba adjective (مجري, from مجرى "course", stays apart
 * from المجر "Hungary"; a word written with ى, as Ayaspell's عراقى, is not counted, so عراقي
 * joins العراق), and يمني, a listed nisba, joins اليمن. Capitals are left out: their nisbas collide with common words (رياضي "sporting"). Each group
 * of forms is written as its shortest member (ties: the place), so the rewrite never lengthens a
 * term.
 *
 * <p>Read-only after construction; {@link #canonical} is allocation-free.
 */
final class PlaceNisbas {

  /** No places: every term stays. */
  static final PlaceNisbas NONE = new PlaceNisbas(new CharArrayMap<>(0, false), CharArraySet.EMPTY_SET);

  private final CharArrayMap<char[]> canonical;
  /** Every place and nisba of the groups. */
  private final CharArraySet forms;

  private PlaceNisbas(CharArrayMap<char[]> canonical, CharArraySet forms) {
    this.canonical = canonical;
    this.forms = forms;
  }

  /**
   * True if {@code s[off..off+len)} is a place or nisba of a group: a name, which keeps a plural
   * look it may have (الإمارات, the UAE, is no plural of إمارة "emirate"). No allocation.
   */
  boolean contains(char[] s, int off, int len) {
    return forms.contains(s, off, len);
  }

  /**
   * Rewrites {@code s[0..len)} to its group's form if it is a place or place nisba.
   *
   * @return the new length in chars, at most {@code len}
   */
  int canonical(char[] s, int len) {
    char last = len == 0 ? 0 : s[len - 1];
    if (last != 'ي' && last != 'ا' && last != ArabicNormalizer.HEH) {
      return len; // every rewritten form is a nisba in ي or a place in ا or ه: no lookup for the rest
    }
    char[] form = canonical.get(s, 0, len);
    if (form == null) {
      return len;
    }
    System.arraycopy(form, 0, s, 0, form.length);
    return form.length;
  }

  /**
   * Builds the groups.
   *
   * @param places normalized place names, in dictionary order
   * @param listedNisbas normalized nisba entries, each with the place listed before it
   * @param isWord whether a normalized string is a lexicon word
   * @param isNisba whether a normalized string is one of the lexicon's nisba adjectives
   * @param isName whether a normalized string is a listed given name
   * @param forms receives every place and nisba of the groups (derived nisbas such as فرنسي are
   *     words the lexicon should know, so that فرنسيه and فرنسيون reach them by suffix stripping)
   */
  static PlaceNisbas of(List<String> places, Map<String, String> listedNisbas,
      Predicate<String> isWord, Predicate<String> isNisba, Predicate<String> isName,
      Collection<String> forms) {
    Map<String, String> parent = new HashMap<>();
    listedNisbas.forEach((nisba, place) -> {
      if (!isName.test(nisba)) {
        union(parent, place, nisba);
      }
    });
    for (String place : places) {
      String nisba = derivedNisba(place);
      boolean otherWord = isWord.test(nisba) && !isNisba.test(nisba);
      if (place.length() >= 3 && !isName.test(nisba) && !otherWord) {
        union(parent, place, nisba);
      }
    }
    CharArrayMap<char[]> map = new CharArrayMap<>(parent.size(), false);
    forms.addAll(parent.keySet());
    for (String form : parent.keySet()) {
      String root = find(parent, form);
      if (!root.equals(form)) {
        map.put(form, root.toCharArray());
      }
    }
    return new PlaceNisbas(CharArrayMap.unmodifiableMap(map),
        CharArraySet.unmodifiableSet(new CharArraySet(parent.keySet(), false)));
  }

  private static String derivedNisba(String place) {
    int n = place.length();
    if (place.endsWith("يا") || place.endsWith("يه")) {
      return place.substring(0, n - 1);
    }
    char last = place.charAt(n - 1);
    if (last == 'ا' || last == ArabicNormalizer.HEH) {
      return place.substring(0, n - 1) + 'ي';
    }
    return place + 'ي';
  }

  private static String find(Map<String, String> parent, String form) {
    String p = parent.getOrDefault(form, form);
    return p.equals(form) ? form : find(parent, p);
  }

  /** Joins the groups of a place and a nisba; the root is the shorter form, the place on a tie. */
  private static void union(Map<String, String> parent, String place, String nisba) {
    String a = find(parent, place);
    String b = find(parent, nisba);
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    if (a.equals(b)) {
      return;
    }
    if (b.length() < a.length()) {
      parent.put(a, b);
    } else {
      parent.put(b, a);
    }
  }
}
