package org.fahras.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Opening an index folder: the checks before a writer opens it, worded for the user (Java's
 * file-system exceptions carry only a path as their message), and the writer or read-only searchers
 * themselves, the directory closed when they fail.
 */
final class IndexFolder {

  private IndexFolder() {}

  /**
   * Creates the folder if it is missing and checks that an index can be written in it.
   *
   * @throws IOException {@code F is a file, not a folder}, {@code cannot create the index folder F:
   *     ...} or {@code the index folder F is not writable (permission denied)...}
   */
  static void prepareWritable(Path folder) throws IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IOException(folder + " is a file, not a folder: an index is a folder");
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new IOException("cannot create the index folder " + folder + ": " + reason(e), e);
    }
    if (!Files.isWritable(folder)) {
      throw new IOException("the index folder " + folder + " is not writable (permission denied); "
          + "to search it only, open it read-only");
    }
  }

  /** The error for a file the writer could not create or open in the folder (Lucene's write.lock). */
  static IOException cannotWrite(Path folder, IOException cause) {
    return new IOException("cannot write in the index folder " + folder + ": " + reason(cause), cause);
  }

  /**
   * A writer on {@code directory}; on failure the directory is closed.
   *
   * @throws IndexLockedException if another writer holds it
   */
  static IndexWriter writer(Directory directory, String location, IndexWriterConfig config) throws IOException {
    try {
      return new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IndexLockedException(location, e);
    } catch (IOException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Searchers on the commits of {@code directory}, with no writer; on failure the directory is closed.
   *
   * @throws IndexNotFoundException if it holds no committed index ({@code openReadOnly} words it for its folder)
   * @throws IOException if the index cannot be read, saying where
   */
  static SearcherManager readOnlySearchers(Directory directory, String location) throws IOException {
    try {
      return new SearcherManager(directory, new SearcherFactory());
    } catch (IndexNotFoundException e) {
      directory.close();
      throw e;
    } catch (IOException e) {
      directory.close();
      throw new IOException("no readable index at " + location + ": " + e.getMessage(), e);
    }
  }

  /** Why a file-system call failed, in words. */
  private static String reason(IOException e) {
    return switch (e) {
      case NoSuchFileException missing -> "no such file or folder: " + missing.getFile();
      case AccessDeniedException denied -> "permission denied: " + denied.getFile();
      case FileAlreadyExistsException exists -> "a file, not a folder, is in the way: " + exists.getFile();
      case FileSystemException fs when fs.getReason() != null -> fs.getReason() + ": " + fs.getFile();
      default -> String.valueOf(e.getMessage());
    };
  }
}
