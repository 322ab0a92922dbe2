package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article count behind the ingest ETA. */
class IngestInputsTest {
  @TempDir Path dir;

  @Test
  void aSmallFileIsCountedLineByLine() throws Exception {
    Path file = dir.resolve("a.jsonl");
    Files.writeString(file, "{\"a\":1}\n\n  \n{\"a\":2}\r\n{\"a\":3}", StandardCharsets.UTF_8);
    assertEquals(new IngestInputs.Total(3, true), IngestInputs.lines(file));
    Path text = dir.resolve("b.txt");
    Files.writeString(text, "one article\nof two lines\n");
    assertEquals(new IngestInputs.Total(4, true),
        IngestInputs.estimate(List.of(new IngestInputs.Input(file.toString(), false), new IngestInputs.Input(text.toString(), false))));
  }

  @Test
  void aLargeFileIsEstimatedFromItsSizeWithoutReadingItThrough() throws Exception {
    // Lines of 200 to 2,000 bytes, more than the part that is read: the estimate is near the count, and says it is one.
    Path file = dir.resolve("big.jsonl");
    Random random = new Random(3);
    StringBuilder b = new StringBuilder();
    int lines = 0;
    while (b.length() < IngestInputs.COUNTED_BYTES * 3) {
      b.append("{\"text\":\"").append("x".repeat(200 + random.nextInt(1800))).append("\"}\n");
      lines++;
    }
    Files.writeString(file, b, StandardCharsets.UTF_8);
    IngestInputs.Total total = IngestInputs.lines(file);
    assertFalse(total.exact());
    assertTrue(Math.abs(total.articles() - lines) < lines * 0.05, total.articles() + " estimated for " + lines);
  }
}
