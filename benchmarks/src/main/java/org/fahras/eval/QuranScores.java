package org.fahras.eval;

/**
 * Agreement of an analyzer's terms for two spellings of the same verses.
 *
 * @param label row label
 * @param verses verses scored
 * @param meanF1 mean over verses of the term-bag F1 (see {@link QuranEvaluation})
 * @param exactVerses fraction of verses whose two term bags are equal
 */
public record QuranScores(String label, int verses, double meanF1, double exactVerses) {}
