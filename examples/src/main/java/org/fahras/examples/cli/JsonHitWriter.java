package org.fahras.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.fahras.entity.EntityFacets;
import org.fahras.search.FacetCount;
import org.fahras.search.QueryParseException;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchResults;

/**
 * Writes search results as one JSON object ({@code fahras search --json}), for scripts: the same
 * figures the terminal output shows, with the snippets' matches marked {@code <mark>…</mark>} and
 * the rest HTML-escaped ({@link org.fahras.search.HighlightFormat#HTML}). Shape:
 *
 * <pre>{@code
 * {"query": "...", "totalHits": 305, "totalHitsExact": true, "tookMs": 12,
 *  "hits": [{"rank": 1, "score": 5.12, "id": "...", "title": "...", "published": "2015-08-07T00:00",
 *            "source": "almadina", "snippet": "... <mark>أمطار</mark> ..."}],
 *  "nextCursor": "..." or null, "didYouMean": "..." or null, "notes": ["..."],
 *  "facets": {"sources": [{"value": "sabq", "count": 12}], "months": [...], "days": [...],
 *             "person": [{"id": "...", "name": "...", "count": 3}], "place": [...], "org": [...]}}
 * }</pre>
 *
 * {@code facets} is present only with {@code --facets}; {@code published} and {@code source} are
 * null for an article without them; {@code title} is the stored title, not HTML-escaped;
 * {@code notes} holds what the search printed as notes on stderr (the query repaired or read as
 * plain words, a filter that cannot be applied, an unknown source). A query that {@code --strict}
 * refuses gives {@code {"query": ..., "error": {"message": ..., "position": ...}}} instead (exit
 * status 1). Written as UTF-8 text (non-ASCII chars as they are, not escaped).
 */
final class JsonHitWriter {
  /** Closing a generator leaves the command's writer open. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonHitWriter() {}

  /**
   * @param entityFacets with {@code --facets}: the top people, places and organizations, else null
   * @param notes what the search printed as notes on stderr (a repaired or unreadable query, an
   *     unknown source), without their "note: " prefix
   * @throws IOException if {@code out} fails
   */
  static void write(Writer out, SearchResults results, List<EntityFacets.EntityCount> entityFacets,
      List<String> notes) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("query", results.query());
      g.writeNumberField("totalHits", results.totalHits());
      g.writeBooleanField("totalHitsExact", results.totalHitsExact());
      g.writeNumberField("tookMs", results.tookMillis());
      g.writeArrayFieldStart("hits");
      for (SearchHit hit : results.hits()) {
        g.writeStartObject();
        g.writeNumberField("rank", hit.rank());
        g.writeNumberField("score", hit.score());
        g.writeStringField("id", hit.id());
        g.writeStringField("title", hit.title());
        g.writeStringField("published", hit.published() == null ? null : hit.published().toString());
        g.writeStringField("source", hit.source());
        g.writeStringField("snippet", hit.snippet());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("nextCursor", results.nextCursor());
      g.writeStringField("didYouMean", results.suggestion());
      g.writeArrayFieldStart("notes");
      for (String note : notes) {
        g.writeString(note);
      }
      g.writeEndArray();
      if (entityFacets != null) {
        g.writeObjectFieldStart("facets");
        counts(g, "sources", results.facets().sources());
        counts(g, "months", results.facets().months());
        counts(g, "days", results.facets().days());
        for (String type : List.of("person", "place", "org")) {
          g.writeArrayFieldStart(type);
          for (EntityFacets.EntityCount c : entityFacets) {
            if (c.type().queryPrefix().equals(type)) {
              g.writeStartObject();
              g.writeStringField("id", c.id());
              g.writeStringField("name", c.name());
              g.writeNumberField("count", c.documents());
              g.writeEndObject();
            }
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /**
   * Writes {@code {"query": ..., "error": {"message": ..., "position": ...}}} for a query that
   * {@code --strict} refuses; {@code position} is the 0-based char offset, or -1 when unknown.
   *
   * @throws IOException if {@code out} fails
   */
  static void writeError(Writer out, String query, QueryParseException e) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("query", query);
      g.writeObjectFieldStart("error");
      g.writeStringField("message", e.getMessage());
      g.writeNumberField("position", e.position());
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void counts(JsonGenerator g, String name, List<FacetCount> counts) throws IOException {
    g.writeArrayFieldStart(name);
    for (FacetCount c : counts) {
      g.writeStartObject();
      g.writeStringField("value", c.value());
      g.writeNumberField("count", c.count());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
