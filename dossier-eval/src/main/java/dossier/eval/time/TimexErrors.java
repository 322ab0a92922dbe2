package dossier.eval.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Every disagreement of one system with the gold, one TSV line each, for reading the misses. */
final class TimexErrors {

  private final List<String> lines = new ArrayList<>(List.of(
      "doc\terror\tgold_text\tgold_type\tgold_value\tsystem_text\tsystem_type\tsystem_value"));

  /** Records the misses ("missed", "spurious") and the wrong aligned pairs ("extent", "type", "value"). */
  void add(String docId, List<Timex> gold, List<Timex> system) {
    List<TimexScore.Pair> pairs = TimexScore.align(gold, system);
    Set<Timex> aligned = Collections.newSetFromMap(new IdentityHashMap<>());
    for (TimexScore.Pair p : pairs) {
      aligned.add(p.gold());
      aligned.add(p.system());
      if (!p.gold().sameExtent(p.system())) line(docId, "extent", p.gold(), p.system());
      if (!p.gold().type().equals(p.system().type())) line(docId, "type", p.gold(), p.system());
      if (!p.gold().value().equals(p.system().value())) line(docId, "value", p.gold(), p.system());
    }
    for (Timex g : gold) if (!aligned.contains(g)) line(docId, "missed", g, null);
    for (Timex s : system) if (!aligned.contains(s)) line(docId, "spurious", null, s);
  }

  void write(Path file) throws IOException {
    Files.write(file, lines);
  }

  private void line(String docId, String error, Timex gold, Timex system) {
    lines.add(String.join("\t", docId, error, fields(gold), fields(system)));
  }

  private static String fields(Timex t) {
    return t == null ? "\t\t" : String.join("\t", t.text().replaceAll("\\s+", " "), t.type(), t.value());
  }
}
