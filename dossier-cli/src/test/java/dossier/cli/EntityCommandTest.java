package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.archive.Archive;
import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import dossier.model.Span;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dossier entity why|merge|split} on a small archive. */
class EntityCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8), e = new PrintStream(err, true, StandardCharsets.UTF_8);
    CommandLine cli = new CommandLine(new DossierCommand());
    cli.setExecutionStrategy(parse -> {
      Object leaf = parse.asCommandLineList().get(parse.asCommandLineList().size() - 1).getCommand();
      if (leaf instanceof EntityArgs a) {
        a.out = o;
        a.err = e;
      }
      return new CommandLine.RunLast().execute(parse);
    });
    int code = cli.execute(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static ArticleAnalysis article(String id, String... namesAndTypes) {
    StringBuilder text = new StringBuilder();
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      int start = text.length();
      text.append(namesAndTypes[i]).append(". ");
      entities.add(new Entity("e" + (i / 2 + 1), namesAndTypes[i], namesAndTypes[i + 1], null,
          List.of(new Span(start, start + namesAndTypes[i].length(), namesAndTypes[i])), List.of(), Map.of(), null, Map.of()));
    }
    text.append(id);
    return new ArticleAnalysis(ArticleAnalysis.SCHEMA, id, LocalDate.of(2023, 2, 1), id, "test", null, text.toString(),
        List.of(), entities, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void whyMergeAndSplit() throws Exception {
    Path dir = tmp.resolve("archive");
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(article("a", "Syrian Democratic Forces", "ORGANIZATION", "Raqqa", "LOCATION"),
          article("b", "SDF", "ORGANIZATION", "Raqqa", "LOCATION"),
          article("c", "Kurdish militia", "ORGANIZATION", "Raqqa", "LOCATION"),
          article("d", "Free Syrian Army", "ORGANIZATION")));
    }
    String d = dir.toString();
    Run same = run("entity", "why", "--archive", d, "SDF", "Syrian Democratic Forces");
    assertEquals(0, same.code(), same.err());
    assertTrue(same.out().contains("cross-doc:acronym"), same.out());
    Run different = run("entity", "why", "--archive", d, "Kurdish militia", "SDF");
    assertEquals(EntityWhyCommand.DIFFERENT, different.code(), different.out() + different.err());
    Run merge = run("entity", "merge", "--archive", d, "--note", "the same militia", "SDF", "Kurdish militia");
    assertEquals(0, merge.code(), merge.err());
    assertTrue(merge.out().contains("1 links moved"), merge.out());
    assertEquals(0, run("entity", "why", "--archive", d, "Kurdish militia", "SDF").code());
    Run split = run("entity", "split", "--archive", d, "SDF", "Kurdish militia");
    assertEquals(0, split.code(), split.err());
    assertEquals(EntityWhyCommand.DIFFERENT, run("entity", "why", "--archive", d, "Kurdish militia", "SDF").code());
    Run unknown = run("entity", "merge", "--archive", d, "SDF", "Nobody");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("no archive entity named 'Nobody'"), unknown.err());
  }
}
