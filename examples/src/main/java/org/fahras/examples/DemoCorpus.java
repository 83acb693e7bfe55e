package org.fahras.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.fahras.corpus.JsonlArticleReader;

/**
 * The bundled demo corpus: the 146 Arabic Wikipedia articles of ARCD (Mozannar et al., 2019, "Neural
 * Arabic Question Answering"; text CC BY-SA, repository MIT; see {@code corpus/ATTRIBUTION.md}).
 */
public final class DemoCorpus {
  /** Classpath location of the corpus, JSON Lines. */
  public static final String RESOURCE = "/org/fahras/examples/corpus/arcd-articles.jsonl";

  private DemoCorpus() {}

  /** Opens the bundled corpus for reading. */
  public static JsonlArticleReader open() {
    InputStream in = DemoCorpus.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("bundled corpus " + RESOURCE + " is missing from the classpath");
    }
    try {
      return JsonlArticleReader.open(in, "arcd-articles.jsonl");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled corpus " + RESOURCE, e);
    }
  }
}
