package dossier.pipeline.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dossier.model.Json;
import dossier.pipeline.read.ReadResult.Failure;
import dossier.pipeline.read.TextBytes.InvalidUtf8Exception;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * Reads JSON Lines, one line at a time: each non-blank line is an object with {@code text} and
 * optional {@code id}, {@code date}, {@code title}, {@code url}, {@code source}; other fields are ignored.
 */
final class JsonlReader {

  private static final ObjectReader JSON = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** JSON may spell each char as a six-byte escape (backslash, u, four hex digits); other fields get 64 KiB. */
  private static final int MAX_ESCAPED_BYTES_PER_CHAR = 6;
  private static final int MAX_METADATA_BYTES = 64 * 1024;

  private final ReadOptions options;

  JsonlReader(ReadOptions options) {
    this.options = options;
  }

  /** Hands {@code sink} one result per non-blank line of {@code in}, as each is read. */
  void read(String file, InputStream in, Consumer<? super ReadResult> sink) throws IOException {
    long maxLine = MAX_ESCAPED_BYTES_PER_CHAR * options.maxChars() + MAX_METADATA_BYTES;
    ByteLines lines = new ByteLines(in, (int) Math.min(maxLine, Integer.MAX_VALUE - 16));
    while (lines.next()) {
      int number = lines.number();
      if (lines.truncated()) {
        sink.accept(new Failure(file, number, "record too long: over " + lines.length() + " bytes"));
        continue;
      }
      String line;
      try {
        line = TextBytes.decode(lines.bytes(), lines.length());
      } catch (InvalidUtf8Exception e) {
        sink.accept(new Failure(file, number, e.getMessage()));
        continue;
      }
      if (!line.isBlank()) {
        sink.accept(record(file, number, line));
      }
    }
  }

  private ReadResult record(String file, int number, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new Failure(file, number, "malformed JSON: " + oneLine(e.getOriginalMessage()));
    }
    if (!node.isObject()) {
      return new Failure(file, number, "not a JSON object");
    }
    try {
      String id = id(node);
      LocalDate date = date(node);
      String text = Articles.normalizeLineBreaks(requiredText(node));
      RawArticle article = new RawArticle(
          id != null ? id : Articles.contentId(date, text), date,
          optionalString(node, "title"), optionalString(node, "url"), optionalString(node, "source"),
          text, file + ":" + number);
      return Articles.checked(article, file, number, options.maxChars());
    } catch (BadRecordException e) {
      return new Failure(file, number, e.getMessage());
    }
  }

  /** The given id, a string or an integer as datasets use; blank counts as none. */
  private static String id(JsonNode node) throws BadRecordException {
    JsonNode id = node.path("id");
    if (id.isIntegralNumber()) {
      return id.asText();
    }
    String value = optionalString(node, "id");
    return value == null || value.isBlank() ? null : value;
  }

  private LocalDate date(JsonNode node) throws BadRecordException {
    String value = optionalString(node, "date");
    if (value == null) {
      return options.defaultDate();
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRecordException("invalid date: " + value);
    }
  }

  private static String requiredText(JsonNode node) throws BadRecordException {
    String text = optionalString(node, "text");
    if (text == null) {
      throw new BadRecordException("no text");
    }
    return text;
  }

  private static String optionalString(JsonNode node, String field) throws BadRecordException {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new BadRecordException(field + " is not a string");
    }
    return value.textValue();
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s*\\R\\s*", " ");
  }

  /** A record that is JSON but not an article; its message says why. */
  private static final class BadRecordException extends Exception {
    BadRecordException(String message) {
      super(message, null, false, false);
    }
  }
}
