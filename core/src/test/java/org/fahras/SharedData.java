package org.fahras;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the project's shared real-data folder ({@code ../shared/data} beside the repository, or the
 * {@code fahras.shared.data} system property that Surefire sets). Tests that need it call
 * {@link #require(String)}, which skips the test with a message when the file is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared data folder (it may not exist). */
  public static Path root() {
    String configured = System.getProperty("fahras.shared.data");
    return configured != null ? Path.of(configured) : Path.of("..", "shared", "data");
  }

  /** The file under the shared folder; skips the calling test when it is absent. */
  public static Path require(String relative) {
    Path file = root().resolve(relative);
    assumeTrue(Files.exists(file), () -> "skipped: shared data " + file + " is absent (../shared/data not available)");
    return file;
  }
}
