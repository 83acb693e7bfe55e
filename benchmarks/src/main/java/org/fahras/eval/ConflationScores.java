package org.fahras.eval;

/**
 * Pairwise agreement of "same stem" with "same lemma" over the words of a treebank: a pair of word
 * occurrences is a predicted pair when the analyzer gives both the same term, a gold pair when the
 * treebank gives both the same lemma.
 *
 * @param label row label
 * @param words content-word occurrences scored
 * @param precision gold pairs among predicted pairs
 * @param recall predicted pairs among gold pairs
 * @param f1 harmonic mean of precision and recall
 */
public record ConflationScores(
    String label, int words, double precision, double recall, double f1) {}
