package org.fahras.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fahras.corpus.CorpusLine;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.index.Article;

/**
 * Finds and reads the articles the benchmarks index.
 *
 * <p>{@link #resolve} picks, in order: an explicit JSON Lines file ({@code -p corpus=PATH}); the
 * SaudiNewsNet corpus (31,030 news articles, 2015) under the shared data folder, given by the
 * system property {@value #SHARED_DATA_PROPERTY} or else {@code ../shared/data} from the working
 * directory; the ARCD Wikipedia articles bundled with the examples (on the classpath when run from
 * {@code ./fahras}); the same ARCD file in the shared data folder.
 */
public final class BenchCorpus {

  /** The system property naming the shared data folder. */
  public static final String SHARED_DATA_PROPERTY = "fahras.shared.data";
  /** The value of the {@code corpus} parameter that means "pick the default corpus". */
  public static final String DEFAULT = "default";

  static final String SAUDI_NEWS_NET = "saudinewsnet/saudinewsnet.jsonl.gz";
  static final String ARCD_SHARED = "arcd/corpus_articles.jsonl";
  static final String ARCD_RESOURCE = "/org/fahras/examples/corpus/arcd-articles.jsonl";

  private BenchCorpus() {}

  /**
   * The corpus file to read.
   *
   * @param corpus a path to a JSON Lines file (plain or .gz), or {@value #DEFAULT}
   * @throws IllegalArgumentException if an explicit path is not a readable file, or no default
   *     corpus exists (the message lists the places tried)
   */
  public static Path resolve(String corpus) {
    if (corpus != null && !corpus.isBlank() && !DEFAULT.equals(corpus)) {
      Path file = Path.of(corpus);
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw new IllegalArgumentException("corpus file not found or not readable: " + file.toAbsolutePath());
      }
      return file.toAbsolutePath();
    }
    Path shared = sharedData();
    Path snn = shared.resolve(SAUDI_NEWS_NET);
    if (Files.isRegularFile(snn)) {
      return snn.toAbsolutePath().normalize();
    }
    Path bundled = bundledArcd();
    if (bundled != null) {
      return bundled;
    }
    Path arcd = shared.resolve(ARCD_SHARED);
    if (Files.isRegularFile(arcd)) {
      return arcd.toAbsolutePath().normalize();
    }
    throw new IllegalArgumentException("no corpus found: tried " + snn.toAbsolutePath().normalize()
        + ", the classpath resource " + ARCD_RESOURCE + " and " + arcd.toAbsolutePath().normalize()
        + "; pass a JSON Lines file with -p corpus=PATH (or --corpus PATH)");
  }

  /**
   * A note for the user when the default corpus fell back from SaudiNewsNet to the ARCD articles
   * ({@code resolved} is what {@link #resolve} gave for {@value #DEFAULT}), saying where SaudiNewsNet
   * was looked for; empty when SaudiNewsNet was found.
   */
  public static java.util.Optional<String> fallbackNote(Path resolved) {
    Path snn = sharedData().resolve(SAUDI_NEWS_NET).toAbsolutePath().normalize();
    if (resolved.equals(snn)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of("SaudiNewsNet not found at " + snn + ": benchmarking the ARCD Wikipedia"
        + " articles instead (146 articles; the README's figures are SaudiNewsNet's). Pass --corpus PATH,"
        + " or name the data folder: FAHRAS_JAVA_OPTS=-D" + SHARED_DATA_PROPERTY + "=DIR ./fahras bench ...");
  }

  /** The shared data folder: the system property {@code fahras.shared.data}, else {@code ../shared/data}. */
  public static Path sharedData() {
    String property = System.getProperty(SHARED_DATA_PROPERTY);
    return Path.of(property != null && !property.isBlank() ? property : "../shared/data");
  }

  /** The examples' bundled ARCD corpus copied to a temporary file, or null when not on the classpath. */
  private static Path bundledArcd() {
    try (InputStream in = BenchCorpus.class.getResourceAsStream(ARCD_RESOURCE)) {
      if (in == null) {
        return null;
      }
      Path copy = Files.createTempFile("fahras-arcd-", ".jsonl");
      copy.toFile().deleteOnExit();
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the bundled corpus " + ARCD_RESOURCE, e);
    }
  }

  /**
   * Reads the first {@code max} valid articles of a corpus file, skipping invalid lines and
   * repeated ids (so that every article of the batch makes one document).
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it holds no valid article
   */
  public static ArticleBatch load(Path file, int max) throws IOException {
    if (max < 1) {
      throw new IllegalArgumentException("batch must be >= 1, got " + max);
    }
    List<Article> articles = new ArrayList<>(Math.min(max, 1 << 16));
    Set<String> ids = new HashSet<>();
    try (JsonlArticleReader reader = JsonlArticleReader.open(file)) {
      while (articles.size() < max && reader.hasNext()) {
        if (reader.next() instanceof CorpusLine.Valid valid && ids.add(valid.article().id())) {
          articles.add(valid.article());
        }
      }
    }
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no valid article in " + file);
    }
    return ArticleBatch.of(file.toString(), articles);
  }
}
