package dossier.cli;

import dossier.model.ArticleAnalysis;
import dossier.model.Caption;
import dossier.model.Entity;
import dossier.model.TimeExpression;

/** A readable summary of one analysis, for people at a terminal. */
final class TextSummary {
  private TextSummary() {}

  static String of(ArticleAnalysis a) {
    StringBuilder b = new StringBuilder();
    b.append("== ").append(a.title() != null ? a.title() : a.id())
        .append(" (").append(a.date() != null ? a.date() : "no date").append(", id ").append(a.id()).append(")\n");
    if (!a.captions().isEmpty()) {
      b.append("Captions\n");
      for (Caption c : a.captions()) {
        b.append("  ").append(c.text()).append(c.credit() != null ? "  [" + c.credit() + "]" : "").append('\n');
      }
    }
    if (!a.entities().isEmpty()) {
      b.append("Entities\n");
      for (Entity e : a.entities()) {
        b.append(String.format("  %-28s %s%s  x%d", e.name(), e.type(), e.subtype() != null ? "/" + e.subtype() : "",
            e.mentions().size()));
        if (!e.attributes().isEmpty()) b.append("  ").append(e.attributes());
        if (!e.descriptors().isEmpty()) b.append("  \u2014 ").append(String.join("; ", e.descriptors()));
        b.append('\n');
      }
    }
    if (!a.times().isEmpty()) {
      b.append("Times\n");
      for (TimeExpression t : a.times()) {
        b.append(String.format("  %-24s %-8s %s%n", t.text(), t.type(), t.value()));
      }
    }
    return b.toString();
  }
}
