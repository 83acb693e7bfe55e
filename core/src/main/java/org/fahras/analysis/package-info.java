/**
 * Arabic analysis for Lucene: {@link org.fahras.analysis.ArabicAnalyzer} (the index's chain: word-part
 * splitting, normalization, stopword marking, lexicon-guarded light stemming), each step a
 * {@code final} token filter with its SPI factory ({@code fahrasWordPartSplit},
 * {@code fahrasArabicNormalization}, {@code fahrasArabicStopwordMarker}, {@code fahrasArabicLightStem})
 * for {@code CustomAnalyzer}, Solr and OpenSearch, over pure in-place classes
 * ({@link org.fahras.analysis.ArabicNormalizer}, {@link org.fahras.analysis.ArabicLightStemmer}). The
 * rules and their sources are in {@code docs/analysis.md}.
 */
package org.fahras.analysis;
