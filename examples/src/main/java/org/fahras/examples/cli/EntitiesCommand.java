package org.fahras.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fahras.benchmarks.ner.EntityCorpusReport;
import org.fahras.corpus.CorpusError;
import org.fahras.entity.EntityRecognizer;
import org.fahras.entity.EntityType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fahras entities}: the most mentioned entities of each type in a JSONL corpus. */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "Recognize entities in every article of a JSONL(.gz) corpus and print the most frequent of each type "
        + "(by number of articles).")
public final class EntitiesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--corpus", required = true, description = "JSON Lines corpus (.jsonl or .jsonl.gz), one article a line.")
  Path corpus;

  @Option(names = "--top", defaultValue = "50", description = "Entities to print per type (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--limit", defaultValue = "0", description = "Read only the first N articles (default: 0, all).")
  int limit;

  @Mixin EntityOptions entities = new EntityOptions();

  @Option(names = "--no-model", description = "Gazetteer only, no statistical tagger (the same as --entities gazetteer).")
  boolean noModel;

  @Override
  public Integer call() throws Exception {
    java.io.PrintWriter out = spec.commandLine().getOut();
    if (top < 1 || limit < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), top < 1
          ? "--top must be at least 1, got " + top : "--limit must be 0 (all) or more, got " + limit);
    }
    if (noModel) {
      if (spec.commandLine().getParseResult().hasMatchedOption("--entities")) {
        throw new IllegalArgumentException("--no-model is --entities gazetteer: give one of them");
      }
      entities.mode = EntityOptions.Mode.gazetteer;
    }
    EntityRecognizer recognizer = entities.recognizer();
    if (recognizer == null) {
      throw new IllegalArgumentException("--entities off recognizes nothing; use full or gazetteer");
    }
    EntityCorpusReport.Report r = EntityCorpusReport.run(corpus, recognizer, limit, top);
    out.printf(Locale.ROOT, "%s, %s, %.1f s (%.0f articles/s), skipped %s%n", count(r.articles(), "article"),
        count(r.mentions(), "mention"), r.seconds(), r.articles() / r.seconds(), count(r.skipped(), "bad line"));
    for (CorpusError error : r.firstErrors()) {
      out.println("  skipped " + error);
    }
    for (EntityType t : EntityType.values()) {
      List<EntityCorpusReport.Row> rows = r.top().getOrDefault(t, List.of());
      out.printf(Locale.ROOT, "%n== %s (top %d by articles)%n", t, rows.size());
      if (rows.isEmpty()) {
        out.println("     (none found)");
      }
      int i = 0;
      for (EntityCorpusReport.Row row : rows) {
        out.printf(Locale.ROOT, "%3d. %-30s %6d articles %7d mentions  %s%n", ++i, row.name(), row.articles(),
            row.mentions(), row.id());
      }
    }
    return 0;
  }

  /** {@code 1 article}, {@code 2 articles}. */
  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
