package org.fahras.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.examples.CorpusIndexer;
import org.fahras.examples.DemoCorpus;
import org.fahras.index.ArticleIndex;
import org.fahras.search.ArticleSearcher;
import org.fahras.search.SearchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Indexes the bundled corpus in memory and prints example searches. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Index the bundled corpus (155 Arabic Wikipedia articles, ARCD) in memory and run example searches.")
public final class DemoCommand implements Callable<Integer> {

  /** One example search and what it shows. */
  public record Example(String what, String query) {}

  /** The example searches, in the order they are printed. */
  public static final List<Example> EXAMPLES = List.of(
      new Example("plain terms", "الحرب العالمية"),
      new Example("a quoted phrase", "\"الدولة العثمانية\""),
      new Example("a Boolean query", "(مصر OR سوريا) AND الاستقلال NOT فرنسا"),
      new Example("a field-scoped query (title only)", "title:الهند"),
      new Example("diacritics and another alef form than the text uses", "نَجيب مَحفوظ إبن خلدون"),
      new Example("a person's name", "\"صلاح الدين الأيوبي\""),
      new Example("a place name", "\"المدينة المنورة\""),
      new Example("a natural-language question", "- من هو جمال خاشقجي؟"));

  @Spec CommandSpec spec;

  @Option(names = "--hits", defaultValue = "3", description = "Hits shown per search (default: ${DEFAULT-VALUE}).")
  int hits;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleIndex index = ArticleIndex.inMemory();
        JsonlArticleReader reader = DemoCorpus.open()) {
      CorpusIndexer.Summary summary = new CorpusIndexer(true).index(reader, index, (r, n) -> {});
      index.commit();
      out.printf(java.util.Locale.ROOT, "Indexed %d articles of the bundled corpus in %.2f s.%n%n",
          summary.indexed(), summary.seconds());
      ArticleSearcher searcher = new ArticleSearcher(index);
      HitPrinter printer = new HitPrinter(out);
      SearchOptions options = SearchOptions.defaults().withPage(0, hits).withHighlight(HitPrinter.terminalFormat());
      for (Example example : EXAMPLES) {
        out.println("== " + example.what() + ": " + example.query());
        printer.print(searcher.search(example.query(), options));
        out.println();
      }
    }
    return 0;
  }
}
