package dossier.eval.events;

import dossier.eval.Prf;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Trigger identification, trigger classification and argument counts for one document (docs/evaluation/events.md
 * gives the rules).
 */
public final class EventScorer {
  private EventScorer() {}

  /** The three counts of one document or, added up, of a split. */
  public record Score(Prf triggerId, Prf triggerCls, Prf arguments) {
    public static final Score ZERO = new Score(Prf.ZERO, Prf.ZERO, Prf.ZERO);

    public Score plus(Score o) {
      return new Score(triggerId.plus(o.triggerId), triggerCls.plus(o.triggerCls), arguments.plus(o.arguments));
    }
  }

  /** Scores {@code system} against {@code gold}, logging each error in {@code errors} ({@code doc} names examples). */
  public static Score score(List<ScoredEvent> gold, List<ScoredEvent> system, ErrorLog errors, String doc) {
    Map<TokenSpan, List<ScoredEvent>> goldBySpan = new LinkedHashMap<>();
    for (ScoredEvent g : gold) goldBySpan.computeIfAbsent(g.trigger(), k -> new ArrayList<>()).add(g);
    // A span triggers at most one system event: extra events on the same word are one prediction.
    Map<TokenSpan, ScoredEvent> systemBySpan = new LinkedHashMap<>();
    for (ScoredEvent s : system) systemBySpan.putIfAbsent(s.trigger(), s);

    Prf id = triggers(goldBySpan, systemBySpan, errors, doc);
    Prf cls = types(goldBySpan, systemBySpan, errors, doc);
    Prf args = arguments(goldBySpan, systemBySpan, errors, doc);
    return new Score(id, cls, args);
  }

  private static Prf triggers(Map<TokenSpan, List<ScoredEvent>> gold, Map<TokenSpan, ScoredEvent> system, ErrorLog errors,
      String doc) {
    int tp = 0;
    for (ScoredEvent s : system.values()) {
      if (gold.containsKey(s.trigger())) {
        tp++;
      } else {
        errors.add("false trigger, by Dossier type", s.ownType(), example(doc, s));
      }
    }
    for (List<ScoredEvent> g : gold.values()) {
      if (!system.containsKey(g.get(0).trigger())) {
        for (ScoredEvent e : g) errors.add("missed trigger, by gold type", e.type(), example(doc, e));
      }
    }
    return new Prf(tp, system.size() - tp, gold.size() - tp);
  }

  private static Prf types(Map<TokenSpan, List<ScoredEvent>> gold, Map<TokenSpan, ScoredEvent> system, ErrorLog errors,
      String doc) {
    int goldPairs = gold.values().stream().mapToInt(List::size).sum();
    int tp = 0;
    for (ScoredEvent s : system.values()) {
      List<ScoredEvent> here = gold.get(s.trigger());
      if (here == null) continue;
      if (here.stream().anyMatch(g -> g.type().equals(s.type()))) {
        tp++;
      } else {
        errors.add("trigger found, type wrong (Dossier -> mapped => gold)",
            s.ownType() + " -> " + s.type() + " => " + here.get(0).type(), example(doc, s));
      }
    }
    return new Prf(tp, system.size() - tp, goldPairs - tp);
  }

  private static Prf arguments(Map<TokenSpan, List<ScoredEvent>> gold, Map<TokenSpan, ScoredEvent> system, ErrorLog errors,
      String doc) {
    int goldArgs = 0;
    for (List<ScoredEvent> g : gold.values()) {
      for (ScoredEvent e : g) goldArgs += e.arguments().size();
    }
    int systemArgs = 0;
    int tp = 0;
    Set<ScoredEvent.Argument> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (ScoredEvent s : system.values()) {
      ScoredEvent match = gold.getOrDefault(s.trigger(), List.of()).stream()
          .filter(g -> g.type().equals(s.type())).findFirst().orElse(null);
      for (ScoredEvent.Argument a : new LinkedHashSet<>(s.arguments())) {
        systemArgs++;
        ScoredEvent.Argument hit = match == null ? null : match.arguments().stream()
            .filter(g -> !used.contains(g) && Objects.equals(g.role(), a.role()) && g.overlaps(a)).findFirst().orElse(null);
        if (hit != null) {
          used.add(hit);
          tp++;
        } else {
          errors.add("false argument, by reason", falseReason(s, match, a), s.ownType() + "/" + a.role() + " '" + a.text()
              + "' " + example(doc, s));
        }
      }
    }
    for (List<ScoredEvent> g : gold.values()) {
      for (ScoredEvent e : g) {
        ScoredEvent s = system.get(e.trigger());
        for (ScoredEvent.Argument a : e.arguments()) {
          if (used.contains(a)) continue;
          String why = s == null ? "trigger missed" : !e.type().equals(s.type()) ? "type wrong" : "argument missed";
          errors.add("missed argument, by gold type/role (" + why + ")", e.type() + "/" + a.role(),
              "'" + a.text() + "' " + example(doc, e));
        }
      }
    }
    return new Prf(tp, systemArgs - tp, goldArgs - tp);
  }

  private static String falseReason(ScoredEvent s, ScoredEvent match, ScoredEvent.Argument a) {
    if (match == null) return s.type() == null ? "event type unmapped" : "event not in gold (trigger or type)";
    if (a.role() == null) return "role unmapped";
    boolean spanHit = match.arguments().stream().anyMatch(g -> g.overlaps(a));
    return spanHit ? "right entity, wrong role" : "entity not a gold argument";
  }

  private static String example(String doc, ScoredEvent e) {
    return "'" + e.word() + "' (" + doc + ")";
  }
}
