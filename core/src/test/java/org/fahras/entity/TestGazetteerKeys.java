package org.fahras.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key prefixes and next-char sets that {@link GazetteerMatcher} uses to extend a name word by word. */
class TestGazetteerKeys {

  /** Arabic names, one with a Persian letter (ک, bit 0) and a Latin one, whose keys share prefixes. */
  private static final List<String> NAMES = List.of("كيم جونغ أون", "كيم يو جونغ", "بيونغ يانغ", "کیم", "Kim Jong Un",
      "الولايات المتحدة", "الولايات المتحدة الأمريكية", "بيونغ", "كيم جونغ");

  private static Gazetteer gazetteer() {
    Gazetteer.Builder b = Gazetteer.builder();
    for (int i = 0; i < NAMES.size(); i++) {
      b.add(new Entity("test:" + i, EntityType.PERSON, NAMES.get(i), List.of()));
    }
    return b.build();
  }

  private static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (String name : NAMES) {
      String key = VariantKey.of(String.join(" ", Gazetteer.normalizedTokens(name)));
      if (key.length() >= VariantKey.MIN_LENGTH) { // shorter names are matched by name only
        keys.add(key);
      }
    }
    assertTrue(keys.size() >= 6, "keys: " + keys);
    return keys;
  }

  @Test
  void testNextKeyCharsHoldExactlyTheCharsThatExtendAPrefix() {
    Gazetteer g = gazetteer();
    List<Character> probes = new ArrayList<>();
    for (char c = '\u0621'; c < '\u0660'; c++) {
      probes.add(c);
    }
    probes.addAll(List.of('a', 'k', 'm', '\u06A9', '\u06CC', ' ', '1'));
    int checked = 0;
    for (String key : keys()) {
      for (int k = 2; k <= key.length(); k++) {
        String prefix = key.substring(0, k);
        assertTrue(g.isVariantPrefix(prefix), prefix);
        long next = g.nextKeyChars(prefix);
        for (char c : probes) {
          int bit = VariantKey.keyCharBit(c);
          boolean extends_ = g.isVariantPrefix(prefix + c);
          boolean set = (next & (1L << bit)) != 0;
          if (bit != 0) {
            assertEquals(extends_, set, "'" + prefix + "' + '" + c + "'");
          } else if (extends_) {
            assertTrue(set, "bit 0 stands for every other char: '" + prefix + "' + '" + c + "'");
          }
          checked++;
        }
      }
      assertEquals(0L, g.nextKeyChars(key + "\u0628\u0628"), "beyond every key nothing follows");
    }
    assertTrue(checked > 1000, "checked " + checked);
  }

  @Test
  void testAWholeKeyIsAPrefixAndOneCharIsNot() {
    Gazetteer g = gazetteer();
    for (String key : keys()) {
      assertTrue(g.isVariantPrefix(key), key);
      assertFalse(g.isVariantPrefix(key.substring(0, 1)), "prefixes start at two chars: " + key);
    }
    List<String> keys = keys();
    int extended = 0;
    for (String key : keys) {
      boolean someLonger = keys.stream().anyMatch(other -> other.length() > key.length() && other.startsWith(key));
      assertEquals(someLonger, g.nextKeyChars(key) != 0, "next chars of the whole key '" + key + "' in " + keys);
      extended += someLonger ? 1 : 0;
    }
    assertTrue(extended > 0, "some key extends another: " + keys);
  }
}
