package org.fahras.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.util.BytesRef;
import org.fahras.entity.EntityFacets;
import org.fahras.entity.EntityType;
import org.fahras.index.ArticleFields;
import org.fahras.index.ArticleIndex;
import org.fahras.index.NoIndexException;
import org.fahras.search.ArticleSearcher;
import org.fahras.search.ArticleQueryParser;
import org.fahras.search.QueryParseException;
import org.fahras.search.HighlightFormat;
import org.fahras.search.SearchOptions;
import org.fahras.search.SearchResults;
import org.fahras.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Searches an index folder made by {@code fahras index}. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search an index folder. Query syntax (docs/query.md): words, \"phrases\", \"...\"~2, AND/OR/NOT, +/-, (), person: place: org: entity:, "
        + "title: body: author: source: id:, date:[2015-07-01 TO *], prefix*, fuzzy~.")
public final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, description = "Index folder made by 'fahras index'.")
  Path indexDir;

  @Option(names = {"-n", "--size"}, defaultValue = "10",
      description = "Hits to show (default: ${DEFAULT-VALUE}); 0 shows only the count (and --facets).")
  int size;

  @Option(names = "--from", defaultValue = "0", description = "Rank of the first hit shown, 0-based (default: ${DEFAULT-VALUE}).")
  int from;

  @Option(names = "--strict", description = "Report malformed query syntax as an error instead of searching the words.")
  boolean strict;

  @Option(names = "--sort", defaultValue = "RELEVANCE", description = "RELEVANCE, NEWEST or OLDEST (default: ${DEFAULT-VALUE}).")
  SortOrder sort;

  @Option(names = "--source", description = "Keep only articles from this source (repeatable).")
  List<String> sources = List.of();

  @Option(names = "--from-date", converter = DayConverter.class,
      description = "Keep only articles published on or after this day (yyyy-MM-dd).")
  LocalDate fromDate;

  @Option(names = "--to-date", converter = DayConverter.class,
      description = "Keep only articles published on or before this day (yyyy-MM-dd).")
  LocalDate toDate;

  @Option(names = "--after", description = "Cursor printed by a previous search (same query and --sort): show the hits after it.")
  String after;

  @Option(names = "--facets", description = "Also print counts by source, day and month, and the people, places and"
      + " organizations most articles of the result mention (--entity-facets of each); for the entities mentioned"
      + " with one entity, search it: --facets 'person:بوتين'.")
  boolean facets;

  @Option(names = "--entity-facets", paramLabel = "N", defaultValue = "5",
      description = "With --facets: how many people, places and organizations to list (default: ${DEFAULT-VALUE}).")
  int entityFacetCount;

  @Option(names = "--json", description = "Print the results as one JSON object (hits with rank, score, id, title, "
      + "published, source and a snippet marked <mark>...</mark>; with --facets, the counts), for scripts.")
  boolean json;

  @Option(names = "--explain", paramLabel = "ID", description = "Print how the score of the article with this id came about, instead of hits.")
  String explain;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several arguments are joined with spaces. "
      + "A word starting with '-' that is no option of this command is query text (-موسكو); one spelled like an option "
      + "(--facet) is refused as a mistyped option unless '--' comes before the query.")
  String[] query;

  @Override
  public Integer call() throws IOException {
    refuseMistypedOptions();
    refuseConflictingOptions();
    try (ArticleIndex index = openIndex()) {
      // -n 0: the count and facets only; the search itself collects one hit, which is not shown
      SearchOptions options = SearchOptions.defaults().withPage(from, Math.max(1, size)).withStrict(strict)
          .withHighlight(json ? HighlightFormat.HTML : HitPrinter.terminalFormat()).withSort(sort).withAfter(after)
          .withSources(Set.copyOf(sources)).withDates(fromDate, toDate).withFacets(facets);
      ArticleSearcher searcher = new ArticleSearcher(index);
      String text = String.join(" ", query);
      if (explain != null) {
        Optional<Explanation> e = searcher.explain(text, explain, options);
        if (e.isEmpty()) {
          throw new IOException("no article with id '" + explain + "' in " + indexDir);
        }
        spec.commandLine().getOut().print(e.get());
        spec.commandLine().getOut().flush();
        return 0;
      }
      if (!strict) {
        noteLenientReading(searcher, text);
      }
      if (index.analysisChanged()) {
        note(indexDir + " was indexed by another version of Fahras's analysis, whose terms differ from"
            + " this version's for some words: searches may miss articles; index it again with fahras index");
      }
      SearchResults results;
      try {
        results = searcher.search(text, options);
      } catch (QueryParseException e) {
        if (json) { // a script reads why on stdout too; the exit status and stderr stay those of any error
          JsonHitWriter.writeError(spec.commandLine().getOut(), text, e);
        }
        throw e;
      }
      if (size == 0) {
        results = new SearchResults(results.query(), results.totalHits(), results.totalHitsExact(), List.of(),
            results.tookMillis(), null, results.facets(), results.suggestion());
      }
      List<EntityFacets.EntityCount> entityFacets = facets && results.totalHits() > 0
          ? entityFacets(searcher, text, options, entityFacetCount) : List.of();
      if (results.totalHits() == 0) {
        noteUnknownSources(index);
        noteNoEntities(index, text);
      }
      if (json) {
        JsonHitWriter.write(spec.commandLine().getOut(), results, facets ? entityFacets : null, notes);
      } else {
        new HitPrinter(spec.commandLine().getOut(), true).print(results, facets, entityFacetLines(entityFacets));
      }
    }
    return 0;
  }

  /** The notes of this search, as printed on stderr (without "note: "); also in the JSON output. */
  private final List<String> notes = new ArrayList<>();

  /** Prints a note on stderr and keeps it for {@code --json}. */
  private void note(String text) {
    notes.add(text);
    spec.commandLine().getErr().println("note: " + text);
  }

  /**
   * In lenient mode, says on stderr when strict mode would refuse the query, and how lenient mode
   * reads it instead ({@link ArticleQueryParser#lenientReading}): repaired, its words as plain text,
   * or, for a filter that cannot be applied ({@code date:2015-13-01}), nothing: each otherwise looks
   * like a search that did what was typed.
   */
  private void noteLenientReading(ArticleSearcher searcher, String text) {
    try {
      searcher.parser().parse(text, true);
    } catch (QueryParseException e) {
      String reading = switch (searcher.parser().lenientReading(text)) {
        case NOTHING -> "a filter that cannot be applied matches no article";
        case REPAIRED -> "searching it with that part dropped or read as words";
        case PLAIN_WORDS, AS_WRITTEN -> "searching its words as plain text instead";
      };
      note(e.getMessage() + "; " + reading + " (--strict makes this an error)");
    }
  }

  private static final List<EntityType> FACET_TYPES =
      List.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION);

  /** With {@code --facets}: the people, places and organizations most articles of the result mention, type by type. */
  private static List<EntityFacets.EntityCount> entityFacets(ArticleSearcher searcher, String text,
      SearchOptions options, int count) throws IOException {
    List<EntityFacets.EntityCount> all = new ArrayList<>();
    for (EntityType type : FACET_TYPES) {
      all.addAll(searcher.entityFacets(text, options, type, count));
    }
    return all;
  }

  /** One line per type: "By person: name count, ...". */
  private static List<String> entityFacetLines(List<EntityFacets.EntityCount> counts) {
    List<String> lines = new ArrayList<>();
    for (EntityType type : FACET_TYPES) {
      StringBuilder line = new StringBuilder();
      for (EntityFacets.EntityCount c : counts) {
        if (c.type() == type) {
          line.append(line.isEmpty() ? "By " + type.name().toLowerCase(Locale.ROOT) + ": " : ", ")
              .append(c.name()).append(' ').append(c.documents());
        }
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
      }
    }
    return lines;
  }

  /** An entity clause: {@code person:}, {@code place:}, {@code org:}, {@code misc:} or {@code entity:}. */
  private static final java.util.regex.Pattern ENTITY_CLAUSE =
      java.util.regex.Pattern.compile("(?i)(?<![\\p{L}\\p{N}_])(person|place|org|misc|entity)\\s*:");

  /**
   * After a search without hits, says when the query has an entity clause and the index holds no
   * entity fields at all (indexed with {@code --entities off}): the clause then cannot match.
   */
  private void noteNoEntities(ArticleIndex index, String text) throws IOException {
    if (!ENTITY_CLAUSE.matcher(text).find()) {
      return;
    }
    if (index.indexedWithoutEntities()) {
      note(indexDir + " was indexed without entity recognition"
          + " (--entities off), so person:, place:, org:, misc: and entity: match nothing there;"
          + " index it again with --entities full (the default)");
    }
  }

  /**
   * After a search without hits, names the {@code --source} values no article of the index has, with
   * the sources it does have: a mistyped source otherwise looks like an empty result.
   */
  private void noteUnknownSources(ArticleIndex index) throws IOException {
    if (sources.isEmpty()) {
      return;
    }
    Set<String> known = index.withSearcher(s -> {
      Set<String> values = new TreeSet<>();
      Terms terms = MultiTerms.getTerms(s.getIndexReader(), ArticleFields.SOURCE);
      if (terms != null) {
        TermsEnum it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
          values.add(t.utf8ToString());
        }
      }
      // the lower-cased copy indexed beside a source written with capitals is not a source of its own
      Set<String> lowered = new TreeSet<>();
      for (String v : values) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (!lower.equals(v)) {
          lowered.add(lower);
        }
      }
      values.removeAll(lowered);
      return values;
    });
    for (String source : sources) {
      if (known.stream().noneMatch(k -> k.equalsIgnoreCase(source))) { // source: matches any letter case
        note("no article in " + indexDir + " has --source " + source
            + " (sources there: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
      }
    }
  }

  /**
   * A query word spelled like a long option ({@code --facet}, {@code --bogus}) before any {@code --}
   * is a mistyped option, not query text: Arabic queries do not start words with two ASCII dashes.
   *
   * @throws ParameterException naming the word, a close option if there is one, and the {@code --} escape
   */
  private void refuseMistypedOptions() {
    List<String> original = spec.commandLine().getParseResult().originalArgs();
    int endOfOptions = original.indexOf("--");
    for (String word : query) {
      if (!word.matches("--[A-Za-z].*") || (endOfOptions >= 0 && original.indexOf(word) > endOfOptions)) {
        continue;
      }
      String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
      String close = spec.options().stream().flatMap(o -> Arrays.stream(o.names()))
          .filter(o -> o.startsWith("--") && (o.startsWith(name) || name.startsWith(o)))
          .findFirst().map(o -> " (did you mean " + o + "?)").orElse("");
      throw new ParameterException(spec.commandLine(), "unknown option '" + word + "'" + close
          + "; to search for it, put '--' before the query");
    }
  }

  /**
   * Options that cannot hold together are refused with their names, not dropped or reported with the
   * library's field names: a cursor fixes where a page starts (so {@code --from} with {@code --after}),
   * and a date range must not end before it starts.
   *
   * @throws ParameterException naming both options
   */
  private void refuseConflictingOptions() {
    if (after != null && spec.commandLine().getParseResult().hasMatchedOption("--from")) {
      throw new ParameterException(spec.commandLine(),
          "--from and --after cannot be combined: the cursor of --after already says where the page starts");
    }
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      throw new ParameterException(spec.commandLine(), "--from-date " + fromDate + " is after --to-date " + toDate);
    }
    if (json && explain != null) {
      throw new ParameterException(spec.commandLine(), "--json and --explain cannot be combined: --explain prints Lucene's explanation as text");
    }
    if (!facets && spec.commandLine().getParseResult().hasMatchedOption("--entity-facets")) {
      throw new ParameterException(spec.commandLine(), "--entity-facets needs --facets");
    }
    if (size < 0) {
      throw new ParameterException(spec.commandLine(), "--size must be 0 (the count only) or more, got " + size);
    }
    if (entityFacetCount < 1) {
      throw new ParameterException(spec.commandLine(), "--entity-facets must be at least 1, got " + entityFacetCount);
    }
  }

  /**
   * The index, read-only; a folder without one is named with the command that builds it (a file given
   * as the folder is only named: building an index there would fail too).
   */
  private ArticleIndex openIndex() throws IOException {
    try {
      return ArticleIndex.openReadOnly(indexDir, ArticleIndex.Options.withoutEntities());
    } catch (NoIndexException e) {
      if (Files.isRegularFile(indexDir)) {
        throw new IOException(e.getMessage() + " (--index names the folder an index was built in)", e);
      }
      if (Files.exists(indexDir.resolve(IndexWriter.WRITE_LOCK_NAME))) { // an indexer's first commit is not there yet
        throw new IOException(e.getMessage() + " yet (if `fahras index` is writing there, search again after its first"
            + " commit; otherwise build one with: fahras index --corpus FILE --index " + indexDir + ")", e);
      }
      throw new IOException(e.getMessage() + " (build one with: fahras index --corpus FILE --index " + indexDir + ")", e);
    }
  }
}
