package dossier.archive;

import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON columns that hold an article entity's mentions, descriptors and attributes and an event's
 * participants and counts (V10): one value of the parent row instead of a row each. The views named
 * after the old tables unpack them with {@code json_each}; objects are written in key order as
 * SQLite compares text (code point order), the order the old tables' primary keys gave.
 */
final class FactColumns {
  private FactColumns() {}

  /**
   * An article's JSON columns as UTF-8, made on a worker ahead of the writer: per entity (record order)
   * spans, descriptions, attributes; per event participants, counts.
   */
  record Encoded(List<byte[][]> entities, List<byte[][]> events) {}

  static Encoded of(ArticleAnalysis a) {
    List<byte[][]> entities = new ArrayList<>(a.entities().size());
    for (Entity e : a.entities()) {
      entities.add(new byte[][] {utf8(spans(Archive.list(e.mentions()))), utf8(strings(Archive.list(e.descriptors()))),
          utf8(attributes(e.attributes(), e.evidence()))});
    }
    List<byte[][]> events = new ArrayList<>(a.events().size());
    for (Event ev : a.events()) {
      events.add(new byte[][] {utf8(participants(Archive.list(ev.participants()))), utf8(counts(ev.counts()))});
    }
    return new Encoded(entities, events);
  }

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code [[start, end, "text"], ...]}: the {@code mentions} view. */
  private static String spans(List<Span> mentions) {
    StringBuilder b = new StringBuilder(mentions.size() * 24 + 2).append('[');
    for (Span m : mentions) {
      if (b.length() > 1) b.append(',');
      b.append('[').append(m.start()).append(',').append(m.end()).append(',');
      quote(b, m.text()).append(']');
    }
    return b.append(']').toString();
  }

  /** {@code ["text", ...]}: the {@code descriptors} view (without nulls, which the table's NOT NULL left out). */
  private static String strings(List<String> texts) {
    StringBuilder b = new StringBuilder(texts.size() * 24 + 2).append('[');
    for (String t : texts) {
      if (t == null) continue;
      if (b.length() > 1) b.append(',');
      quote(b, t);
    }
    return b.append(']').toString();
  }

  /** {@code {"key": ["value", evidence_start, evidence_end, "evidence_text"], ...}}: the {@code attributes} view. */
  private static String attributes(Map<String, String> attributes, Map<String, Span> evidence) {
    if (attributes == null || attributes.isEmpty()) return "{}";
    StringBuilder b = new StringBuilder(attributes.size() * 48 + 2).append('{');
    for (String key : sortedKeys(attributes)) {
      if (b.length() > 1) b.append(',');
      Span ev = evidence == null ? null : evidence.get(key);
      quote(b, key).append(":[");
      quote(b, attributes.get(key)).append(',');
      if (ev == null) b.append("null,null,null]");
      else quote(b.append(ev.start()).append(',').append(ev.end()).append(','), ev.text()).append(']');
    }
    return b.append('}').toString();
  }

  /** {@code [["role", "entity", "text"], ...]}: the {@code event_participants} view. */
  private static String participants(List<Event.Participant> participants) {
    StringBuilder b = new StringBuilder(participants.size() * 32 + 2).append('[');
    for (Event.Participant p : participants) {
      if (b.length() > 1) b.append(',');
      quote(b.append('['), p.role()).append(',');
      quote(b, p.entity()).append(',');
      quote(b, p.text()).append(']');
    }
    return b.append(']').toString();
  }

  /** {@code {"what": "figure", ...}}: the {@code event_counts} view. */
  private static String counts(Map<String, String> counts) {
    if (counts == null || counts.isEmpty()) return "{}";
    StringBuilder b = new StringBuilder(counts.size() * 32 + 2).append('{');
    for (String what : sortedKeys(counts)) {
      if (b.length() > 1) b.append(',');
      quote(quote(b, what).append(':'), counts.get(what));
    }
    return b.append('}').toString();
  }

  private static List<String> sortedKeys(Map<String, String> map) {
    List<String> keys = new ArrayList<>(map.keySet());
    keys.sort(FactColumns::compareCodePoints);
    return keys;
  }

  /** SQLite's text order (its UTF-8 bytes): code points, where Java's compareTo orders UTF-16 units. */
  private static int compareCodePoints(String a, String b) {
    int i = 0, j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i), y = b.codePointAt(j);
      if (x != y) return Integer.compare(x, y);
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** Appends {@code s} as a JSON string (null as null). */
  private static StringBuilder quote(StringBuilder b, String s) {
    if (s == null) return b.append("null");
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"');
  }
}
