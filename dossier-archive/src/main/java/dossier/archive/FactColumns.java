package dossier.archive;

import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Json;
import dossier.model.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    List<List<Object>> rows = new ArrayList<>(mentions.size());
    for (Span m : mentions) rows.add(Arrays.asList(m.start(), m.end(), m.text()));
    return Json.write(rows);
  }

  /** {@code ["text", ...]}: the {@code descriptors} view (without nulls, which the table's NOT NULL left out). */
  private static String strings(List<String> texts) {
    return Json.write(texts.stream().filter(Objects::nonNull).toList());
  }

  /** {@code {"key": ["value", evidence_start, evidence_end, "evidence_text"], ...}}: the {@code attributes} view. */
  private static String attributes(Map<String, String> attributes, Map<String, Span> evidence) {
    if (attributes == null || attributes.isEmpty()) return "{}";
    Map<String, List<Object>> byKey = new LinkedHashMap<>();
    for (String key : sortedKeys(attributes)) {
      Span ev = evidence == null ? null : evidence.get(key);
      byKey.put(key, ev == null ? Arrays.asList(attributes.get(key), null, null, null)
          : Arrays.asList(attributes.get(key), ev.start(), ev.end(), ev.text()));
    }
    return Json.write(byKey);
  }

  /** {@code [["role", "entity", "text"], ...]}: the {@code event_participants} view. */
  private static String participants(List<Event.Participant> participants) {
    List<List<Object>> rows = new ArrayList<>(participants.size());
    for (Event.Participant p : participants) rows.add(Arrays.asList(p.role(), p.entity(), p.text()));
    return Json.write(rows);
  }

  /** {@code {"what": "figure", ...}}: the {@code event_counts} view. */
  private static String counts(Map<String, String> counts) {
    if (counts == null || counts.isEmpty()) return "{}";
    Map<String, String> byWhat = new LinkedHashMap<>();
    for (String what : sortedKeys(counts)) byWhat.put(what, counts.get(what));
    return Json.write(byWhat);
  }

  private static List<String> sortedKeys(Map<String, String> map) {
    List<String> keys = new ArrayList<>(map.keySet());
    keys.sort(SqliteText.ORDER);
    return keys;
  }
}
