package org.fahras.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.examples.CorpusIndexer;
import org.fahras.examples.DemoCorpus;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.fahras.entity.EntityFacets;
import org.fahras.entity.EntityType;
import org.fahras.index.ArticleIndex;
import org.fahras.search.ArticleSearcher;
import org.fahras.search.SearchOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Indexes the bundled corpus in memory and prints example searches. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Index the bundled corpus (146 Arabic Wikipedia articles, ARCD) in memory and run example searches.")
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
      new Example("a natural-language question", "- من هو جمال خاشقجي؟"),
      new Example("an entity search: a person under any spelling or clitic", "person:\"نجيب محفوظ\""),
      new Example("an entity search combined with text", "place:القاهرة AND جامعة"));

  @Spec CommandSpec spec;

  @Option(names = "--hits", defaultValue = "3", description = "Hits shown per search (default: ${DEFAULT-VALUE}).")
  int hits;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (hits < 1 || hits > SearchOptions.MAX_SIZE) { // checked before the corpus is indexed
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--hits must be in 1.." + SearchOptions.MAX_SIZE + ", got " + hits);
    }
    try (ArticleIndex index = ArticleIndex.inMemory();
        JsonlArticleReader reader = DemoCorpus.open()) {
      CorpusIndexer.Summary summary = new CorpusIndexer(true).index(reader, index, (r, n) -> {});
      index.commit();
      out.printf(java.util.Locale.ROOT, "Indexed %d articles of the bundled corpus in %.2f s.%n%n",
          summary.indexed(), summary.seconds());
      ArticleSearcher searcher = new ArticleSearcher(index);
      HitPrinter printer = new HitPrinter(out, false);
      SearchOptions options = SearchOptions.defaults().withPage(0, hits).withHighlight(HitPrinter.terminalFormat());
      for (Example example : EXAMPLES) {
        out.println("== " + example.what() + ": " + example.query());
        printer.print(searcher.search(example.query(), options));
        out.println();
      }
      printTopEntities(out, index);
    }
    return 0;
  }

  /** The people, places and organizations mentioned in the most articles of the corpus. */
  private static void printTopEntities(PrintWriter out, ArticleIndex index) throws IOException {
    out.println("== entities mentioned in the most articles");
    for (EntityType type : List.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION)) {
      List<EntityFacets.EntityCount> top = index.withSearcher(s -> EntityFacets.count(
          s.getIndexReader(), EntityFacets.matchingDocs(s, MatchAllDocsQuery.INSTANCE), type, 8));
      StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT, "%-13s", type.queryPrefix() + ":"));
      for (EntityFacets.EntityCount c : top) {
        line.append(' ').append(c.name()).append(" (").append(c.documents()).append(')');
      }
      out.println(line);
    }
  }
}
