package dossier.eval.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One article's alignment as JSON-ready maps with the span texts, for reading errors. */
final class Details {
  private Details() {}

  static Map<String, Object> of(PolNear.Doc doc, Scorer.Alignment a, Map<String, Object> extra) {
    int[] cps = doc.text().codePoints().toArray();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("article", doc.name());
    out.put("annotator", doc.annotator());
    List<Map<String, Object>> matched = new ArrayList<>();
    for (Scorer.Pair p : a.matched()) {
      Map<String, Object> m = describe(cps, p.gold(), "gold_");
      m.putAll(describe(cps, p.predicted(), "pred_"));
      m.put("exact", p.exact());
      m.put("source_ok", p.source());
      m.put("cue_ok", p.cue());
      matched.add(m);
    }
    out.put("matched", matched);
    out.put("missed", a.missed().stream().map(g -> describe(cps, g, "")).toList());
    out.put("spurious", a.spurious().stream().map(p -> describe(cps, p, "")).toList());
    out.putAll(extra);
    return out;
  }

  private static Map<String, Object> describe(int[] cps, Attribution x, String prefix) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(prefix + "label", x.label());
    m.put(prefix + "content", texts(cps, x.content()));
    m.put(prefix + "content_at", x.content().isEmpty() ? -1 : x.content().get(0).start());
    // Every fragment's offsets, to find which prediction covers a missed gold content.
    m.put(prefix + "content_ranges", x.content().stream().map(r -> List.of(r.start(), r.end())).toList());
    m.put(prefix + "cue", texts(cps, x.cue()));
    // A predicted source lists every mention of the speaker; the first few are enough to read.
    m.put(prefix + "source", texts(cps, x.source().subList(0, Math.min(3, x.source().size()))));
    return m;
  }

  private static String texts(int[] cps, List<Range> ranges) {
    StringBuilder b = new StringBuilder();
    for (Range r : ranges) {
      if (b.length() > 0) b.append(" … ");
      b.append(new String(cps, r.start(), Math.min(r.end(), cps.length) - r.start()));
    }
    return b.toString();
  }
}
