package dossier.eval.events;

import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dossier's events of one WikiEvents document in the scorer's terms: KAIROS types and roles, token spans. */
final class DossierEvents {
  private DossierEvents() {}

  static List<ScoredEvent> of(ArticleAnalysis analysis, WikiEventsDoc doc) {
    Map<String, Entity> entities = new HashMap<>();
    for (Entity e : analysis.entities()) entities.put(e.id(), e);
    List<ScoredEvent> out = new ArrayList<>();
    for (Event e : analysis.events()) {
      Span t = e.trigger();
      TokenSpan trigger = doc.tokens(t.start(), t.end());
      if (trigger == null) continue;
      String type = Kairos.type(e.type(), t.text());
      List<ScoredEvent.Argument> args = new ArrayList<>();
      for (Event.Participant p : e.participants()) {
        args.add(argument(type == null ? null : Kairos.role(e.type(), type, p.role()), p.entity(), p.text(), t, entities,
            analysis.text(), doc));
      }
      if (e.place() != null || e.placeName() != null) {
        args.add(argument(type == null ? null : Kairos.role(e.type(), type, "place"), e.place(), e.placeName(), t, entities,
            analysis.text(), doc));
      }
      args.removeIf(a -> a.spans().isEmpty());
      out.add(new ScoredEvent(type, trigger, args, e.type(), t.text()));
    }
    return out;
  }

  /** The participant's mention nearest the trigger: its entity's mentions, else where its words occur. */
  private static ScoredEvent.Argument argument(String role, String entityId, String words, Span trigger,
      Map<String, Entity> entities, String text, WikiEventsDoc doc) {
    List<Span> candidates = new ArrayList<>();
    Entity entity = entityId == null ? null : entities.get(entityId);
    if (entity != null) {
      candidates.addAll(entity.mentions());
    } else if (words != null && !words.isBlank()) {
      for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
        int start = text.codePointCount(0, i);
        candidates.add(new Span(start, start + words.codePointCount(0, words.length()), words));
      }
    }
    Span best = null;
    for (Span s : candidates) {
      if (best == null || distance(s, trigger) < distance(best, trigger)) best = s;
    }
    TokenSpan tokens = best == null ? null : doc.tokens(best.start(), best.end());
    return new ScoredEvent.Argument(role, tokens == null ? List.of() : List.of(tokens),
        words != null ? words : entity != null ? entity.name() : "");
  }

  private static int distance(Span a, Span b) {
    return a.end() <= b.start() ? b.start() - a.end() : b.end() <= a.start() ? a.start() - b.end() : 0;
  }
}
