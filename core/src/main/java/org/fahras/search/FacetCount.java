package org.fahras.search;

/**
 * One facet value and how many matching articles have it.
 *
 * @param value a source name, a day ({@code 2015-07-21}) or a month ({@code 2015-07})
 * @param count matching articles with that value
 */
public record FacetCount(String value, long count) {}
