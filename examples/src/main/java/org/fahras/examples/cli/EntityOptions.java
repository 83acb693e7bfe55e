package org.fahras.examples.cli;

import java.nio.file.Path;
import java.util.List;
import org.fahras.entity.BaseGazetteer;
import org.fahras.entity.EntityRecognizer;
import org.fahras.entity.Gazetteer;
import org.fahras.entity.GazetteerReader;
import org.fahras.entity.NerModel;
import org.fahras.entity.NerTagger;
import picocli.CommandLine.Option;

/**
 * The entity-recognition options shared by {@code index} and {@code entities}: which layers run, extra
 * gazetteers added to the bundled one, and a retrained tagger model in place of the bundled one.
 */
final class EntityOptions {
  /** Which entity recognition runs. */
  enum Mode { full, gazetteer, off }

  @Option(names = "--entities", defaultValue = "full",
      description = "Entity recognition: full (gazetteer and statistical tagger), gazetteer (listed names only,"
          + " about 3x faster) or off (for `fahras index` only: no person:/place:/org:/entity: queries). Default:"
          + " ${DEFAULT-VALUE}.")
  Mode mode = Mode.full;

  @Option(names = "--gazetteer", paramLabel = "FILE",
      description = "Your own gazetteer (.tsv: id<TAB>type<TAB>name[<TAB>alias|alias...], or .jsonl; a name it shares with the bundled one is yours), added to the"
          + " bundled one; repeatable. See docs/entities.md.")
  List<Path> gazetteers = List.of();

  @Option(names = "--model", paramLabel = "ZIP",
      description = "Tagger model written by `fahras ner-train` (default: the model bundled in fahras-core).")
  Path model;

  /**
   * @return the recognizer these options ask for, or null for {@code --entities off}; the shared
   *     {@link EntityRecognizer#standard()} or {@link EntityRecognizer#gazetteerOnly()} when neither a
   *     gazetteer nor a model is given
   * @throws org.fahras.entity.GazetteerException on a malformed gazetteer line (file and line named)
   * @throws IllegalArgumentException if a model is given with {@code --entities gazetteer|off}, or a
   *     gazetteer with {@code --entities off}
   */
  EntityRecognizer recognizer() {
    if (mode == Mode.off && (!gazetteers.isEmpty() || model != null)) {
      throw new IllegalArgumentException("--entities off recognizes nothing: --gazetteer needs --entities full or"
          + " gazetteer, --model needs --entities full");
    }
    if (mode == Mode.gazetteer && model != null) {
      throw new IllegalArgumentException("--model needs --entities full (gazetteer runs no tagger)");
    }
    if (mode == Mode.off) {
      return null;
    }
    if (gazetteers.isEmpty() && model == null) {
      return mode == Mode.full ? EntityRecognizer.standard() : EntityRecognizer.gazetteerOnly();
    }
    Gazetteer gazetteer = BaseGazetteer.load();
    if (!gazetteers.isEmpty()) {
      // the user's entries first: the first entity added keeps a name both have, and the first id its type and name
      Gazetteer.Builder b = Gazetteer.builder();
      for (Path file : gazetteers) {
        b.addAll(GazetteerReader.read(file));
      }
      gazetteer = b.addAll(gazetteer).build();
    }
    NerTagger tagger = mode == Mode.full ? new NerTagger(model == null ? NerModel.bundled() : NerModel.load(model)) : null;
    return new EntityRecognizer(gazetteer, tagger);
  }
}
