package org.fahras.eval;

import java.util.List;
import java.util.Locale;
import org.fahras.search.RankedQueryBuilder;

/**
 * A ranking strategy under evaluation, by name.
 *
 * @param name {@code bag} (one SHOULD clause per distinct analyzed query term: the baseline of the
 *     analysis issue) or {@code fahras} (the query module's ranked query from the same text:
 *     BM25F over the fields with the title weighted, plus proximity and coverage clauses;
 *     {@link RankedQueryBuilder#build})
 * @param builder builds the query of a text
 */
public record Ranking(String name, QueryBuilder builder) {

  /** The plain bag of terms. */
  public static final Ranking BAG = new Ranking("bag", new BagOfTermsQueryBuilder());

  /**
   * Fahras's ranked query. It gets the index chain: it keeps stopwords inside quoted phrases and
   * drops them elsewhere itself.
   */
  public static final Ranking FAHRAS = new Ranking("fahras",
      (text, analyzers, fields) -> RankedQueryBuilder.build(text, analyzers.index(), fields.toArray(String[]::new)));

  /**
   * The row label of an analyzer under this ranking: the analyzer's own label for {@code bag} (so
   * bag rows read {@code fahras} and {@code lucene-arabic}), else {@code <analyzer>+<ranking>}.
   */
  public String label(AnalyzerPair analyzer) {
    return this == BAG || name.equals(BAG.name) ? analyzer.label() : analyzer.label() + "+" + name + "-ranking";
  }

  /**
   * @param name {@code bag} or {@code fahras}, any case
   * @throws IllegalArgumentException for another name
   */
  public static Ranking named(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "bag" -> BAG;
      case "fahras" -> FAHRAS;
      default -> throw new IllegalArgumentException("unknown ranking '" + name + "'; choose bag or fahras");
    };
  }

  /** Every ranking, baseline first. */
  public static List<Ranking> all() {
    return List.of(BAG, FAHRAS);
  }
}
