package org.fahras.index;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a result list shows of an article: id, title, publication time and source, the fields of a
 * {@code SearchHit} before snippets. Every article indexed since this class exists also carries
 * them as one binary doc value, {@value ArticleFields#HIT}, so a page of hits is read with one
 * random access per hit instead of decompressing the stored document (title, body, entity
 * mentions): on the SaudiNewsNet index, reading the stored fields of 10 hits took 40–60% of a
 * search's time (JFR, {@code QueryLatencyBenchmark}).
 *
 * <p>Encoding (Lucene {@code DataOutput} primitives): one flags byte (bit 0: a publication time
 * follows, bit 1: a source follows), then {@code writeString} of the id, the title, the time as
 * ISO-8601 local date-time text (as the stored {@value ArticleFields#DATE}), the source.
 *
 * @param id the article id, never null
 * @param title the title, never null (empty when the article has none)
 * @param published the publication time, or null when unknown
 * @param source the source, or null
 */
public record HitSummary(String id, String title, LocalDateTime published, String source) {
  private static final int HAS_DATE = 1;
  private static final int HAS_SOURCE = 2;

  /** @throws NullPointerException if {@code id} or {@code title} is null */
  public HitSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }

  /** The summary of an article (its blank source counts as none, as the index stores it). */
  public static HitSummary of(Article article) {
    return new HitSummary(article.id(), article.title(), article.published(), ArticleFields.indexedSource(article));
  }

  /** The doc value field that holds this summary. */
  public BinaryDocValuesField toField() {
    return new BinaryDocValuesField(ArticleFields.HIT, toBytesRef());
  }

  /** This summary encoded as described in the class comment. */
  public BytesRef toBytesRef() {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    out.writeByte((byte) ((published == null ? 0 : HAS_DATE) | (source == null ? 0 : HAS_SOURCE)));
    out.writeString(id);
    out.writeString(title);
    if (published != null) {
      out.writeString(ArticleFields.STORED_DATE.format(published));
    }
    if (source != null) {
      out.writeString(source);
    }
    return new BytesRef(out.toArrayCopy());
  }

  /**
   * Decodes {@link #toBytesRef()}'s bytes.
   *
   * @throws IllegalArgumentException if the bytes are not a summary (truncated, or a bad time)
   */
  public static HitSummary decode(BytesRef bytes) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    HitSummary summary;
    try {
      int flags = in.readByte();
      String id = in.readString();
      String title = in.readString();
      LocalDateTime published = (flags & HAS_DATE) != 0 ? LocalDateTime.parse(in.readString(), ArticleFields.STORED_DATE) : null;
      String source = (flags & HAS_SOURCE) != 0 ? in.readString() : null;
      summary = new HitSummary(id, title, published, source);
    } catch (IOException | IndexOutOfBoundsException | DateTimeParseException e) {
      throw new IllegalArgumentException("malformed hit summary of " + bytes.length + " bytes: " + e.getMessage(), e);
    }
    int trailing = bytes.offset + bytes.length - in.getPosition();
    if (trailing < 0) {
      throw new IllegalArgumentException("malformed hit summary of " + bytes.length + " bytes: its fields run "
          + -trailing + " bytes past its end");
    }
    if (trailing > 0) {
      throw new IllegalArgumentException("malformed hit summary: " + trailing + " bytes after its last field");
    }
    return summary;
  }
}
