package org.fahras.index;

import java.io.IOException;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Thrown when an index directory is already open for writing by another {@link ArticleIndex} (in
 * this or another process). Nothing was written; close the other writer first.
 */
public final class IndexLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  IndexLockedException(String where, LockObtainFailedException cause) {
    super("index at " + where + " is already open for writing by another ArticleIndex or process; "
        + "close that one first (Lucene's write.lock is held)", cause);
  }
}
