package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.archive.Archive;
import dossier.archive.query.QueryFixtures;
import dossier.model.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The query commands as a user runs them, on the {@link QueryFixtures} archive: text, JSON, exit codes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCommandsTest {
  Path dir;
  String archive;

  record Run(int exitCode, String out, String err) {
    JsonNode json() throws Exception {
      return Json.mapper().readTree(out);
    }
  }

  @BeforeAll
  void store(@TempDir Path tmp) throws Exception {
    dir = tmp;
    try (Archive a = Archive.open(tmp.resolve("archive"))) {
      a.storeAll(QueryFixtures.all());
    }
    archive = tmp.resolve("archive").toString();
  }

  Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (!all.contains("--archive")) all.addAll(1, List.of("--archive", archive));
    StringWriter out = new StringWriter(), err = new StringWriter();
    CommandLine cli = new CommandLine(new DossierCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void queriesRunWhileAnIngestHoldsTheArchive() throws Exception {
    try (Archive writer = Archive.open(Path.of(archive))) {
      for (String[] query : List.of(new String[] {"search", "Mogadishu"}, new String[] {"entity", "Andrei Medvedev"},
          new String[] {"quotes"}, new String[] {"claims"}, new String[] {"timeline", "--entity", "Mogadishu"},
          new String[] {"events"},
          new String[] {"export", "--format", "jsonl", "--out", dir.resolve("beside.jsonl").toString()})) {
        Run r = run(query);
        assertEquals(0, r.exitCode(), String.join(" ", query) + ": " + r.err());
      }
      java.io.PrintStream stdout = System.out;
      var stats = new java.io.ByteArrayOutputStream();
      System.setOut(new java.io.PrintStream(stats, true, StandardCharsets.UTF_8)); // stats prints there
      try {
        assertEquals(0, run("stats").exitCode());
      } finally {
        System.setOut(stdout);
      }
      assertTrue(stats.toString(StandardCharsets.UTF_8).startsWith("articles"), stats.toString(StandardCharsets.UTF_8));
      assertEquals(writer.stats().articles(), Files.readAllLines(dir.resolve("beside.jsonl")).size());
    }
  }

  @Test
  void searchShowsHitsAndFacets() throws Exception {
    Run text = run("search", "Mogadishu", "--source", "Reuters");
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().startsWith("2 articles"), text.out());
    assertTrue(text.out().contains("Sources:  Reuters 2"), text.out());
    assertTrue(text.out().contains("Months:   2023-03 1, 2023-06 1"), text.out());
    JsonNode json = run("search", "bombing", "--from", "2023-03-06", "--format", "json").json();
    assertEquals(3, json.get("total").asInt()); // afp, daily, june
    assertEquals("Mogadishu", json.get("facets").get("entities").get(0).get("name").asText());
    Run bad = run("search", "title:(", "--format", "json");
    assertEquals(2, bad.exitCode());
    assertEquals(1, bad.err().lines().count(), bad.err());
    assertEquals(1, run("search", "x", "--archive", dir.resolve("none").toString()).exitCode());
  }

  @Test
  void entityShowsAProfileOrTheCandidates() throws Exception {
    Run p = run("entity", "Andrei Medvedev");
    assertEquals(0, p.exitCode(), p.err());
    assertTrue(p.out().contains("age = 26  \"Andrei Medvedev, 26,\"  [2023-01-31 TASS tass-medvedev]"), p.out());
    assertTrue(p.out().contains("Claims about\n  [denied] Medvedev was mistreated"), p.out());
    assertTrue(p.out().contains("agent: desertion in Norway 2022-11"), p.out());
    JsonNode json = run("entity", "andrei medvedev", "--format", "json").json();
    assertEquals("\"I was afraid,\"", json.get("quotes_by").get(0).get("text").asText());
    Run several = run("entity", "Medvedev");
    assertEquals(0, several.exitCode());
    assertTrue(several.out().startsWith("2 entities match 'Medvedev'"), several.out());
    assertEquals(2, run("entity", "Medvedev", "--format", "json").json().get("matches").size());
    assertEquals(1, run("entity", "Nobody Atall").exitCode());
  }

  @Test
  void quotesAndClaims() throws Exception {
    Run q = run("quotes", "--speaker", "Filish");
    assertEquals("Omar Filish: \"This is a national tragedy,\"  [2023-03-06 AFP afp-bomb]\n", q.out());
    assertEquals(3, run("quotes", "--format", "json").json().size());
    Run c = run("claims", "--stance", "denied", "--format", "json");
    assertEquals("Yevgeny Prigozhin", c.json().get(0).get("source").asText());
    assertEquals(1, c.json().size());
    assertEquals(1, run("claims", "--source", "Al-Shabaab", "--format", "json").json().size());
  }

  @Test
  void timelineAndEventsShowConflictingFiguresSideBySide() throws Exception {
    Run t = run("timeline", "--entity", "Mogadishu");
    assertEquals(0, t.exitCode(), t.err());
    assertTrue(t.out().startsWith("2023-03-05 bombing in Mogadishu, 2023-03-05 .. 2023-03-08 (4 reports)  CONFLICTING FIGURES"),
        t.out());
    assertTrue(t.out().contains("  killed: 12 (police, Reuters 2023-03-05)  |  35 (hospital officials, AFP 2023-03-06)  |  "
        + "over 100 (Omar Filish, AFP 2023-03-06)  |  190 (Al-Shabaab, Daily 2023-03-08)"), t.out());
    assertTrue(t.out().indexOf("2023-03-05") < t.out().indexOf("2023-06-20"));
    JsonNode byQuery = run("timeline", "killed", "--format", "json").json();
    assertEquals(3, byQuery.size());
    assertEquals(2, run("timeline").exitCode());
    JsonNode events = run("events", "--conflicting", "--format", "json").json();
    assertEquals(1, events.size());
    assertTrue(events.get(0).get("conflicting").asBoolean());
    assertEquals(4, events.get(0).get("figures").get(0).get("figures").size());
    assertEquals(3, run("events", "--type", "bombing", "--format", "json").json().size());
  }

  @Test
  void exportsJsonlCsvAndGraphml() throws Exception {
    Run jsonl = run("export", "--format", "jsonl");
    assertEquals(7, jsonl.out().lines().count());
    Path csv = dir.resolve("csv");
    Run c = run("export", "--format", "csv", "--out", csv.toString());
    assertEquals(0, c.exitCode(), c.err());
    for (String f : List.of("articles", "entities", "mentions", "quotes", "claims", "events", "relations")) {
      assertTrue(Files.isRegularFile(csv.resolve(f + ".csv")), f);
    }
    assertEquals(11, Files.readAllLines(csv.resolve("entities.csv"), StandardCharsets.UTF_8).size());
    assertEquals(2, run("export", "--format", "csv").exitCode());
    Path graph = dir.resolve("net.graphml");
    assertEquals(0, run("export", "--format", "graphml", "--out", graph.toString()).exitCode());
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(graph.toFile());
    assertEquals(10, doc.getElementsByTagName("node").getLength());
    assertEquals(11, doc.getElementsByTagName("edge").getLength());
  }
}
