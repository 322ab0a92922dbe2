package dossier.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolNearTest {

  private static final String TEXT = "Smith said the plan failed. Jones denied it.";
  private static final String SMITH = "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 26\tthe plan failed\n"
      + "T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
  private static final String JONES = "T5\tSource 28 33\tJones\nT6\tCue 34 40\tdenied\nT7\tContent 41 43\tit\n"
      + "T8\tAttribution 34 40\tdenied\nE2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n";

  @TempDir Path polnear;

  @Test
  void theFirstFileByNameIsTheGoldAndTheOthersAreKeptForAgreement() throws IOException {
    write("dev", "politico_2016-01-01_a", TEXT, "ef2d", SMITH + JONES, "4b22", SMITH);
    write("dev", "politico_2016-01-02_b", TEXT, "9c31", SMITH);
    Files.writeString(polnear.resolve("metadata.tsv"),
        "filename\tpublication_date\npolitico_2016-01-01_a\t2016-01-01\npolitico_2016-01-02_b\t2016-01-02\n");

    List<PolNear.Doc> all = PolNear.read(polnear, "dev", 0);
    assertEquals(2, all.size());
    PolNear.Doc a = all.get(0);
    // "4b22" sorts before "ef2d": the gold is that file's one attribution, not the longer file's two.
    assertEquals("4b22", a.annotator());
    assertEquals(1, a.gold().size());
    assertEquals(List.of("ef2d"), a.others().stream().map(PolNear.Annotation::annotator).toList());
    assertEquals(2, a.others().get(0).attributions().size());
    assertEquals(LocalDate.of(2016, 1, 1), a.date());

    List<PolNear.Doc> multi = PolNear.multiAnnotated(polnear, "dev");
    assertEquals(List.of("politico_2016-01-01_a"), multi.stream().map(PolNear.Doc::name).toList());

    // The second annotator found Smith's attribution and one more: recall 1, precision 1/2 on content.
    Scorer.Score score = Scorer.align(a.text(), a.gold(), a.others().get(0).attributions()).score();
    assertEquals(1.0, score.contentOverlap().recall(), 1e-9);
    assertEquals(0.5, score.contentOverlap().precision(), 1e-9);
  }

  private void write(String split, String name, String text, String... annotatorAndAnn) throws IOException {
    Path dir = polnear.resolve(split);
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text").resolve(name + ".txt"), text);
    for (int i = 0; i < annotatorAndAnn.length; i += 2) {
      Files.writeString(dir.resolve("attributions").resolve(name + "_" + annotatorAndAnn[i] + ".ann"),
          annotatorAndAnn[i + 1]);
    }
  }
}
