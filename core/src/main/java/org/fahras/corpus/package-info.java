/**
 * Reading articles: {@link org.fahras.corpus.JsonlArticleReader} reads a JSON Lines file (plain or
 * gzip, UTF-8) line by line into {@link org.fahras.index.Article}s, and reports a bad line by file,
 * line and character offset ({@link org.fahras.corpus.CorpusError}) without losing the good ones.
 */
package org.fahras.corpus;
