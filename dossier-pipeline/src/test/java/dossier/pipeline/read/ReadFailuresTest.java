package dossier.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.pipeline.read.ReadResult.Failure;
import dossier.pipeline.read.ReadResult.Success;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input becomes one failure naming file and line, and reading goes on with the rest. */
class ReadFailuresTest {

  private static final String GOOD_LINE = "{\"text\": \"Good.\"}";
  private static final ReadOptions SMALL = new ReadOptions(null, 10);

  @TempDir Path dir;

  @Test
  void binaryFile() throws IOException {
    Path bad = write("b.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 'x'});

    assertOnlyFailureBetweenGoodFiles(bad, bad + ": binary file, not text");
  }

  @Test
  void mostlyControlCharactersIsBinaryToo() throws IOException {
    Path bad = write("b.txt", new byte[] {'a', 1, 2, 3, 'b', 5, 6, 7, 'c', 0x1b});

    assertOnlyFailureBetweenGoodFiles(bad, bad + ": binary file, not text");
  }

  @Test
  void invalidUtf8InTextNamesItsLine() throws IOException {
    Path bad = write("b.txt", ReadersTest.concat("date 2023-01-31\nfine\nbad ".getBytes(UTF_8), new byte[] {(byte) 0xc3, '(' }));

    assertOnlyFailureBetweenGoodFiles(bad, bad + ":3: invalid UTF-8: byte 0xc3");
  }

  @Test
  void invalidUtf8InJsonlFailsOnlyItsRecord() throws IOException {
    byte[] badLine = ReadersTest.concat("{\"text\": \"caf".getBytes(UTF_8), new byte[] {(byte) 0xe9, '"', '}', '\n'});
    Path file = write("c.jsonl", ReadersTest.concat(ReadersTest.concat((GOOD_LINE + "\n").getBytes(UTF_8), badLine),
        (GOOD_LINE + "\n").getBytes(UTF_8)));

    assertGoodFailureGood(file, file + ":2: invalid UTF-8: byte 0xe9");
  }

  @Test
  void emptyTextFile() throws IOException {
    Path bad = write("b.txt", " \n\t\n");

    assertOnlyFailureBetweenGoodFiles(bad, bad + ": empty text");
  }

  @Test
  void seedHeaderWithoutText() throws IOException {
    Path bad = write("b.txt", "date 2023-01-31\n\n");

    assertOnlyFailureBetweenGoodFiles(bad, bad + ": empty text");
  }

  @Test
  void jsonlRecordWithBlankText() throws IOException {
    Path file = write("c.jsonl", GOOD_LINE + "\n{\"text\": \"  \"}\n" + GOOD_LINE);

    assertGoodFailureGood(file, file + ":2: empty text");
  }

  @Test
  void textOverTheCharLimit() throws IOException {
    Path bad = write("b.txt", "date 2023-01-31 Eleven char");

    List<ReadResult> results = ReadersTest.read(SMALL, write("a.txt", "Ten chars.").toString(), bad.toString());

    assertEquals("[Success, " + bad + ": text too long: 11 chars, limit 10]", summary(results));
  }

  @Test
  void fileTooLargeToHoldTheLimitIsRefusedUnread() throws IOException {
    Path bad = write("b.txt", "x".repeat(41));

    List<ReadResult> results = ReadersTest.read(SMALL, bad.toString(), write("c.txt", "Ten chars.").toString());

    assertEquals("[" + bad + ": text too long: over 40 bytes, limit 10 chars, Success]", summary(results));
  }

  @Test
  void jsonlRecordOverTheCharLimit() throws IOException {
    Path file = write("c.jsonl", GOOD_LINE + "\n{\"text\": \"Eleven char\"}\n" + GOOD_LINE);

    List<ReadResult> results = ReadersTest.read(SMALL, file.toString());

    assertEquals("[Success, " + file + ":2: text too long: 11 chars, limit 10, Success]", summary(results));
  }

  @Test
  void jsonlLineTooLongToHoldTheLimitIsSkippedUnparsed() throws IOException {
    String huge = "{\"text\": \"" + "x".repeat(70_000) + "\"}";
    Path file = write("c.jsonl", "{\"text\": \"Ten chars.\"}\n" + huge + "\n{\"text\": \"Ten chars.\"}");

    List<ReadResult> results = ReadersTest.read(SMALL, file.toString());

    assertEquals("[Success, " + file + ":2: record too long: over 65596 bytes, Success]", summary(results));
  }

  @Test
  void malformedJsonlLineBetweenTwoGoodOnes() throws IOException {
    Path file = write("c.jsonl", GOOD_LINE + "\n{\"text\": oops}\n" + GOOD_LINE + "\n");

    List<ReadResult> results = ReadersTest.read(ReadOptions.defaults(), file.toString());

    assertEquals(3, results.size(), results::toString);
    assertTrue(results.get(0) instanceof Success && results.get(2) instanceof Success, results::toString);
    Failure failure = (Failure) results.get(1);
    assertEquals(2, failure.line());
    assertTrue(failure.toString().startsWith(file + ":2: malformed JSON: Unrecognized token 'oops'"), failure::toString);
    assertTrue(!failure.message().contains("\n"), failure::message);
  }

  @Test
  void jsonlLineThatIsNotAnObject() throws IOException {
    Path file = write("c.jsonl", GOOD_LINE + "\n[\"text\"]\n" + GOOD_LINE);

    assertGoodFailureGood(file, file + ":2: not a JSON object");
  }

  @Test
  void jsonlTextThatIsNotAString() throws IOException {
    Path file = write("c.jsonl", GOOD_LINE + "\n{\"text\": [\"One.\"]}\n" + GOOD_LINE);

    assertGoodFailureGood(file, file + ":2: text is not a string");
  }

  @Test
  void jsonlRecordWithoutText() throws IOException {
    Path file = write("c.jsonl", GOOD_LINE + "\n{\"title\": \"T\"}\n" + GOOD_LINE);

    assertGoodFailureGood(file, file + ":2: no text");
  }

  @Test
  void jsonlLineWithTwoObjects() throws IOException {
    Path file = write("c.jsonl", GOOD_LINE + "\n" + GOOD_LINE + GOOD_LINE + "\n" + GOOD_LINE);

    List<ReadResult> results = ReadersTest.read(ReadOptions.defaults(), file.toString());

    assertTrue(results.get(1).toString().startsWith(file + ":2: malformed JSON: Trailing token"), results::toString);
  }

  @Test
  void impossibleDateInSeedHeaderNamesTheHeaderLine() throws IOException {
    Path bad = write("b.txt", "\n\ndate 2023-02-30\nThe text.");

    assertOnlyFailureBetweenGoodFiles(bad, bad + ":3: invalid date: 2023-02-30");
  }

  @Test
  void impossibleDateInJsonl() throws IOException {
    Path file = write("c.jsonl", GOOD_LINE + "\n{\"date\": \"2023-02-30\", \"text\": \"T.\"}\n" + GOOD_LINE);

    assertGoodFailureGood(file, file + ":2: invalid date: 2023-02-30");
  }

  @Test
  void missingInput() {
    String missing = dir.resolve("missing.txt").toString();

    List<ReadResult> results = ReadersTest.read(ReadOptions.defaults(), missing, "-");

    assertEquals(missing + ": no such file or directory", results.get(0).toString());
    assertEquals(2, results.size(), "stdin, empty here, is still read");
  }

  @Test
  void unreadableFile() throws IOException {
    Path bad = write("b.txt", "Text.");
    Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(bad), "running as root: every file is readable");

    assertOnlyFailureBetweenGoodFiles(bad, bad + ": cannot read: permission denied");
  }

  @Test
  void streamThatFailsWhileRead() throws IOException {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("device error");
      }
    };
    List<ReadResult> results = new ArrayList<>();

    Readers.read(List.of("-", write("c.txt", "Good.").toString()), broken, ReadOptions.defaults(), results::add);

    assertEquals("[" + Readers.STDIN_NAME + ": cannot read: device error, Success]", summary(results));
  }

  private void assertOnlyFailureBetweenGoodFiles(Path bad, String expected) throws IOException {
    Path before = write("a.txt", "Good.");
    Path after = write("c.txt", "Good.");

    List<ReadResult> results = ReadersTest.read(ReadOptions.defaults(), before.toString(), bad.toString(), after.toString());

    assertEquals("[Success, " + expected + ", Success]", summary(results));
  }

  private static void assertGoodFailureGood(Path file, String expected) {
    assertEquals("[Success, " + expected + ", Success]", summary(ReadersTest.read(ReadOptions.defaults(), file.toString())));
  }

  /** Successes as {@code Success}, failures as their one-line message. */
  private static String summary(List<ReadResult> results) {
    return results.stream().map(r -> r instanceof Success ? "Success" : r.toString()).toList().toString();
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }
}
