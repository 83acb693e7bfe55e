package org.fahras.corpus;

import org.fahras.index.Article;

/** What one non-blank line of a corpus file held: an article, or an error saying why not. */
public sealed interface CorpusLine {
  /** 1-based line number in the file. */
  long line();

  /** A line that held a valid article. */
  record Valid(long line, Article article) implements CorpusLine {}

  /** A line that was rejected. */
  record Invalid(long line, CorpusError error) implements CorpusLine {}
}
