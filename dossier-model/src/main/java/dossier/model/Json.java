package dossier.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import java.io.IOException;
import java.io.InputStream;
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

  /** The JSON Schema of {@code dossier.article/1}, shipped in this jar. */
  public static InputStream articleSchema() {
    return Json.class.getResourceAsStream("/dossier/article-1.schema.json");
  }
}
