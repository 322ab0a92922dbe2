package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.archive.Archive;
import dossier.archive.Fixtures;
import dossier.model.ArticleAnalysis;
import dossier.model.Json;
import dossier.pipeline.read.RawArticle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dossier ingest}: pre-analyzed JSONL, articles to analyze, failures, reruns, and the real pipeline. */
class IngestCommandTest {
  @TempDir Path tmp;

  record Run(int exitCode, String err) {}

  static final Function<RawArticle, ArticleAnalysis> NO_ANALYSIS = raw -> {
    throw new AssertionError("analyzed " + raw.id() + " although it was pre-analyzed or stored");
  };

  /** A stand-in pipeline: the article with no facts, so tests of ingest need no CoreNLP. */
  static final Function<RawArticle, ArticleAnalysis> BARE = raw -> new ArticleAnalysis(ArticleAnalysis.SCHEMA,
      raw.id(), raw.date(), raw.title(), raw.source(), raw.url(), raw.text(), List.of(), List.of(), List.of(),
      List.of(), List.of(), List.of(), List.of());

  static Run ingest(Function<RawArticle, ArticleAnalysis> analyzer, String... args) {
    IngestCommand command = new IngestCommand();
    command.analyzer = analyzer;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    command.err = new PrintStream(err, true, StandardCharsets.UTF_8);
    command.stdin = new ByteArrayInputStream(new byte[0]);
    command.terminal = false;
    int code = new CommandLine(command).execute(args);
    return new Run(code, err.toString(StandardCharsets.UTF_8));
  }

  static Path analysesJsonl(Path file, List<ArticleAnalysis> articles) throws Exception {
    Files.write(file, articles.stream().map(Json::write).toList(), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theSummaryRateKeepsSlowRunsVisible() {
    // One analyzed article in 2.5 s is not "0 articles/s".
    assertEquals("0.40", IngestCommand.rate(0.4));
    assertEquals("9.95", IngestCommand.rate(9.954));
    assertEquals("158", IngestCommand.rate(158.3));
  }

  @Test
  void storesAnalysisJsonlWithoutReanalysisAndOnlyOnce() throws Exception {
    Path input = analysesJsonl(tmp.resolve("analyses.jsonl"), Fixtures.generated(120, 4));
    Path archive = tmp.resolve("archive");
    Run first = ingest(NO_ANALYSIS, "--archive", archive.toString(), "--batch", "50", input.toString());
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.err().contains("120 stored, 0 already in the archive, 0 failed (0 analyzed, 120 pre-analyzed)"),
        first.err());
    String fingerprint;
    try (Archive a = Archive.open(archive)) {
      assertEquals(120, a.stats().articles());
      fingerprint = a.fingerprint();
    }
    Run second = ingest(NO_ANALYSIS, "--archive", archive.toString(), input.toString(), input.toString());
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.err().contains("0 stored, 240 already in the archive"), second.err());
    try (Archive a = Archive.open(archive)) {
      assertEquals(fingerprint, a.fingerprint());
    }
    try (Stream<Path> reports = Files.list(archive.resolve("reports"))) {
      assertEquals(2, reports.count());
    }
  }

