package dossier.cli;

import dossier.archive.Archive;
import dossier.archive.query.Queries;
import dossier.archive.query.QueryRecords.Count;
import dossier.archive.query.QueryRecords.EntityCount;
import dossier.archive.query.QueryRecords.SearchHit;
import dossier.archive.query.QueryRecords.SearchRequest;
import dossier.archive.query.QueryRecords.SearchResult;
import dossier.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier search QUERY}: full text with filters, and facets under the hits. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Searches the archive's articles (title, text, entity names; Lucene syntax, all terms required)",
        "with filters, and counts the matches by source, entity type, entity and month.",
        "Exit code 0, 1 when the archive cannot be opened, 2 on bad usage or a bad query."})
final class SearchCommand implements Callable<Integer> {
  @Mixin ArchiveOptions options;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query; none lists every article, newest first.")
  String query;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only articles naming this archive entity.")
  String entity;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only articles naming an entity of this type (PERSON, ORGANIZATION, LOCATION, MISC).")
  String type;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only articles of this day or later.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only articles of this day or earlier.")
  LocalDate to;

  @Option(names = "--source", paramLabel = "S", description = "Only articles of this source (exact).")
  String source;

  @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "Hits to show. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Override
  public Integer call() {
    try (Archive archive = options.open()) {
      if (archive == null) return DossierCommand.SOME_FAILED;
      SearchResult r = new Queries(archive).search(new SearchRequest(query, entity, type, from, to, source, limit));
      PrintWriter out = options.out();
      if (options.json()) {
        out.println(Json.write(r));
      } else {
        if (entity != null && r.entityFilter().isEmpty()) out.println("(no entity named '" + entity + "')");
        out.printf("%,d article%s%n", r.total(), r.total() == 1 ? "" : "s");
        for (SearchHit h : r.hits()) {
          out.printf("  %-10s %-12s %s  (%s)%n", Text.or(h.date(), "no date"), Text.or(h.source(), "?"),
              Text.or(h.title(), "(no title)"), h.id());
        }
        if (r.total() > 0) {
          out.println("Sources:  " + counts(r.facets().sources()));
          out.println("Types:    " + counts(r.facets().types()));
          out.println("Entities: " + r.facets().entities().stream().map(SearchCommand::entity)
              .collect(Collectors.joining(", ")));
          out.println("Months:   " + counts(r.facets().months()));
        }
      }
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      options.err().println("dossier: " + e.getMessage().lines().findFirst().orElse("bad query"));
      return 2;
    } catch (IOException e) {
      options.err().println("dossier: " + e.getMessage());
      return DossierCommand.SOME_FAILED;
    }
  }

  private static String counts(List<Count> counts) {
    return counts.stream().map(c -> c.value() + " " + c.count()).collect(Collectors.joining(", "));
  }

  private static String entity(EntityCount e) {
    return e.name() + " " + e.count();
  }
}
