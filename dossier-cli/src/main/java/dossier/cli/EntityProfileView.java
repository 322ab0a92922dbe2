package dossier.cli;

import dossier.archive.Archive;
import dossier.archive.query.Queries;
import dossier.archive.query.QueryRecords.Attribute;
import dossier.archive.query.QueryRecords.ClaimRow;
import dossier.archive.query.QueryRecords.EntityCount;
import dossier.archive.query.QueryRecords.EntityEvent;
import dossier.archive.query.QueryRecords.EntityProfile;
import dossier.archive.query.QueryRecords.EntityRef;
import dossier.archive.query.QueryRecords.QuoteRow;
import dossier.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code dossier entity NAME}: the profile of an archive entity, as text or JSON. Kept apart from
 * {@link EntityCommand} so that the command can grow subcommands (why, merge, split) without touching this.
 */
final class EntityProfileView {
  private EntityProfileView() {}

  /** Resolves {@code name} and prints its profile (or the candidates); returns the exit code. */
  static int show(ArchiveOptions options, String name, int limit) {
    try (Archive archive = options.open()) {
      if (archive == null) return DossierCommand.SOME_FAILED;
      Queries queries = new Queries(archive);
      ArchiveOptions.Lookup found = options.lookUp(queries, name);
      if (found.entity() == null) return found.exit();
      EntityProfile p = queries.profile(found.entity().id(), limit).orElseThrow();
      PrintWriter out = options.out();
      if (options.json()) out.println(Json.write(p));
      else print(out, p);
      out.flush();
      return 0;
    } catch (IOException e) {
      options.err().println("dossier: " + e.getMessage());
      return DossierCommand.SOME_FAILED;
    }
  }

  static void print(PrintWriter out, EntityProfile p) {
    EntityRef e = p.entity();
    out.println("== " + e.name() + "  #" + e.id() + "  " + e.type());
    out.println("Seen " + Text.or(e.firstSeen(), "?") + " .. " + Text.or(e.lastSeen(), "?") + " in " + e.articles()
        + " article" + (e.articles() == 1 ? "" : "s") + ", " + e.mentions() + " mentions");
    line(out, "Aliases", p.aliases(), c -> c.value() + " (" + c.count() + ")");
    line(out, "Descriptors", p.descriptors(), c -> c.value() + (c.count() > 1 ? " (" + c.count() + ")" : ""));
    section(out, "Attributes", p.attributes(),
        (Attribute a) -> a.key() + " = " + a.value() + "  \"" + Text.or(a.evidence(), "") + "\"  " + Text.article(a.article()));
    section(out, "Quotes by", p.quotesBy(), (QuoteRow q) -> q.text() + "  " + Text.article(q.article()));
    section(out, "Quotes about", p.quotesAbout(), Text::quote);
    section(out, "Claims by", p.claimsBy(), Text::claim);
    section(out, "Claims about", p.claimsAbout(), Text::claim);
    section(out, "Events", p.events(), (EntityEvent ev) -> ev.role() + ": " + Text.event(ev.event()));
    line(out, "Co-mentioned", p.coMentioned(), (EntityCount c) -> c.name() + " (" + c.count() + ")");
  }

  private static <T> void line(PrintWriter out, String title, List<T> items, Function<T, String> show) {
    if (items.isEmpty()) return;
    out.println(title + ": " + items.stream().map(show).collect(Collectors.joining(", ")));
  }

  private static <T> void section(PrintWriter out, String title, List<T> items, Function<T, String> show) {
    if (items.isEmpty()) return;
    out.println(title);
    for (T item : items) out.println("  " + show.apply(item));
  }
}
