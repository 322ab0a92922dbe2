package dossier.eval.entities;

import dossier.eval.Prf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Exact span-and-type mention scoring, counts summed over documents (micro-average), overall and
 * per type. A mention with the right span but the wrong type is a false positive of its type and a
 * false negative of the gold type.
 */
public final class MentionScore {

  static final List<String> TYPES = List.of(EntityTypes.PERSON, EntityTypes.ORGANIZATION, EntityTypes.LOCATION,
      EntityTypes.MISC);

  /** What one document got wrong. */
  public record Errors(List<Mention> falsePositives, List<Mention> falseNegatives) {}

  private final Map<String, Prf> byType = new LinkedHashMap<>();

  public MentionScore() {
    for (String t : TYPES) byType.put(t, Prf.ZERO);
  }

  /** Scores one document's system mentions against its gold ones; returns the errors. */
  public Errors add(List<Mention> gold, List<Mention> ignored, List<Mention> system) {
    Set<Key> goldKeys = keys(gold);
    Set<Key> systemKeys = keys(system);
    List<Mention> falsePositives = new ArrayList<>();
    List<Mention> falseNegatives = new ArrayList<>();
    for (Mention m : dedupe(system)) {
      if (goldKeys.contains(Key.of(m))) {
        count(m.type(), new Prf(1, 0, 0));
      } else if (ignored.stream().noneMatch(m::sameSpan)) {
        count(m.type(), new Prf(0, 1, 0));
        falsePositives.add(m);
      }
    }
    for (Mention m : dedupe(gold)) {
      if (!systemKeys.contains(Key.of(m))) {
        count(m.type(), new Prf(0, 0, 1));
        falseNegatives.add(m);
      }
    }
    return new Errors(falsePositives, falseNegatives);
  }

  /** The counts of one type. */
  public Prf of(String type) {
    return byType.get(type);
  }

  /** The counts over all types. */
  public Prf overall() {
    return byType.values().stream().reduce(Prf.ZERO, Prf::plus);
  }

  /** {@code precision recall f1} overall, then {@code f1_person}, {@code f1_organization}, .... */
  public Map<String, Double> metrics() {
    Map<String, Double> m = new LinkedHashMap<>(overall().metrics(""));
    byType.forEach((type, prf) -> m.put("f1_" + type.toLowerCase(Locale.ROOT), prf.f1()));
    return m;
  }

  private void count(String type, Prf prf) {
    byType.merge(type, prf, Prf::plus);
  }

  private static Set<Key> keys(List<Mention> mentions) {
    Set<Key> keys = new LinkedHashSet<>();
    for (Mention m : mentions) keys.add(Key.of(m));
    return keys;
  }

  // A span mentioned twice with the same type (Dossier can list it under two entities) counts once.
  private static List<Mention> dedupe(List<Mention> mentions) {
    Map<Key, Mention> unique = new LinkedHashMap<>();
    for (Mention m : mentions) unique.putIfAbsent(Key.of(m), m);
    return List.copyOf(unique.values());
  }

  private record Key(int start, int end, String type) {
    static Key of(Mention m) {
      return new Key(m.start(), m.end(), m.type());
    }
  }
}
