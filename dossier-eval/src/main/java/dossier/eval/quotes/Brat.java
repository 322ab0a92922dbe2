package dossier.eval.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PolNeAR's brat standoff: {@code T} lines are spans (possibly discontinuous, "10 20;25 30"),
 * {@code E} lines link a Source, a Cue and one or more Content spans (Content, Content2, ...) into one
 * attribution. Discard/Discuss spans and anything not linked by an {@code E} line are ignored.
 */
final class Brat {
  private Brat() {}

  /** The attributions of one .ann file, in file order. */
  static List<Attribution> parse(String ann) {
    Map<String, List<Range>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : ann.split("\n")) {
      // A span's text may hold line breaks, so a line only counts when it starts like an annotation.
      String[] cols = line.split("\t");
      if (cols.length < 2 || !cols[0].matches("[TE]\\d+")) continue;
      if (cols[0].startsWith("T")) {
        spans.put(cols[0], ranges(cols[1]));
      } else {
        events.add(new String[] {cols[0], cols[1]});
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String[] e : events) {
      List<Range> content = new ArrayList<>();
      List<Range> cue = new ArrayList<>();
      List<Range> source = new ArrayList<>();
      for (String arg : e[1].trim().split("\\s+")) {
        int colon = arg.indexOf(':');
        if (colon < 0) continue;
        String role = arg.substring(0, colon);
        List<Range> r = spans.getOrDefault(arg.substring(colon + 1), List.of());
        if (role.startsWith("Content")) content.addAll(r);
        else if (role.equals("Cue")) cue.addAll(r);
        else if (role.equals("Source")) source.addAll(r);
      }
      if (!content.isEmpty()) out.add(new Attribution(content, cue, source, e[0]));
    }
    return out;
  }

  /** "Content 10 20;25 30" -> [10, 20), [25, 30). */
  private static List<Range> ranges(String typeAndOffsets) {
    int space = typeAndOffsets.indexOf(' ');
    List<Range> out = new ArrayList<>();
    if (space < 0) return out;
    for (String part : typeAndOffsets.substring(space + 1).split(";")) {
      String[] se = part.trim().split(" ");
      out.add(new Range(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
    }
    return out;
  }
}
