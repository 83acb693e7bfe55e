package org.fahras.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level exact-match scores in the CoNLL-2003 sense (conlleval): a predicted entity counts only if
 * its type and both boundaries equal a gold entity's. Micro-averages are over PERS, LOC and ORG only
 * (MISC is reported but not averaged), as in the ANERcorp literature this is compared with.
 */
public final class NerScores {
  private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // tp, fp, fn

  /** A gold or predicted entity: token span {@code [start, end)} of a sentence. */
  record Span(int start, int end, String type) {}

  /** Adds one sentence's gold and predicted BIO tags. */
  public void add(List<String> gold, String[] predicted) {
    Set<Span> g = new HashSet<>(spans(gold.toArray(new String[0])));
    Set<Span> p = new HashSet<>(spans(predicted));
    for (Span s : p) {
      int[] c = counts.computeIfAbsent(EntityType.parse(s.type()), k -> new int[3]);
      if (g.contains(s)) {
        c[0]++;
      } else {
        c[1]++;
      }
    }
    for (Span s : g) {
      if (!p.contains(s)) {
        counts.computeIfAbsent(EntityType.parse(s.type()), k -> new int[3])[2]++;
      }
    }
  }

  /** Adds another score's counts (for cross-validation totals). */
  public void addAll(NerScores other) {
    other.counts.forEach((t, c) -> {
      int[] mine = counts.computeIfAbsent(t, k -> new int[3]);
      for (int i = 0; i < 3; i++) {
        mine[i] += c[i];
      }
    });
  }

  /** @return entities of a BIO sequence; an I- tag not continuing its type starts a new entity */
  static List<Span> spans(String[] tags) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.length; i++) {
      String t = i < tags.length ? tags[i] : "O";
      boolean continues = type != null && t.startsWith("I-") && t.length() == type.length() + 2
          && t.regionMatches(2, type, 0, type.length()); // the type of t is type's (no substring per token)
      if (!continues && type != null) {
        out.add(new Span(start, i, type));
        type = null;
      }
      if (!continues && !t.equals("O")) {
        start = i;
        type = t.substring(2);
      }
    }
    return out;
  }

  /** @return precision in percent for one type (0 when nothing was predicted) */
  public double precision(EntityType t) {
    int[] c = counts.getOrDefault(t, new int[3]);
    return c[0] + c[1] == 0 ? 0 : 100.0 * c[0] / (c[0] + c[1]);
  }

  /** @return recall in percent for one type */
  public double recall(EntityType t) {
    int[] c = counts.getOrDefault(t, new int[3]);
    return c[0] + c[2] == 0 ? 0 : 100.0 * c[0] / (c[0] + c[2]);
  }

  /** @return F1 in percent for one type */
  public double f1(EntityType t) {
    return f(precision(t), recall(t));
  }

  private int[] micro() {
    int[] m = new int[3];
    for (EntityType t : new EntityType[] {EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION}) {
      int[] c = counts.getOrDefault(t, new int[3]);
      for (int i = 0; i < 3; i++) {
        m[i] += c[i];
      }
    }
    return m;
  }

  /** @return micro-averaged precision over PERS, LOC, ORG, percent */
  public double microPrecision() {
    int[] m = micro();
    return m[0] + m[1] == 0 ? 0 : 100.0 * m[0] / (m[0] + m[1]);
  }

  /** @return micro-averaged recall over PERS, LOC, ORG, percent */
  public double microRecall() {
    int[] m = micro();
    return m[0] + m[2] == 0 ? 0 : 100.0 * m[0] / (m[0] + m[2]);
  }

  /** @return micro-averaged F1 over PERS, LOC, ORG, percent */
  public double microF1() {
    return f(microPrecision(), microRecall());
  }

  private static double f(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** @return a table: one line per type (gold count, P, R, F1) then the micro line */
  public String table() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-6s %6s %6s %6s %6s%n", "type", "gold", "P", "R", "F1"));
    for (EntityType t : EntityType.values()) {
      int[] c = counts.getOrDefault(t, new int[3]);
      sb.append(String.format(Locale.ROOT, "%-6s %6d %6.2f %6.2f %6.2f%n", t.conllTag(), c[0] + c[2],
          precision(t), recall(t), f1(t)));
    }
    int[] m = micro();
    sb.append(String.format(Locale.ROOT, "%-6s %6d %6.2f %6.2f %6.2f   (micro over PERS, LOC, ORG)%n", "micro",
        m[0] + m[2], microPrecision(), microRecall(), microF1()));
    return sb.toString();
  }
}
