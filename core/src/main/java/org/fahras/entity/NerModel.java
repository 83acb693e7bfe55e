package org.fahras.entity;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained tagger: the OpenNLP classifier plus everything its features read, in one zip file with the
 * entries {@code classifier.bin} (OpenNLP binary model), {@code word-statistics.tsv}
 * ({@link WordStatistics}), {@code gazetteer.tsv} (the feature gazetteer, {@link GazetteerReader} TSV
 * format) and {@code model.properties} (training data, parameters, document block size).
 */
public final class NerModel {
  /** Classpath location of the model bundled with fahras-core. */
  public static final String BUNDLED = "/org/fahras/entity/ner-anercorp.zip";

  private final MaxentModel classifier;
  private final NerFeatures features;
  private final Properties properties;

  public NerModel(MaxentModel classifier, NerFeatures features, Properties properties) {
    this.classifier = classifier;
    this.features = features;
    this.properties = properties;
  }

  /** @return the classifier */
  public MaxentModel classifier() {
    return classifier;
  }

  /** @return the feature builder with its saved resources */
  public NerFeatures features() {
    return features;
  }

  /** @return training metadata */
  public Properties properties() {
    return properties;
  }

  /**
   * Writes the model zip.
   *
   * @throws UncheckedIOException if the file cannot be written; the message names the file and the
   *     reason ({@code no such folder}, {@code permission denied}, or the I/O error's own words)
   */
  public void save(Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      save(out);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot write model " + file + ": no such folder", e);
    } catch (AccessDeniedException e) {
      throw new UncheckedIOException("cannot write model " + file + ": permission denied", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write model " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes the model zip to a stream (closed afterwards). */
  public void save(OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("classifier.bin"));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      GenericModelWriter w = new GenericModelWriter((AbstractModel) classifier, new DataOutputStream(bytes));
      w.persist();
      zip.write(bytes.toByteArray());
      zip.closeEntry();
      Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      zip.putNextEntry(new ZipEntry("word-statistics.tsv"));
      features.statistics().write(text);
      text.flush();
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("gazetteer.tsv"));
      for (Entity e : features.gazetteer().entities()) {
        text.write(e.id() + "\t" + e.type().name() + "\t" + e.name() + "\t" + String.join("|", e.aliases()) + "\n");
      }
      text.flush();
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("model.properties"));
      properties.store(text, "Fahras NER model");
      text.flush();
      zip.closeEntry();
    }
  }

  /**
   * Reads a model zip.
   *
   * @throws IllegalArgumentException if an entry is missing or malformed
   * @throws UncheckedIOException if the file cannot be read
   */
  public static NerModel load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    } catch (IOException e) {
      throw InputFiles.cannotRead("model", file, e);
    }
  }

  /** @return the model bundled in fahras-core (trained on ANERcorp; see NOTICE-entities) */
  public static NerModel bundled() {
    try (InputStream in = NerModel.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + BUNDLED);
      }
      return load(in, BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a model zip from a stream (not closed); {@code source} names it in errors. */
  public static NerModel load(InputStream in, String source) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    ZipInputStream zip = new ZipInputStream(in);
    ZipEntry e;
    while ((e = zip.getNextEntry()) != null) {
      entries.put(e.getName(), zip.readAllBytes());
    }
    for (String need : new String[] {"classifier.bin", "word-statistics.tsv", "gazetteer.tsv", "model.properties"}) {
      if (!entries.containsKey(need)) {
        throw new IllegalArgumentException(source + ": not a Fahras NER model (missing entry " + need + ")");
      }
    }
    MaxentModel classifier = SparseWeights.of(new GenericModelReader(
        new BinaryFileDataReader(new ByteArrayInputStream(entries.get("classifier.bin")))).getModel());
    WordStatistics stats = WordStatistics.read(reader(entries.get("word-statistics.tsv")));
    Gazetteer gaz = GazetteerReader.read(new ByteArrayInputStream(entries.get("gazetteer.tsv")),
        source + "!gazetteer.tsv", false);
    Properties p = new Properties();
    p.load(reader(entries.get("model.properties")));
    return new NerModel(classifier, new NerFeatures(stats, gaz), p);
  }

  private static BufferedReader reader(byte[] b) {
    return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.UTF_8));
  }
}
