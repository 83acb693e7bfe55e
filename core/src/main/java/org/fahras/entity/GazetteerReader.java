package org.fahras.entity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fahras.corpus.MalformedJson;
import org.fahras.corpus.Utf8Lines;

/**
 * Reads user gazetteers, UTF-8, one entity per line; blank lines and lines starting with {@code #} are
 * skipped. Two formats, chosen by file extension:
 *
 * <ul>
 *   <li>{@code .tsv}: {@code id<TAB>type<TAB>name[<TAB>alias|alias|...]}, e.g.
 *       {@code person:putin	PERSON	فلاديمير بوتين	بوتين|فلاديمير بوتن};
 *   <li>{@code .jsonl}: {@code {"id": "...", "type": "PERSON", "name": "...", "aliases": ["...", ...]}}.
 * </ul>
 *
 * <p>{@code type} is any spelling {@link EntityType#parse} accepts (PERSON/PERS/person, LOCATION/LOC/place,
 * ORGANIZATION/ORG/org, MISC). A repeated id adds its names to the first entry as aliases.
 */
public final class GazetteerReader {
  private static final ObjectMapper JSON = MalformedJson.lineMapper();

  private GazetteerReader() {}

  /**
   * Reads a gazetteer file.
   *
   * @throws GazetteerException on a malformed line (file and line in the message)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Gazetteer read(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), name.endsWith(".jsonl") || name.endsWith(".json"));
    } catch (IOException e) {
      throw InputFiles.cannotRead("gazetteer", file, e);
    }
  }

  /**
   * Reads a gazetteer from a stream (not closed).
   *
   * @param sourceName name used in error messages
   * @param jsonl true for the JSONL format, false for TSV
   * @throws GazetteerException on a malformed line
   */
  public static Gazetteer read(InputStream in, String sourceName, boolean jsonl) throws IOException {
    Gazetteer.Builder b = Gazetteer.builder();
    List<String> lines;
    try {
      lines = Utf8Lines.decode(in.readAllBytes(), sourceName);
    } catch (Utf8Lines.InvalidUtf8Exception e) {
      throw new GazetteerException(sourceName, e.line(), "invalid UTF-8", e);
    }
    long no = 0;
    for (String raw : lines) {
      String line = raw;
      no++;
      if (no == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        b.add(jsonl ? parseJson(line) : parseTsv(line));
      } catch (JsonProcessingException e) {
        throw new GazetteerException(sourceName, no, MalformedJson.describe(e), e);
      } catch (IllegalArgumentException | IOException e) {
        throw new GazetteerException(sourceName, no, e.getMessage(), e);
      }
    }
    return b.build();
  }

  static Entity parseTsv(String line) {
    String[] f = line.split("\t", -1);
    if (f.length < 3) {
      throw new IllegalArgumentException("expected id<TAB>type<TAB>name[<TAB>aliases], got " + f.length + " field(s)");
    }
    List<String> aliases = new ArrayList<>();
    if (f.length > 3) {
      for (String a : f[3].split("\\|")) {
        if (!a.isBlank()) {
          aliases.add(a.strip());
        }
      }
    }
    return new Entity(f[0].strip(), EntityType.parse(f[1]), f[2].strip(), aliases);
  }

  static Entity parseJson(String line) throws IOException {
    JsonNode n = JSON.readTree(line);
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    List<String> aliases = new ArrayList<>();
    JsonNode a = n.get("aliases");
    if (a != null) {
      if (!a.isArray()) {
        throw new IllegalArgumentException("\"aliases\" must be an array of strings");
      }
      a.forEach(x -> aliases.add(x.asText()));
    }
    return new Entity(text(n, "id"), EntityType.parse(text(n, "type")), text(n, "name"), aliases);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("missing string field \"" + field + "\"");
    }
    return v.asText();
  }
}
