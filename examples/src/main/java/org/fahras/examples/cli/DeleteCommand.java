package org.fahras.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.fahras.index.ArticleFields;
import org.fahras.index.ArticleIndex;
import org.fahras.index.NoIndexException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Deletes articles by id from an index folder and commits. */
@Command(name = "delete", mixinStandardHelpOptions = true,
    description = {"Delete articles by id from an index folder, then commit.",
        "Ids are exact (as in the corpus's \"id\" field); an id the index does not hold is reported, not an"
            + " error. To update an article, index a file holding its new version into the same folder."})
public final class DeleteCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, description = "Index folder (built by fahras index).")
  Path indexDir;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Ids of the articles to delete.")
  List<String> ids;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (ids.stream().anyMatch(String::isBlank)) {
      throw new ParameterException(spec.commandLine(), "an id is blank: ids are never blank");
    }
    try { // a folder without an index is an error here, where open() would create an empty one
      ArticleIndex.openReadOnly(indexDir, ArticleIndex.Options.withoutEntities()).close();
    } catch (NoIndexException e) {
      throw new IOException(e.getMessage() + " (nothing to delete from)", e);
    }
    List<String> missing = new ArrayList<>();
    int deleted = 0;
    try (ArticleIndex index = ArticleIndex.open(indexDir, ArticleIndex.Options.withoutEntities())) {
      for (String id : new LinkedHashSet<>(ids)) {
        int held = index.withSearcher(s -> s.count(new TermQuery(new Term(ArticleFields.ID, id))));
        if (held == 0) {
          missing.add(id);
          continue;
        }
        index.delete(id);
        deleted++;
      }
      index.commit();
    }
    out.printf(Locale.ROOT, "Deleted %d article(s) from %s%n", deleted, indexDir);
    if (!missing.isEmpty()) {
      out.println("  not in the index: " + String.join(", ", missing.stream().map(id -> "'" + id + "'").toList()));
    }
    return 0;
  }
}
