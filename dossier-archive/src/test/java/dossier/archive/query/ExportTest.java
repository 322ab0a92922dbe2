package dossier.archive.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.archive.Archive;
import dossier.model.Json;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** JSONL, CSV and GraphML exports of the {@link QueryFixtures} archive. */
class ExportTest {
  @TempDir Path tmp;

  @Test
  void exportsRecordsTablesAndNetwork() throws Exception {
    try (Archive archive = Archive.open(tmp.resolve("archive"))) {
      archive.storeAll(QueryFixtures.all());

      StringWriter jsonl = new StringWriter();
      assertEquals(7, Export.jsonl(archive, jsonl));
      List<String> lines = jsonl.toString().lines().toList();
      assertEquals(7, lines.size());
      assertEquals(QueryFixtures.all().get(0), Json.readAnalysis(lines.get(0)));

      Map<String, Long> rows = Export.csv(archive, tmp.resolve("csv"));
      assertEquals(Map.of("articles.csv", 7L, "entities.csv", 10L, "mentions.csv", 18L, "quotes.csv", 3L,
          "claims.csv", 3L, "events.csv", 7L, "relations.csv", 2L), rows);
      List<List<String>> quotes = parseCsv(Files.readString(tmp.resolve("csv/quotes.csv"), StandardCharsets.UTF_8));
      assertEquals(4, quotes.size());
      assertEquals("text", quotes.get(0).get(quotes.get(0).size() - 1));
      assertTrue(quotes.stream().anyMatch(r -> r.get(r.size() - 1).equals("\"This is a national tragedy,\"")));
      List<List<String>> events = parseCsv(Files.readString(tmp.resolve("csv/events.csv"), StandardCharsets.UTF_8));
      assertTrue(events.stream().anyMatch(r -> r.contains("killed=over 100")), events.toString());

      StringWriter graph = new StringWriter();
      Export.GraphSize size = Export.graphml(archive, graph);
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new InputSource(new StringReader(graph.toString())));
      NodeList nodes = doc.getElementsByTagName("node");
      assertEquals(10, nodes.getLength());
      assertEquals(10, size.nodes());
      Map<String, String> names = new HashMap<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        Element n = (Element) nodes.item(i);
        names.put(n.getAttribute("id"), data(n, "name"));
      }
      List<String> edges = new ArrayList<>();
      NodeList es = doc.getElementsByTagName("edge");
      for (int i = 0; i < es.getLength(); i++) {
        Element e = (Element) es.item(i);
        String label = data(e, "kind").equals("relation") ? data(e, "predicate") : "co-mention";
        edges.add(names.get(e.getAttribute("source")) + " " + label + " " + names.get(e.getAttribute("target")) + " "
            + data(e, "weight"));
      }
      assertTrue(edges.contains("Yevgeny Prigozhin head_of Wagner 1"), edges.toString());
      assertTrue(edges.contains("Dmitry Medvedev deputy_head_of Security Council 1"), edges.toString());
      assertTrue(edges.contains("Mogadishu co-mention Omar Filish 1"), edges.toString());
      assertTrue(edges.contains("Andrei Medvedev co-mention Wagner 1"), edges.toString());
      // Medvedev article: 4 entities, 6 pairs; afp: 1; daily: 1; dmitry: 1.
      assertEquals(9, size.coMentionEdges());
      assertEquals(2, size.relationEdges());
      assertEquals(11, es.getLength());
    }
  }

  private static String data(Element e, String key) {
    NodeList data = e.getElementsByTagName("data");
    for (int i = 0; i < data.getLength(); i++) {
      Element d = (Element) data.item(i);
      if (d.getAttribute("key").equals(key)) return d.getTextContent();
    }
    return null;
  }

  /** A strict RFC 4180 reader: fails on a malformed file. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (c == '"' && field.length() == 0) {
        i++;
        while (true) {
          if (i >= csv.length()) throw new AssertionError("unterminated quote");
          char q = csv.charAt(i++);
          if (q == '"') {
            if (i < csv.length() && csv.charAt(i) == '"') {
              field.append('"');
              i++;
            } else break;
          } else field.append(q);
        }
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else {
        field.append(c);
        i++;
      }
    }
    if (!row.isEmpty() || field.length() > 0) throw new AssertionError("last line without CRLF");
    int width = rows.get(0).size();
    for (List<String> r : rows) assertEquals(width, r.size(), "row width " + r);
    return rows;
  }
}
