package org.fahras.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fahras.index.ArticleIndex;
import org.fahras.search.ArticleSearcher;
import org.fahras.search.SearchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Searches an index folder made by {@code fahras index}. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search an index folder. Query syntax: words, \"phrases\", AND/OR/NOT, +/-, (), title: body: author: source: id:.")
public final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, description = "Index folder made by 'fahras index'.")
  Path indexDir;

  @Option(names = {"-n", "--size"}, defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--from", defaultValue = "0", description = "Rank of the first hit shown, 0-based (default: ${DEFAULT-VALUE}).")
  int from;

  @Option(names = "--strict", description = "Report malformed query syntax as an error instead of searching the words.")
  boolean strict;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several arguments are joined with spaces.")
  String[] query;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(indexDir)) {
      throw new IOException("index folder not found: " + indexDir + " (make one with 'fahras index')");
    }
    try (ArticleIndex index = ArticleIndex.openReadOnly(indexDir, ArticleIndex.Options.defaults())) {
      SearchOptions options = SearchOptions.defaults().withPage(from, size).withStrict(strict)
          .withHighlight(HitPrinter.terminalFormat());
      new HitPrinter(spec.commandLine().getOut())
          .print(new ArticleSearcher(index).search(String.join(" ", query), options));
    }
    return 0;
  }
}