  @Test
  void storesTheRecordsJsonWhateverTheLineLooksLike() throws Exception {
    List<ArticleAnalysis> articles = Fixtures.generated(6, 9);
    ArticleAnalysis plain = articles.get(0), emoji = titled(articles.get(1), "Storm 🌀 in Gdańsk"),
        bom = articles.get(2), spaced = articles.get(3), reordered = articles.get(4);
    String reorderedLine = Json.write(reordered).replaceFirst("^\\{(\"schema\":\"[^\"]*\"),(.*)\\}$", "{$2,$1,\"later\":1}");
    String input = Json.write(plain) + "\r\n" + Json.write(emoji) + "\n\uFEFF" + Json.write(bom) + "\r"
        + "  " + Json.write(spaced) + " \n\n" + reorderedLine + "\n{\"schema\":\"dossier.article/1\",\"id\":\"bare-1\",\"text\":\"Bare text.\"}\n";
    Path file = tmp.resolve("lines.jsonl");
    Files.writeString(file, input, StandardCharsets.UTF_8);
    Path archive = tmp.resolve("archive");
    Run run = ingest(NO_ANALYSIS, "--archive", archive.toString(), file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("6 stored"), run.err());
    ArticleAnalysis completed = new ArticleAnalysis(ArticleAnalysis.SCHEMA, "bare-1", null, null, null, null,
        "Bare text.", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    try (Archive a = Archive.open(archive)) {
      for (ArticleAnalysis expected : List.of(plain, emoji, bom, spaced, reordered, completed)) {
        String stored = a.read(c -> {
          try (var s = c.prepareStatement("SELECT analysis FROM articles WHERE id = ?")) {
            s.setString(1, expected.id());
            try (var r = s.executeQuery()) {
              r.next();
              return r.getString(1);
            }
          }
        });
        assertEquals(Json.write(expected), stored, expected.id());
      }
    }
  }

  private static ArticleAnalysis titled(ArticleAnalysis a, String title) {
    return new ArticleAnalysis(a.schema(), a.id(), a.date(), title, a.source(), a.url(), a.text(), a.captions(),
        a.entities(), a.quotes(), a.claims(), a.times(), a.events(), a.relations());
  }

  @Test
  void aMalformedLineFailsItsFileAfterTheLinesBeforeIt() throws Exception {
    // Past the first lines, which decide that the file holds records (and which must decode).
    List<ArticleAnalysis> articles = Fixtures.generated(41, 5);
    Path file = tmp.resolve("broken.jsonl");
    try (var out = Files.newOutputStream(file)) {
      for (ArticleAnalysis a : articles.subList(0, 40)) out.write((Json.write(a) + "\n").getBytes(StandardCharsets.UTF_8));
      assertTrue(Files.size(file) > 16 * 1024);
      out.write(new byte[] {'{', (byte) 0xC3, '}', '\n'});
      out.write((Json.write(articles.get(40)) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Path archive = tmp.resolve("archive");
    Run run = ingest(NO_ANALYSIS, "--archive", archive.toString(), file.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains(file + ": cannot read: Input length = 1"), run.err());
    try (Archive a = Archive.open(archive)) {
      assertEquals(40, a.stats().articles());
    }
  }

  @Test
  void analyzesArticlesOnAPoolSkipsStoredOnesAndReportsFailures() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    String raw = Stream.of(1, 2, 3, 4, 5, 6, 7, 8)
        .map(i -> "{\"id\":\"a" + i + "\",\"date\":\"2024-01-0" + i + "\",\"text\":\"Article number " + i + ".\"}")
        .collect(Collectors.joining("\n")) + "\n{\"id\":\"broken\"\n";
    Files.writeString(dir.resolve("raw.jsonl"), raw);
    Files.writeString(dir.resolve("seed.txt"), "date 2024-02-01\n\nA seed article.\n");
    analysesJsonl(dir.resolve("pre.jsonl"), List.of(Fixtures.medvedev()));
    Path archive = tmp.resolve("archive");
    Run first = ingest(BARE, "--archive", archive.toString(), "--threads", "3", dir.toString(),
        tmp.resolve("missing.txt").toString());
    assertEquals(1, first.exitCode(), first.err());
    assertTrue(first.err().contains("10 stored, 0 already in the archive, 2 failed (9 analyzed, 1 pre-analyzed)"),
        first.err());
    Path report;
    try (Stream<Path> reports = Files.list(archive.resolve("reports"))) {
      report = reports.findFirst().orElseThrow();
    }
    String text = Files.readString(report);
    assertTrue(text.contains("failed inputs: 2"), text);
    assertTrue(text.contains("raw.jsonl:9: malformed JSON"), text);
    assertTrue(text.contains("missing.txt: no such file or directory"), text);
    // A rerun analyzes nothing: every article is found in the archive first.
    Run second = ingest(NO_ANALYSIS, "--archive", archive.toString(), dir.toString());
    assertEquals(1, second.exitCode(), second.err()); // the broken line is still broken
    assertTrue(second.err().contains("0 stored, 10 already in the archive, 1 failed (0 analyzed, 1 pre-analyzed)"),
        second.err());
  }

  @Test
  void statsCountsTheArchive() throws Exception {
    Path archive = tmp.resolve("archive");
    ingest(NO_ANALYSIS, "--archive", archive.toString(),
        analysesJsonl(tmp.resolve("a.jsonl"), List.of(Fixtures.medvedev())).toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      assertEquals(0, new CommandLine(new DossierCommand()).execute("stats", "--archive", archive.toString(),
          "--format", "json"));
    } finally {
      System.setOut(old);
    }
    var stats = Json.mapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertEquals(1, stats.get("articles").asInt());
    assertEquals(4, stats.get("entities").asInt());
    assertEquals(1, stats.get("quotes").asInt());
    assertEquals(2, stats.get("claims").asInt());
    assertEquals(1, stats.get("events").asInt());
  }

  @Test
  void ingestsArticlesThroughThePipeline() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("one.txt"), "date 2023-01-31\n\nAndrei Medvedev, a former commander with the "
        + "Wagner group, crossed into Norway. \"I was afraid,\" Medvedev said.\n");
    Files.writeString(dir.resolve("two.txt"), "date 2023-02-01\n\nNorwegian police said Medvedev had been "
        + "detained in Oslo.\n");
    Path archive = tmp.resolve("archive");
    Run run = ingest(new IngestCommand().analyzer, "--archive", archive.toString(), dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    try (Archive a = Archive.open(archive)) {
      assertEquals(2, a.stats().articles());
      assertTrue(a.stats().entities() >= 3, a.stats().toString());
      assertEquals(2, a.search("Medvedev", 10).size());
      assertTrue(a.stats().quotes() >= 1, a.stats().toString());
    }
  }
}
