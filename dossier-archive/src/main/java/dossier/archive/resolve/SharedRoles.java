package dossier.archive.resolve;

import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import dossier.model.Event;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unnamed participant an article puts in a named one's place: "An inmate escaped from a prison
 * van ... Joseph Comeaux Jr escaped", both the agent of an escape, or "a Brooklyn mother of 12" and
 * Zurana Horton, both the victim of a killing, where the article kept the two apart. When an event
 * type and role has exactly one named and one unnamed participant in the article, of the same entity
 * type, and the description is of one ("the inmate", not "the officers"), the description is the
 * named entity's, as a nominal mention of it would be ({@link CrossDocResolver#descriptions}).
 */
final class SharedRoles {
  private SharedRoles() {}

  /** Named article entity id -> the descriptions ("the inmate") the article's events give it. */
  static Map<String, Set<String>> descriptions(ArticleAnalysis a) {
    if (a.events() == null || a.entities() == null) return Map.of();
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : a.entities()) byId.put(e.id(), e);
    // Per event type and role, the named and the unnamed participants: [0] named, [1] unnamed.
    Map<String, List<Set<Entity>>> byRole = new LinkedHashMap<>();
    for (Event ev : a.events()) {
      if (ev.participants() == null) continue;
      for (Event.Participant p : ev.participants()) {
        Entity entity = p.entity() == null ? null : byId.get(p.entity());
        if (entity == null) continue;
        List<Set<Entity>> sides = byRole.computeIfAbsent(ev.type() + "/" + p.role(),
            k -> List.of(new LinkedHashSet<>(), new LinkedHashSet<>()));
        sides.get(Entity.isDescribed(entity.name()) ? 1 : 0).add(entity);
      }
    }
    Map<String, Set<String>> out = new HashMap<>();
    for (List<Set<Entity>> sides : byRole.values()) {
      if (sides.get(0).size() != 1 || sides.get(1).size() != 1) continue;
      Entity named = sides.get(0).iterator().next(), unnamed = sides.get(1).iterator().next();
      if (!named.type().equals(unnamed.type()) || plural(unnamed.name())) continue;
      out.computeIfAbsent(named.id(), k -> new LinkedHashSet<>()).add(unnamed.name());
    }
    return out;
  }

  /** "the officers", "the teens": a group is not the one named participant. */
  private static boolean plural(String description) {
    List<String> words = List.of(Entity.describedHead(description));
    return !NameVariants.singular(words).equals(words);
  }
}
