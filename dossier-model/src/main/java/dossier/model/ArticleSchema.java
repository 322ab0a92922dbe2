package dossier.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates JSON against the shipped {@code dossier.article/1} schema. */
public final class ArticleSchema {
  private static final JsonSchema SCHEMA = load();

  private ArticleSchema() {}

  /** The problems with one article's JSON, sorted; empty when it conforms. */
  public static List<String> validate(String json) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      return List.of("not JSON: " + e.getOriginalMessage());
    }
    return SCHEMA.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  private static JsonSchema load() {
    // Draft 2020-12 treats "format" as an annotation only; asserting it makes bad dates fail twice over.
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    try (InputStream in = Json.articleSchema()) {
      if (in == null) throw new IllegalStateException("dossier/article-1.schema.json missing from the classpath");
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
