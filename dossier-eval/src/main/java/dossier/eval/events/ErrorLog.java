package dossier.eval.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Errors grouped by class and key, with counts and a few examples: what to fix first. */
public final class ErrorLog {

  private static final int EXAMPLES = 4;

  private final Map<String, Map<String, Group>> classes = new TreeMap<>();

  /** Counts one error of {@code errorClass} under {@code key} ("attack", "Life.Die.Unspecified/Victim"). */
  public void add(String errorClass, String key, String example) {
    Group g = classes.computeIfAbsent(errorClass, c -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new Group());
    g.count++;
    if (g.examples.size() < EXAMPLES) g.examples.add(example);
  }

  /** How many errors of a class fall under a key; 0 when none. */
  public int count(String errorClass, String key) {
    Group g = classes.getOrDefault(errorClass, Map.of()).get(key);
    return g == null ? 0 : g.count;
  }

  /** A Markdown report: one table per class, most frequent key first. */
  public String markdown() {
    StringBuilder b = new StringBuilder();
    classes.forEach((errorClass, groups) -> {
      int total = groups.values().stream().mapToInt(g -> g.count).sum();
      b.append("### ").append(errorClass).append(" (").append(total).append(")\n\n| key | n | examples |\n|---|---|---|\n");
      groups.entrySet().stream()
          .sorted(Comparator.comparingInt((Map.Entry<String, Group> e) -> -e.getValue().count).thenComparing(Map.Entry::getKey))
          .forEach(e -> b.append("| ").append(e.getKey()).append(" | ").append(e.getValue().count).append(" | ")
              .append(String.join("; ", e.getValue().examples).replace("|", "\\|").replace("\n", " ")).append(" |\n"));
      b.append('\n');
    });
    return b.toString();
  }

  private static final class Group {
    int count;
    final List<String> examples = new ArrayList<>();
  }
}
