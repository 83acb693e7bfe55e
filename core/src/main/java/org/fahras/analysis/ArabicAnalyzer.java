package org.fahras.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;

/**
 * Fahras's analyzer for Arabic text, used alike at index and query time. The chain, in order:
 *
 * <ol>
 *   <li>{@link UAX29URLEmailTokenizer}: Unicode word segmentation (UAX #29) that keeps URLs and
 *       e-mail addresses whole; an {@code @mention} gives the name without the {@code @};
 *   <li>{@link WordPartSplitFilter}: hashtag parts ({@code مصر_اليوم}) and Arabic/Latin script changes
 *       ({@code Facebookفيسبوك}) become separate tokens;
 *   <li>{@link LowerCaseFilter}'s lower-casing (Latin and other cased scripts), by {@link
 *       ArabicScriptLowerCaseFilter}, which skips the caseless Arabic blocks without a table lookup;
 *   <li>{@link ArabicNormalizationFilter}: harakat, tatweel, marks and controls out; alef, yeh, teh
 *       marbuta, hamza-seat, Persian letter, digit and presentation-form folding; empty terms dropped;
 *   <li>stopwords ({@link ArabicStopwords}, normalized) and protected words are keyword-marked, so
 *       not stemmed; in the {@linkplain #forQuery() query variant} stopwords are removed instead;
 *   <li>{@link ArabicLightStemFilter}: lexicon-guarded light stemming (optional).
 * </ol>
 *
 * <p>Stopwords are indexed as terms, so positions are exact and a phrase query built from this
 * analyzer matches only the words it names ("الخارجية في مصر" does not match "الخارجية من مصر").
 * Offsets are in chars on the original text and cover the whole original word, diacritics and
 * tatweel included. The no-arg constructor gives the default chain (the one the index uses), so any
 * tool that takes an Analyzer class name can use this class as it is.
 */
public final class ArabicAnalyzer extends Analyzer {

  private final boolean stemming;
  private final boolean removeStopwords;
  private final CharArraySet stopwords;
  private final CharArraySet keywords;
  private final PackedWordSet keywordSet;

  /** The default chain: stemming on, default stopwords indexed as unstemmed terms. */
  public ArabicAnalyzer() {
    this(new Builder());
  }

  private ArabicAnalyzer(Builder builder) {
    this.stemming = builder.stemming;
    this.removeStopwords = builder.removeStopwords;
    this.stopwords = builder.stopwords;
    CharArraySet marked = ArabicStopwords.keptWhole(stopwords);
    marked.addAll(ArabicStopwords.normalized(builder.protectedWords));
    this.keywords = CharArraySet.unmodifiableSet(marked);
    this.keywordSet = StopwordMarkerFilter.wordSet(keywords);
  }

  /** Options for a non-default chain. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default chain with stopwords removed: for the non-phrase clauses of a query over an index
   * built with {@link #ArabicAnalyzer()}. Phrase clauses must use the index chain (stopwords kept).
   */
  public static ArabicAnalyzer forQuery() {
    return builder().removeStopwords(true).build();
  }

  /**
   * True if {@code term}, an analyzed (normalized) term, is a default stopword: lets a query builder
   * drop stopwords from the non-phrase clauses it builds from the index chain's terms.
   */
  public static boolean isStopword(CharSequence term) {
    return ArabicStopwords.isStopword(term);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new UAX29URLEmailTokenizer();
    TokenStream result = new WordPartSplitFilter(source);
    result = new ArabicScriptLowerCaseFilter(result);
    result = new ArabicNormalizationFilter(result);
    if (removeStopwords && !stopwords.isEmpty()) {
      result = new StopFilter(result, stopwords);
    }
    if (stemming) {
      if (!keywords.isEmpty()) {
        result = new StopwordMarkerFilter(result, keywordSet);
      }
      result = new ArabicLightStemFilter(result);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ArabicNormalizationFilter(new LowerCaseFilter(in), false);
  }

  /** Options of an {@link ArabicAnalyzer}; defaults are those of {@link ArabicAnalyzer#ArabicAnalyzer()}. */
  public static final class Builder {
    private boolean stemming = true;
    private boolean removeStopwords;
    private CharArraySet stopwords = ArabicStopwords.defaultSet();
    private Collection<String> protectedWords = List.of();

    private Builder() {}

    /** Light stemming on (default) or off. */
    public Builder stemming(boolean on) {
      this.stemming = on;
      return this;
    }

    /** Remove stopwords (query variant) instead of indexing them (default false). */
    public Builder removeStopwords(boolean on) {
      this.removeStopwords = on;
      return this;
    }

    /** Replaces the stopword list; the words are normalized here. An empty list means none. */
    public Builder stopwords(Collection<String> words) {
      this.stopwords = ArabicStopwords.normalized(Objects.requireNonNull(words, "words"));
      return this;
    }

    /** Words never stemmed (names, brands); normalized here, matched after normalization. */
    public Builder protectedWords(Collection<String> words) {
      this.protectedWords = List.copyOf(Objects.requireNonNull(words, "words"));
      return this;
    }

    /** A new analyzer with these options (the builder may be reused). */
    public ArabicAnalyzer build() {
      return new ArabicAnalyzer(this);
    }
  }
}
