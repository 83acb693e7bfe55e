package org.fahras.index;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.search.SearcherManager;

/**
 * Read-your-writes for a near-real-time {@link SearcherManager}: counts the writes that have
 * returned, and before a search refreshes the searcher, waiting for a refresh another thread has
 * begun, only when some of them may not be visible yet. A refresh that begins after a write
 * returned includes it. Thread-safe.
 */
final class WriteVisibility {
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong visible = new AtomicLong();

  /** Records a write (add, update, delete) that has returned. */
  void written() {
    writes.incrementAndGet();
  }

  /** Makes every write recorded so far visible to the searchers {@code searchers} hands out next. */
  void beforeSearch(SearcherManager searchers) throws IOException {
    long written = writes.get();
    if (visible.get() < written) {
      searchers.maybeRefreshBlocking();
      visible.accumulateAndGet(written, Math::max);
    }
  }
}
