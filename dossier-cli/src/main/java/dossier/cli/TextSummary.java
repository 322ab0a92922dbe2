package dossier.cli;

import dossier.model.ArticleAnalysis;
import dossier.model.Caption;
import dossier.model.Claim;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Quote;
import dossier.model.TimeExpression;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A readable summary of one analysis, for people at a terminal: named entities first, then the
 * participants the article only describes ("the soldiers"), who said what, the claims with their
 * stance, the events and the times. Entity ids are shown as names.
 */
final class TextSummary {
  /** Longer quote and claim texts are cut here, with an ellipsis; the JSON formats carry them whole. */
  private static final int TEXT_WIDTH = 160;

  private TextSummary() {}

  static String of(ArticleAnalysis a) {
    Map<String, String> names = new HashMap<>();
    for (Entity e : a.entities()) names.put(e.id(), e.name());
    StringBuilder b = new StringBuilder();
    b.append("== ").append(a.title() != null ? a.title() : a.id())
        .append(" (").append(a.date() != null ? a.date() : "no date").append(", id ").append(a.id()).append(")\n");
    if (!a.captions().isEmpty()) {
      b.append("Captions\n");
      for (Caption c : a.captions()) {
        b.append("  ").append(c.text()).append(c.credit() != null ? "  [" + c.credit() + "]" : "").append('\n');
      }
    }
    List<Entity> named = a.entities().stream().filter(e -> !Entity.isDescribed(e.name())).toList();
    List<Entity> described = a.entities().stream().filter(e -> Entity.isDescribed(e.name())).toList();
    entities(b, "Entities", named);
    entities(b, "Described participants", described);
    if (!a.quotes().isEmpty()) {
      b.append("Quotes\n");
      for (Quote q : a.quotes()) {
        String speaker = q.speaker() != null ? names.getOrDefault(q.speaker(), q.speaker())
            : q.speakerName() != null ? q.speakerName() : "(no speaker)";
        b.append(String.format("  %-24s %-8s %s%s%n", speaker, q.kind(), cut(q.text()),
            q.cue() != null ? "  [" + q.cue() + "]" : ""));
      }
    }
    if (!a.claims().isEmpty()) {
      b.append("Claims\n");
      for (Claim c : a.claims()) {
        String source = c.source() != null ? names.getOrDefault(c.source(), c.source())
            : c.sourceName() != null ? c.sourceName() : "";
        b.append(String.format("  %-9s %-24s %s%n", c.stance(), source, cut(c.text())));
      }
    }
    if (!a.events().isEmpty()) {
      b.append("Events\n");
      for (Event e : a.events()) b.append("  ").append(event(e, names)).append('\n');
    }
    if (!a.times().isEmpty()) {
      b.append("Times\n");
      for (TimeExpression t : a.times()) {
        b.append(String.format("  %-24s %-8s %s%n", t.text(), t.type(), t.value()));
      }
    }
    return b.toString();
  }

  private static void entities(StringBuilder b, String heading, List<Entity> entities) {
    if (entities.isEmpty()) return;
    b.append(heading).append('\n');
    for (Entity e : entities) {
      b.append(String.format("  %-28s %s%s  x%d", e.name(), e.type(), e.subtype() != null ? "/" + e.subtype() : "",
          e.mentions().size()));
      if (!e.attributes().isEmpty()) b.append("  ").append(e.attributes());
      if (!e.descriptors().isEmpty()) b.append("  \u2014 ").append(String.join("; ", e.descriptors()));
      b.append('\n');
    }
  }

  /** "killing 'shot' (modality negated) agent=the gunman victim=Ann Lee; in Kyiv; 2022-11; stance reported by TASS; killed=12". */
  private static String event(Event e, Map<String, String> names) {
    StringBuilder s = new StringBuilder(e.type()).append(" '").append(e.trigger().text()).append('\'');
    if (e.modality() != null && !"actual".equals(e.modality())) s.append(" (").append(e.modality()).append(')');
    if (!e.participants().isEmpty()) {
      s.append(' ').append(e.participants().stream()
          .map(p -> p.role() + "=" + (p.entity() != null ? names.getOrDefault(p.entity(), p.text()) : p.text()))
          .collect(Collectors.joining(" ")));
    }
    if (e.place() != null || e.placeName() != null) {
      s.append("; in ").append(e.place() != null ? names.getOrDefault(e.place(), e.placeName()) : e.placeName());
    }
    if (e.time() != null) s.append("; ").append(e.time());
    if (e.stance() != null && !"asserted".equals(e.stance())) {
      s.append("; ").append(e.stance());
      String by = e.source() != null ? names.get(e.source()) : e.sourceName();
      if (by != null) s.append(" by ").append(by);
    }
    if (!e.counts().isEmpty()) {
      s.append("; ").append(e.counts().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
          .collect(Collectors.joining(" ")));
    }
    return s.toString();
  }

  private static String cut(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= TEXT_WIDTH ? oneLine : oneLine.substring(0, TEXT_WIDTH - 1) + "\u2026";
  }
}
