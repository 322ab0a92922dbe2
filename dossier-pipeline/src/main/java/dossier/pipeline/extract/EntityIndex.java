package dossier.pipeline.extract;

import dossier.model.CodePoints;
import dossier.model.Entity;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/** Finds the entity an article's text range mentions, for the extractors that link to entities. */
public final class EntityIndex {

  private record Placed(Span mention, Entity entity) {}

  private final CodePoints offsets;
  private final List<Entity> all;
  private final TreeMap<Integer, Placed> byStart = new TreeMap<>();

  public EntityIndex(String text, List<Entity> entities) {
    this.offsets = new CodePoints(text);
    this.all = List.copyOf(entities);
    List<Placed> placed = new ArrayList<>();
    for (Entity e : entities) {
      for (Span m : e.mentions()) placed.add(new Placed(m, e));
    }
    // A nominal mention may open with another entity's name ("a Brooklyn mother" holds "Brooklyn"):
    // the name keeps its place and the longer mention is found from where the name ends, so a range
    // finds the innermost mention, as before mentions nested.
    placed.sort(Comparator.comparingInt((Placed p) -> p.mention().start()).thenComparingInt(p -> p.mention().end()));
    for (Placed p : placed) {
      Placed inner = byStart.get(p.mention().start());
      if (inner == null || inner.mention().end() >= p.mention().end()) {
        byStart.put(p.mention().start(), p);
      } else {
        Span m = p.mention();
        Span rest = new Span(inner.mention().end(), m.end(), m.text(), m.kind());
        byStart.putIfAbsent(rest.start(), new Placed(rest, p.entity()));
      }
    }
  }

  /** The entity with a mention overlapping {@code [charStart, charEnd)}, preferring the last such mention. */
  public Entity at(int charStart, int charEnd) {
    int start = offsets.at(charStart);
    int end = offsets.at(charEnd);
    var entry = byStart.lowerEntry(end);
    while (entry != null && entry.getValue().mention().end() > start) {
      if (entry.getValue().mention().start() < end) return entry.getValue().entity();
      entry = byStart.lowerEntry(entry.getKey());
    }
    return null;
  }

  /** The entity of type {@code type} mentioned last before {@code charOffset}, or null. */
  public Entity lastBefore(int charOffset, String type) {
    int at = offsets.at(charOffset);
    for (var entry = byStart.lowerEntry(at); entry != null; entry = byStart.lowerEntry(entry.getKey())) {
      if (entry.getValue().entity().type().equals(type)) return entry.getValue().entity();
    }
    return null;
  }

  /** Every entity of the article. */
  public List<Entity> all() {
    return all;
  }

  public CodePoints offsets() {
    return offsets;
  }
}
