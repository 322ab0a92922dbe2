package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.model.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dossier analyze} as a user runs it: formats, bad inputs, exit codes. */
class AnalyzeCommandTest {

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String stdin, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      int code = new CommandLine(new DossierCommand()).execute(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
  }

  @Test
  void oneArticlePrintsOneJsonObject() throws Exception {
    Run r = run("", "analyze", "../samples/magnitogorsk.txt");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode article = Json.mapper().readTree(r.out());
    assertEquals("dossier.article/1", article.get("schema").asText());
    assertEquals("2019-01-04", article.get("date").asText());
    assertTrue(article.get("entities").size() > 5);
  }

  @Test
  void severalArticlesPrintAJsonArrayOrJsonLines() throws Exception {
    Run array = run("", "analyze", "../samples/wikinews.jsonl");
    assertEquals(0, array.exitCode(), array.err());
    assertEquals(5, Json.mapper().readTree(array.out()).size());
    Run lines = run("", "analyze", "--format", "jsonl", "../samples/wikinews.jsonl");
    assertEquals(5, lines.out().strip().split("\n").length);
  }

  @Test
  void aBadInputIsNamedAndTheRestIsStillAnalyzed(@TempDir Path dir) throws Exception {
    Path binary = dir.resolve("photo.txt");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2});
    Path jsonl = dir.resolve("batch.jsonl");
    Files.writeString(jsonl, "{\"id\":\"ok\",\"date\":\"2023-01-31\",\"text\":\"Olena Petrenko arrived in Lviv.\"}\n"
        + "{not json\n");
    Run r = run("", "analyze", "--format", "jsonl", binary.toString(), jsonl.toString());
    assertEquals(DossierCommand.SOME_FAILED, r.exitCode());
    assertTrue(r.err().contains(binary + ": "), r.err());
    assertTrue(r.err().contains(jsonl + ":2: "), r.err());
    assertEquals(1, r.out().strip().split("\n").length, "the good record is still analyzed");
  }

  @Test
  void standardInputWithADateOptionAndTheTextSummary() {
    Run r = run("Fighters of the mercenary group Wagner crossed into Ukraine in November.",
        "analyze", "--format", "text", "--date", "2023-01-31", "-");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Wagner"), r.out());
    assertTrue(r.out().contains("ORGANIZATION"), r.out());
    assertTrue(r.out().contains("2022-11"), r.out());
  }

  @Test
  void theTextSummaryShowsWhoSaidWhatClaimsEventsAndDescribedParticipantsApart() {
    Run r = run("\"We were treated like cattle,\" Andrei Medvedev said. Wagner is believed to have as many as "
        + "50,000 fighters. Police arrested a man in Kirkenes on Tuesday.",
        "analyze", "--format", "text", "--date", "2023-01-31", "-");
    assertEquals(0, r.exitCode(), r.err());
    String out = r.out();
    assertTrue(out.matches("(?s).*Quotes\n  Andrei Medvedev +direct +We were treated like cattle +\\[said].*"), out);
    assertTrue(out.matches("(?s).*Claims\n  believed .*Wagner is believed to have as many as 50,000 fighters.*"), out);
    // An unnamed participant shows as the described entity it is, listed under "Described participants".
    assertTrue(out.matches("(?s).*Events\n  arrest 'arrested' .*patient=the man; in Kirkenes; 2023-01-31.*"), out);
    int named = out.indexOf("Entities\n"), described = out.indexOf("Described participants\n");
    assertTrue(named >= 0 && described > named, out);
    assertTrue(out.indexOf("the man") > described && out.indexOf("Kirkenes") < described, out);
  }

  @Test
  void aBadOptionIsAUsageError() {
    Run r = run("", "analyze", "--format", "xml", "../samples/magnitogorsk.txt");
    assertEquals(2, r.exitCode());
  }
}
