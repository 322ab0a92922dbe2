package dossier.cli;

import dossier.archive.query.QueryRecords.ArticleRef;
import dossier.archive.query.QueryRecords.ClaimRow;
import dossier.archive.query.QueryRecords.EntityRef;
import dossier.archive.query.QueryRecords.EventGroup;
import dossier.archive.query.QueryRecords.EventRow;
import dossier.archive.query.QueryRecords.Figure;
import dossier.archive.query.QueryRecords.FigureSet;
import dossier.archive.query.QueryRecords.Participant;
import dossier.archive.query.QueryRecords.QuoteRow;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** Readable one-line renderings of query records, shared by the query commands. */
final class Text {
  private Text() {}

  static String entity(EntityRef e) {
    return "#" + e.id() + " " + e.name() + " (" + e.type() + ", " + e.articles() + " article"
        + (e.articles() == 1 ? "" : "s") + ", " + or(e.firstSeen(), "?") + " .. " + or(e.lastSeen(), "?") + ")";
  }

  static String article(ArticleRef a) {
    return "[" + or(a.date(), "no date") + " " + or(a.source(), "?") + " " + a.id() + "]";
  }

  static String quote(QuoteRow q) {
    return or(q.speaker(), "(unknown)") + ": " + q.text() + "  " + article(q.article());
  }

  static String claim(ClaimRow c) {
    return "[" + or(c.stance(), "?") + "] " + c.text() + "  (" + or(c.source(), "no source")
        + (c.cue() != null ? ", " + c.cue() : "") + ")  " + article(c.article());
  }

  static String event(EventRow e) {
    String who = e.participants().stream().map(Text::participant).collect(Collectors.joining(", "));
    return e.type() + (e.place() != null ? " in " + e.place() : "") + " " + or(e.time(), e.day())
        + (who.isEmpty() ? "" : " (" + who + ")") + (e.modality() != null && !e.modality().equals("actual")
            ? " [" + e.modality() + "]" : "") + "  " + article(e.article());
  }

  private static String participant(Participant p) {
    return p.role() + ": " + or(p.name(), "?");
  }

  /** An event group: a heading, its reports, and its figures side by side. */
  static void group(PrintWriter out, String indent, EventGroup g) {
    String span = g.firstDay() == null ? or(g.time(), "no date")
        : g.firstDay().equals(g.lastDay()) ? g.firstDay() : g.firstDay() + " .. " + g.lastDay();
    out.println(indent + g.type() + (g.place() != null ? " in " + g.place() : "") + ", " + span + " ("
        + g.reports().size() + " report" + (g.reports().size() == 1 ? "" : "s") + ")"
        + (g.conflicting() ? "  CONFLICTING FIGURES" : ""));
    for (EventRow r : g.reports()) out.println(indent + "  - " + event(r) + reporter(r));
    for (FigureSet f : g.figures()) {
      out.println(indent + "  " + f.what() + ": " + f.figures().stream().map(Text::figure)
          .collect(Collectors.joining("  |  ")));
    }
  }

  private static String reporter(EventRow r) {
    return r.reportedBy() != null ? " reported by " + r.reportedBy() : "";
  }

  private static String figure(Figure f) {
    String source = or(f.article().source(), "?");
    return f.figure() + " (" + (f.reporter() == null || f.reporter().equals(source) ? "" : f.reporter() + ", ")
        + source + " " + or(f.article().date(), "") + ")";
  }

  static String or(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
