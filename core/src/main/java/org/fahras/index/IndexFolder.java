package org.fahras.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The checks on an index folder before a writer opens it, worded for the user: Java's file-system
 * exceptions carry only a path as their message.
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
