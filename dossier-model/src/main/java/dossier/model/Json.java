package dossier.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.time.LocalDate;

/** The JSON form of the model: snake_case keys, ISO dates, nulls kept so that every field is visible. */
public final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .addModule(new SimpleModule("iso-dates")
          .addSerializer(LocalDate.class, ToStringSerializer.instance)
          .addDeserializer(LocalDate.class, new FromStringDeserializer<>(LocalDate.class) {
            @Override
            protected LocalDate _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctx) {
              return LocalDate.parse(value);
            }
          }))
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .build();
  // Later releases add fields under the same schema id (DESIGN §3), so readers must skip them.
  private static final ObjectReader ANALYSIS_READER = MAPPER.readerFor(ArticleAnalysis.class)
      .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Json() {}

  /** The shared, configured mapper (thread-safe). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One line of JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Writes UTF-8 directly, with a character outside the BMP as its four bytes, as {@link #write}'s string encodes
   * it (Jackson's default would write it as two escapes); a lone surrogate it writes as an escape, where the
   * string's encoding has "?" (see {@link #writes}).
   */
  private static final ObjectWriter UTF8_WRITER = MAPPER.writer()
      .with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);

  /**
   * Whether {@code utf8} is exactly {@link #write}{@code (value)} encoded as UTF-8, found without building
   * either: a pre-analyzed JSONL line that is already the record's JSON is stored as read instead of
   * written again (docs/PERFORMANCE.md, "Ingest round 12c").
   */
  public static boolean writes(Object value, byte[] utf8) {
    Comparing out = new Comparing(utf8);
    try {
      UTF8_WRITER.writeValue(out, value);
    } catch (IOException | RuntimeException e) { // then write says what the matter is
      return false;
    }
    // The two encodings differ only for a lone surrogate: an escape here, "?" in the string's bytes.
    return out.equal() && !escapesSurrogate(utf8);
  }

  /** Eight bytes of a byte array as one long, for {@link #escapesSurrogate}. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL, US = 0x7575757575757575L, ONES = 0x0101010101010101L,
      HIGHS = 0x8080808080808080L;

  /**
   * Whether the JSON holds a backslash, "u" and "D" or "d": possibly the escape of a surrogate. Read eight
   * bytes at a time, and a byte at a time only where a word holds a backslash followed by "u" (or ends in a
   * backslash): byte by byte, this scan of ~20 KB cost as much as the comparison it guards, and looking
   * at every word with a backslash still went byte by byte through each quote and line break of the text.
   */
  private static boolean escapesSurrogate(byte[] json) {
    int i = 0;
    for (; i + 8 <= json.length; i += 8) {
      long word = (long) LONGS.get(json, i);
      long backslashes = zeroBytes(word ^ BACKSLASHES);
      if (backslashes == 0) continue;
      // Little-endian: the byte after byte k is byte k + 1, eight bits up.
      boolean maybe = ((backslashes << 8) & zeroBytes(word ^ US)) != 0 || backslashes >>> 56 != 0;
      if (maybe && surrogateEscapeAt(json, i, i + 8)) return true;
    }
    return surrogateEscapeAt(json, i, json.length);
  }

  /**
   * The high bit of each zero byte of {@code word} set (and, rarely, of a 0x01 byte right above a zero one:
   * a false alarm, which the byte-wise check settles; never a zero byte missed).
   */
  private static long zeroBytes(long word) {
    return (word - ONES) & ~word & HIGHS;
  }

  /** Whether a backslash in json[from, to) is followed by "uD" or "ud". */
  private static boolean surrogateEscapeAt(byte[] json, int from, int to) {
    for (int i = from; i < to; i++) {
      if (json[i] == '\\' && i + 2 < json.length && json[i + 1] == 'u' && (json[i + 2] == 'D' || json[i + 2] == 'd')) {
        return true;
      }
    }
    return false;
  }

  /** Compares what is written with the expected bytes as it comes, keeping nothing. */
  private static final class Comparing extends OutputStream {
    private final byte[] expected;
    private int at;
    private boolean differs;

    Comparing(byte[] expected) {
      this.expected = expected;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (differs) return;
      differs = at + len > expected.length || !Arrays.equals(b, off, off + len, expected, at, at + len);
      at += len;
    }

    boolean equal() {
      return !differs && at == expected.length;
    }
  }

  /** Indented JSON for people. */
  public static String writePretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
    }
  }

  /** One article's JSON, ignoring keys this version does not know. */
  public static ArticleAnalysis readAnalysis(String json) throws IOException {
    return ANALYSIS_READER.readValue(json);
  }

  /** {@link #readAnalysis(String)} of the characters {@code chars[offset, offset + length)}, without a string of them. */
  public static ArticleAnalysis readAnalysis(char[] chars, int offset, int length) throws IOException {
    return ANALYSIS_READER.readValue(new CharArrayReader(chars, offset, length));
  }

  /** The JSON Schema of {@code dossier.article/1}, shipped in this jar. */
  public static InputStream articleSchema() {
    return Json.class.getResourceAsStream("/dossier/article-1.schema.json");
  }
}
