/**
 * The article index: {@link org.fahras.index.Article} (the unit indexed and returned) and
 * {@link org.fahras.index.ArticleIndex} (Lucene's writer and near-real-time searcher, on disk or in
 * memory, thread-safe), with the fields each article becomes ({@link org.fahras.index.ArticleFields}).
 */
package org.fahras.index;
