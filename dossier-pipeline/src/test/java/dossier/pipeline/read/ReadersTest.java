package dossier.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.pipeline.read.ReadResult.Success;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formats read, and what each article looks like once read. */
class ReadersTest {

  private static final LocalDate DATE_OPTION = LocalDate.of(2020, 5, 6);

  @TempDir Path dir;

  @Test
  void seedReferenceFileLosesItsHeaderAndKeepsItsDate() throws URISyntaxException {
    Path reference = Path.of(getClass().getResource("/reference/000_8875c1b52a1168d1.txt").toURI());

    RawArticle article = only(read(ReadOptions.defaults(), reference.toString()));

    assertTrue(article.text().startsWith("An ex-commander with Russia"), article.text());
    assertEquals(LocalDate.of(2023, 1, 31), article.date());
    assertEquals(reference.toString(), article.origin());
    assertTrue(article.id().matches("[0-9a-f]{16}"), article.id());
  }

  @Test
  void seedHeaderOnItsOwnLineWinsOverTheDateOption() throws IOException {
    Path file = write("a.txt", "\n  date 2019-01-24\n\nThe text.\n");

    RawArticle article = only(read(new ReadOptions(DATE_OPTION, 1000), file.toString()));

    assertEquals("The text.\n", article.text());
    assertEquals(LocalDate.of(2019, 1, 24), article.date());
  }

  @Test
  void plainTextKeepsItsDatelineAndTakesItsDate() throws IOException {
    Path file = write("a.txt", "Thursday, January 24, 2019\r\n\r\nThe text.");

    RawArticle article = only(read(ReadOptions.defaults(), file.toString()));

    assertEquals("Thursday, January 24, 2019\n\nThe text.", article.text());
    assertEquals(LocalDate.of(2019, 1, 24), article.date());
  }

  @Test
  void plainTextTakesTheDateOption() throws IOException {
    Path file = write("a.txt", "The text, with no date.");

    RawArticle article = only(read(new ReadOptions(DATE_OPTION, 1000), file.toString()));

    assertEquals(DATE_OPTION, article.date());
    assertEquals("The text, with no date.", article.text());
  }

  @Test
  void theDateOptionWinsOverADateline() throws IOException {
    Path file = write("a.txt", "January 24, 2019\nThe text.");

    assertEquals(DATE_OPTION, only(read(new ReadOptions(DATE_OPTION, 1000), file.toString())).date());
  }

  @Test
  void plainTextTakesTheDateItsHeaderPrints() throws IOException {
    // ECB+ 21_1ecbplus and 23_1ecbplus (ny1.com, a British site): a web address, the headline, then the date.
    Path us = write("us.txt", "http://www.ny1.com/content/news/188792/woman-killed-in-queens-hit-and-run\n"
        + "Woman Killed In Queens Hit-And-Run, Driver Charged\nUpdated 09/14/2013 01:03 PM\nA woman has died.\n");
    assertEquals(LocalDate.of(2013, 9, 14), only(read(ReadOptions.defaults(), us.toString())).date());
    Path uk = write("uk.txt", "Climber dies on Mount Cook\nLast updated 13:26 14/09/2013\nA climber has died.\n");
    assertEquals(LocalDate.of(2013, 9, 14), only(read(ReadOptions.defaults(), uk.toString())).date());
    Path byline = write("byline.txt", "Cops: Queens Woman Killed In Hit-And-Run\nSeptember 14, 2013 10:46 AM\nText.\n");
    assertEquals(LocalDate.of(2013, 9, 14), only(read(ReadOptions.defaults(), byline.toString())).date());
    // 09/10/2013 may be September or October: no date.
    Path ambiguous = write("ambiguous.txt", "Woman killed in Queens\nUpdated 09/10/2013\nA woman has died.\n");
    assertNull(only(read(ReadOptions.defaults(), ambiguous.toString())).date());
  }

  @Test
  void plainTextWithoutDatelineOrOptionIsUndated() throws IOException {
    Path file = write("a.txt", "The text, with no date.\nThursday, January 24, 2019\n");

    assertNull(only(read(ReadOptions.defaults(), file.toString())).date());
  }

  @Test
  void jsonlRecordsKeepTheirFieldsAndIgnoreOthers() throws IOException {
    Path file = write("corpus.jsonl", """
        {"id": "x1", "date": "2023-01-31", "title": "T", "url": "https://e.org/1", "source": "S", "text": "One.", "lang": "en", "tags": [1]}

        {"text": "Two.", "id": 42}
        """);

    List<RawArticle> articles = articles(read(new ReadOptions(DATE_OPTION, 1000), file.toString()));

    assertEquals(List.of(
        new RawArticle("x1", LocalDate.of(2023, 1, 31), "T", "https://e.org/1", "S", "One.", file + ":1"),
        new RawArticle("42", DATE_OPTION, null, null, null, "Two.", file + ":3")), articles);
  }

