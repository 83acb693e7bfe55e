/**
 * Entity recognition and entity search: {@link org.fahras.entity.EntityRecognizer} finds people,
 * places and organizations with a {@link org.fahras.entity.Gazetteer} (known names, aliases and
 * spelling variants) and a statistical tagger ({@link org.fahras.entity.NerTagger}, trained on
 * ANERcorp with Apache OpenNLP; {@link org.fahras.entity.NerTrainer} retrains it); the index holds the
 * mentions as fields ({@link org.fahras.entity.EntityFields}) that {@code person:}, {@code place:},
 * {@code org:} and {@code entity:} queries and {@link org.fahras.entity.EntityFacets} read. Design,
 * figures and licenses are in {@code docs/entities.md} and {@code NOTICE-entities}.
 */
package org.fahras.entity;
