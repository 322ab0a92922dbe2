package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Utf8Lines} gives the lines {@link BufferedReader#readLine} gives, with their bytes. */
class Utf8LinesTest {

  private static List<String> lines(byte[] input) throws Exception {
    List<String> out = new ArrayList<>();
    try (Utf8Lines in = new Utf8Lines(new ByteArrayInputStream(input))) {
      while (in.next()) {
        String line = in.chars().toString();
        assertArrayEquals(line.getBytes(StandardCharsets.UTF_8), in.bytes(), line);
        out.add(line);
      }
    }
    return out;
  }

  private static List<String> readLines(byte[] input) throws Exception {
    List<String> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(input),
        StandardCharsets.UTF_8.newDecoder()))) {
      String line;
      while ((line = in.readLine()) != null) out.add(line);
    }
    return out;
  }

  @Test
  void splitsWhereReadLineSplits() throws Exception {
    for (String text : List.of("", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\r", "\n\n{}\n", "a\r\r\nb", " \t\n\uFEFF{\"k\":1}\n",
        "Erdoğan 😀\nGdańsk")) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertEquals(readLines(bytes), lines(bytes), text);
    }
  }

  @Test
  void linesLongerThanItsBufferAndEndsAtItsEdges() throws Exception {
    StringBuilder b = new StringBuilder();
    for (int n : new int[] {65535, 65536, 65537, 200_000, 3, 131071}) {
      b.append("ł".repeat(n / 2)).append("x".repeat(n % 2)).append(n % 3 == 0 ? "\r\n" : n % 3 == 1 ? "\r" : "\n");
    }
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    assertEquals(readLines(bytes), lines(bytes));
  }

  @Test
  void malformedInputFailsAsTheReaderFails() {
    byte[] bytes = {'o', 'k', '\n', 'b', (byte) 0xC3, '\n', 'c'};
    assertThrows(MalformedInputException.class, () -> readLines(bytes));
    assertThrows(MalformedInputException.class, () -> lines(bytes));
    byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
    assertThrows(MalformedInputException.class, () -> readLines(surrogate));
    assertThrows(MalformedInputException.class, () -> lines(surrogate));
  }
}
