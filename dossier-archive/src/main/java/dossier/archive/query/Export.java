package dossier.archive.query;

import dossier.archive.Archive;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Exports of the archive: JSONL of the stored records, CSV tables, and GraphML of the entity network.
 * Writes to the given writers or directory and prints nothing.
 */
public final class Export {
  /**
   * The CSV tables, file name to query. Entity references are archive entity ids; local ids ("e1") are kept
   * beside them so that rows can be traced to the record.
   */
  public static final Map<String, String> TABLES = tables();

  private Export() {}

  private static Map<String, String> tables() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("articles.csv", "SELECT id, date, title, source, url, content_hash FROM articles ORDER BY pk");
    t.put("entities.csv", "SELECT e.id, e.name, e.type, e.first_seen, e.last_seen, e.article_count, e.mention_count, "
        + "(SELECT group_concat(alias, '|') FROM (SELECT alias FROM entity_aliases WHERE entity = e.id "
        + "ORDER BY count DESC, alias)) AS aliases FROM entities e ORDER BY e.id");
    t.put("mentions.csv", "SELECT a.id AS article, m.entity AS local_id, l.entity AS entity_id, m.ord, m.start, m.end, "
        + "m.text FROM mentions m JOIN articles a ON a.pk = m.article LEFT JOIN entity_links l ON l.article = m.article "
        + "AND l.local_id = m.entity ORDER BY a.pk, m.entity, m.ord");
    t.put("quotes.csv", "SELECT a.id AS article, q.ord, q.start, q.end, q.kind, q.speaker AS speaker_local_id, "
        + "l.entity AS speaker_entity_id, q.speaker_name, q.speaker_start, q.speaker_end, q.cue, q.cue_start, q.cue_end, "
        + "q.text FROM quotes q JOIN articles a ON a.pk = q.article "
        + "LEFT JOIN entity_links l ON l.article = q.article AND l.local_id = q.speaker ORDER BY a.pk, q.ord");
    t.put("claims.csv", "SELECT a.id AS article, c.ord, c.start, c.end, c.stance, c.cue, c.source AS source_local_id, "
        + "l.entity AS source_entity_id, c.source_name, c.source_start, c.source_end, c.cue_start, c.cue_end, c.text "
        + "FROM claims c JOIN articles a ON a.pk = c.article "
        + "LEFT JOIN entity_links l ON l.article = c.article AND l.local_id = c.source ORDER BY a.pk, c.ord");
    t.put("events.csv", "SELECT a.id AS article, e.ord, e.type, e.trigger_start, e.trigger_end, e.trigger_text, "
        + "l.entity AS place_entity_id, e.place_name, e.time, e.source_name, e.stance, e.modality, "
        + "(SELECT group_concat(role || '=' || coalesce(text, entity, ''), '|') FROM event_participants p "
        + "WHERE p.article = e.article AND p.event = e.ord) AS participants, "
        + "(SELECT group_concat(what || '=' || figure, '|') FROM event_counts k WHERE k.article = e.article "
        + "AND k.event = e.ord) AS counts FROM events e JOIN articles a ON a.pk = e.article "
        + "LEFT JOIN entity_links l ON l.article = e.article AND l.local_id = e.place ORDER BY a.pk, e.ord");
    t.put("relations.csv", "SELECT a.id AS article, r.ord, ls.entity AS subject_entity_id, r.subject AS subject_local_id, "
        + "r.predicate, lo.entity AS object_entity_id, r.object AS object_local_id, r.start, r.end, r.text "
        + "FROM relations r JOIN articles a ON a.pk = r.article LEFT JOIN entity_links ls ON ls.article = r.article "
        + "AND ls.local_id = r.subject LEFT JOIN entity_links lo ON lo.article = r.article AND lo.local_id = r.object "
        + "ORDER BY a.pk, r.ord");
    return java.util.Collections.unmodifiableMap(t);
  }

  /** Writes every stored record ({@code articles.analysis}, verbatim) one per line, in ingest order; returns how many. */
  public static long jsonl(Archive archive, Writer out) throws IOException {
    return archive.read(db -> {
      long n = 0;
      try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT analysis FROM articles ORDER BY pk")) {
        while (r.next()) {
          write(out, r.getString(1));
          write(out, "\n");
          n++;
        }
      }
      return n;
    });
  }

  /** Writes one CSV file per table of {@link #TABLES} into {@code dir} (created); returns rows written per file. */
  public static Map<String, Long> csv(Archive archive, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, Long> rows = new LinkedHashMap<>();
    for (var table : TABLES.entrySet()) {
      try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(table.getKey()), StandardCharsets.UTF_8)) {
        rows.put(table.getKey(), archive.read(db -> csv(db, table.getValue(), out)));
      }
    }
    return rows;
  }

  private static long csv(Connection db, String sql, Writer out) throws SQLException {
    long n = 0;
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
      ResultSetMetaData meta = r.getMetaData();
      int columns = meta.getColumnCount();
      StringBuilder line = new StringBuilder();
      for (int i = 1; i <= columns; i++) line.append(i > 1 ? "," : "").append(csvField(meta.getColumnLabel(i)));
      write(out, line.append("\r\n").toString());
      while (r.next()) {
        line.setLength(0);
        for (int i = 1; i <= columns; i++) line.append(i > 1 ? "," : "").append(csvField(r.getString(i)));
        write(out, line.append("\r\n").toString());
        n++;
      }
    }
    return n;
  }

  /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. Null is empty. */
  static String csvField(String value) {
    if (value == null) return "";
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /** What {@link #graphml} wrote. */
  public record GraphSize(long nodes, long coMentionEdges, long relationEdges) {}

  /**
   * Writes the entity network as GraphML: a node per archive entity ({@code name}, {@code type},
   * {@code articles}); an undirected-in-spirit {@code co-mention} edge per pair of entities named in the same
   * articles, with {@code weight} = the number of such articles; a directed {@code relation} edge per
   * (subject, predicate, object) stated between archive entities, with {@code predicate} and {@code weight} = the
   * number of statements.
   */
  public static GraphSize graphml(Archive archive, Writer out) throws IOException {
    return archive.read(db -> {
      try {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("graphml");
        x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
        key(x, "name", "node", "name", "string");
        key(x, "type", "node", "type", "string");
        key(x, "articles", "node", "articles", "int");
        key(x, "kind", "edge", "kind", "string");
        key(x, "predicate", "edge", "predicate", "string");
        key(x, "weight", "edge", "weight", "int");
        x.writeCharacters("\n");
        x.writeStartElement("graph");
        x.writeAttribute("id", "dossier");
        x.writeAttribute("edgedefault", "directed");
        x.writeCharacters("\n");
        long nodes = 0, coMentions = 0, relations = 0;
        try (Statement s = db.createStatement();
            ResultSet r = s.executeQuery("SELECT id, name, type, article_count FROM entities ORDER BY id")) {
          while (r.next()) {
            x.writeStartElement("node");
            x.writeAttribute("id", "n" + r.getLong(1));
            data(x, "name", r.getString(2));
            data(x, "type", r.getString(3));
            data(x, "articles", Long.toString(r.getLong(4)));
            x.writeEndElement();
            x.writeCharacters("\n");
            nodes++;
          }
        }
        try (Statement s = db.createStatement();
            // The stored counts (both directions of each pair), not a self-join of entity_links: at 100,000
            // articles that join groups some twenty million rows.
            ResultSet r = s.executeQuery("SELECT entity, other, articles FROM entity_comentions WHERE entity < other "
                + "ORDER BY 1, 2")) {
          while (r.next()) {
            edge(x, "c" + (++coMentions), r.getLong(1), r.getLong(2), "co-mention", null, r.getLong(3));
          }
        }
        try (Statement s = db.createStatement();
            ResultSet r = s.executeQuery("SELECT ls.entity, r.predicate, lo.entity, count(*) FROM relations r "
                + "JOIN entity_links ls ON ls.article = r.article AND ls.local_id = r.subject "
                + "JOIN entity_links lo ON lo.article = r.article AND lo.local_id = r.object "
                + "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")) {
          while (r.next()) {
            edge(x, "r" + (++relations), r.getLong(1), r.getLong(3), "relation", r.getString(2), r.getLong(4));
          }
        }
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.flush();
        return new GraphSize(nodes, coMentions, relations);
      } catch (XMLStreamException e) {
        throw new SQLException("cannot write GraphML: " + e.getMessage(), e);
      }
    });
  }

  private static void key(XMLStreamWriter x, String id, String target, String name, String type)
      throws XMLStreamException {
    x.writeCharacters("\n");
    x.writeEmptyElement("key");
    x.writeAttribute("id", id);
    x.writeAttribute("for", target);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  private static void edge(XMLStreamWriter x, String id, long source, long target, String kind, String predicate,
      long weight) throws XMLStreamException {
    x.writeStartElement("edge");
    x.writeAttribute("id", id);
    x.writeAttribute("source", "n" + source);
    x.writeAttribute("target", "n" + target);
    data(x, "kind", kind);
    if (predicate != null) data(x, "predicate", predicate);
    data(x, "weight", Long.toString(weight));
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value == null ? "" : value);
    x.writeEndElement();
  }

  private static void write(Writer out, String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
