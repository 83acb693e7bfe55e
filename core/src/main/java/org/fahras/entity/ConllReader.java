package org.fahras.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fahras.corpus.Utf8Lines;

/**
 * Reads NER data in the two-column CoNLL layout used by ANERcorp: UTF-8, one {@code token<TAB>tag} (or
 * {@code token<SPACE>tag}) per line, a blank line between sentences. Tags are BIO over PERS, LOC, ORG and
 * MISC ({@code PER} is read as {@code PERS}); an {@code I-} tag after a different type starts an entity.
 * Lines whose token is empty (a tag alone) are skipped.
 */
public final class ConllReader {
  private ConllReader() {}

  /**
   * As {@link #read}, for a file that must hold sentences (to train or evaluate on).
   *
   * @throws IllegalArgumentException also if the file holds no sentence
   */
  public static List<ConllSentence> readSentences(Path file) {
    List<ConllSentence> sentences = read(file);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException(file + ": no sentences (token<TAB>tag lines, a blank line between sentences)");
    }
    return sentences;
  }

  /**
   * @return the sentences in file order
   * @throws IllegalArgumentException on a malformed line, with file and 1-based line number
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<ConllSentence> read(Path file) {
    List<ConllSentence> out = new ArrayList<>();
    List<String> lines;
    try {
      lines = Utf8Lines.read(file);
    } catch (Utf8Lines.InvalidUtf8Exception e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } catch (IOException e) {
      throw InputFiles.cannotRead("CoNLL", file, e);
    }
    List<String> toks = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    long no = 0;
    long first = 0;
    for (String raw : lines) {
      String line = raw;
      no++;
      if (no == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        if (!toks.isEmpty()) {
          out.add(new ConllSentence(toks, tags, first));
          toks.clear();
          tags.clear();
        }
        continue;
      }
      int cut = Math.max(line.lastIndexOf('\t'), line.lastIndexOf(' '));
      if (cut == 0 || (cut > 0 && line.substring(0, cut).isBlank())) {
        continue; // an empty token (ANERcorp has a few): nothing to tag
      }
      if (cut < 0 || cut == line.length() - 1) {
        throw new IllegalArgumentException(file + ":" + no + ": expected token<TAB>tag, got '" + line + "'");
      }
      String tag = normalizeTag(line.substring(cut + 1).strip(), file, no);
      if (toks.isEmpty()) {
        first = no;
      }
      toks.add(line.substring(0, cut).strip());
      tags.add(tag);
    }
    if (!toks.isEmpty()) {
      out.add(new ConllSentence(toks, tags, first));
    }
    return out;
  }

  private static String normalizeTag(String tag, Path file, long no) {
    if (tag.equals("O")) {
      return tag;
    }
    if (tag.length() < 3 || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I') || tag.charAt(1) != '-') {
      throw new IllegalArgumentException(file + ":" + no + ": tag '" + tag + "' is not O, B-X or I-X");
    }
    try {
      return tag.substring(0, 2) + EntityType.parse(tag.substring(2)).conllTag();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ":" + no + ": unknown entity type '" + tag.substring(2)
          + "' in tag '" + tag + "' (expected PERS, LOC, ORG or MISC)", e);
    }
  }
}