  @Test
  void jsonlRecordWithoutDateOrOptionIsUndated() throws IOException {
    Path file = write("corpus.ndjson", "{\"text\": \"One.\"}");

    assertNull(only(read(ReadOptions.defaults(), file.toString())).date());
  }

  @Test
  void stdinHoldingJsonlIsReadRecordByRecord() {
    List<ReadResult> results = readStdin("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");

    assertEquals(List.of("One.", "Two."), articles(results).stream().map(RawArticle::text).toList());
    assertEquals(Readers.STDIN_NAME + ":2", articles(results).get(1).origin());
  }

  @Test
  void stdinHoldingTextIsOneSeedArticle() {
    RawArticle article = only(readStdin("date 2023-01-31 The text.\nMore text."));

    assertEquals("The text.\nMore text.", article.text());
    assertEquals(LocalDate.of(2023, 1, 31), article.date());
    assertEquals(Readers.STDIN_NAME, article.origin());
  }

  @Test
  void directoriesAreWalkedInNameOrderReadingPagesSkippingHiddenAndUnknownFiles() throws IOException {
    write("b.txt", "B");
    write("notes", "Notes");
    write("a/z.txt", "Z");
    write("a/c.jsonl", "{\"text\": \"C1\"}\n{\"text\": \"C2\"}\n");
    write("a/page.html", "<p>HTML</p>");
    write("a/gold.json", "{\"text\": \"gold\"}");
    write(".hidden.txt", "Hidden");
    write(".git/x.txt", "Git");

    List<ReadResult> results = read(ReadOptions.defaults(), dir.toString());

    assertEquals(List.of("C1", "C2", "HTML", "Z", "B", "Notes"), articles(results).stream().map(RawArticle::text).toList());
  }

  @Test
  void aFileNamedExplicitlyIsReadWhateverItsExtension() throws IOException {
    Path file = write("page.html", "Some text.");

    assertEquals("Some text.", only(read(ReadOptions.defaults(), file.toString())).text());
  }

  @Test
  void contentIdsAreStableAndFollowTheContent() throws IOException {
    Path a = write("a.txt", "date 2023-01-31 Hello.");
    Path same = write("same.txt", "  date 2023-01-31\n\nHello.");
    Path otherText = write("other-text.txt", "date 2023-01-31 Hello!");
    Path otherDate = write("other-date.txt", "date 2023-02-01 Hello.");

    List<String> ids = articles(read(ReadOptions.defaults(), a.toString(), same.toString(), otherText.toString(),
        otherDate.toString())).stream().map(RawArticle::id).toList();

    assertEquals("aa11e290b34034d3", ids.get(0), "first 16 hex digits of SHA-256 of \"2023-01-31\\nHello.\"");
    assertEquals(ids.get(0), ids.get(1));
    assertNotEquals(ids.get(0), ids.get(2));
    assertNotEquals(ids.get(0), ids.get(3));
  }

  @Test
  void aUtf8ByteOrderMarkIsNotPartOfTheText() throws IOException {
    Path file = dir.resolve("bom.txt");
    Files.write(file, concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, "date 2023-01-31 Text.".getBytes(UTF_8)));

    RawArticle article = only(read(ReadOptions.defaults(), file.toString()));

    assertEquals("Text.", article.text());
    assertEquals(LocalDate.of(2023, 1, 31), article.date());
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  static List<ReadResult> read(ReadOptions options, String... inputs) {
    List<ReadResult> results = new ArrayList<>();
    Readers.read(List.of(inputs), InputStream.nullInputStream(), options, results::add);
    return results;
  }

  private static List<ReadResult> readStdin(String content) {
    List<ReadResult> results = new ArrayList<>();
    Readers.read(List.of("-"), new ByteArrayInputStream(content.getBytes(UTF_8)), ReadOptions.defaults(), results::add);
    return results;
  }

  /** The articles read, failing the test if anything failed. */
  private static List<RawArticle> articles(List<ReadResult> results) {
    return results.stream().map(r -> {
      assertTrue(r instanceof Success, r::toString);
      return ((Success) r).article();
    }).toList();
  }

  private static RawArticle only(List<ReadResult> results) {
    assertEquals(1, results.size(), results::toString);
    return articles(results).get(0);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
