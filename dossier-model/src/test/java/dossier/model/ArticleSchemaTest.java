package dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ArticleSchemaTest {

  @Test
  void fullArticleConforms() {
    ArticleAnalysis a = Articles.full();
    // Guards the fixture: a list left empty would leave its item schema untested.
    for (List<?> list : List.of(a.captions(), a.entities(), a.quotes(), a.claims(), a.times(), a.events(),
        a.relations())) {
      assertFalse(list.isEmpty());
    }
    assertEquals(List.of(), ArticleSchema.validate(Json.write(a)));
  }

  @Test
  void bareArticleConforms() {
    assertEquals(List.of(), ArticleSchema.validate(Json.write(Articles.bare())));
  }

  @Test
  void nullNestedFieldsConform() {
    assertEquals(List.of(), ArticleSchema.validate(Json.write(Articles.sparse())));
  }

  @Test
  void prettyJsonConforms() {
    assertEquals(List.of(), ArticleSchema.validate(Json.writePretty(Articles.full())));
  }

  @Test
  void roundTripsThroughJson() throws IOException {
    for (ArticleAnalysis a : List.of(Articles.full(), Articles.bare(), Articles.sparse())) {
      assertEquals(a, Json.readAnalysis(Json.write(a)));
    }
  }

  @Test
  void writesSnakeCaseKeysIsoDatesAndNulls() {
    String json = Json.write(Articles.full());
    assertTrue(json.contains("\"date\":\"2023-01-31\""), json);
    assertTrue(json.contains("\"speaker_name\":\"Andrei Medvedev\""), json);
    assertTrue(json.contains("\"source\":null"), json);
    assertTrue(json.contains("\"link\":null"), json);
  }

  @Test
  void readingToleratesFieldsAddedByLaterVersions() throws IOException {
    ObjectNode tree = tree(Articles.full());
    tree.put("sentiment", 0.5);
    ((ObjectNode) tree.withArray("entities").get(0)).put("gender", "male");
    assertEquals(Articles.full(), Json.readAnalysis(tree.toString()));
  }

  @Test
  void rejectsUnknownEntityType() {
    assertRejected(t -> entity(t).put("type", "PEOPLE"), "/entities/0/type");
  }

  @Test
  void rejectsUnknownQuoteKind() {
    assertRejected(t -> ((ObjectNode) t.withArray("quotes").get(0)).put("kind", "paraphrase"), "/quotes/0/kind");
  }

  @Test
  void rejectsUnknownStance() {
    assertRejected(t -> ((ObjectNode) t.withArray("claims").get(0)).put("stance", "rumoured"), "/claims/0/stance");
  }

  @Test
  void rejectsUnknownTimeType() {
    assertRejected(t -> ((ObjectNode) t.withArray("times").get(0)).put("type", "DAY"), "/times/0/type");
  }

  @Test
  void rejectsMissingRequiredKey() {
    assertRejected(t -> t.remove("text"), "text");
    assertRejected(t -> entity(t).remove("link"), "link");
    assertRejected(t -> ((ObjectNode) t.withArray("events").get(0)).remove("trigger"), "trigger");
  }

  @Test
  void rejectsNullWhereAValueIsRequired() {
    assertRejected(t -> t.putNull("entities"), "/entities");
    assertRejected(t -> entity(t).putNull("name"), "/entities/0/name");
    assertRejected(t -> ((ObjectNode) t.withArray("times").get(0)).putNull("value"), "/times/0/value");
  }

  @Test
  void rejectsNegativeOffset() {
    assertRejected(t -> ((ObjectNode) t.withArray("quotes").get(0)).put("start", -1), "/quotes/0/start");
    assertRejected(t -> ((ObjectNode) entity(t).withArray("mentions").get(0)).put("end", -3),
        "/entities/0/mentions/0/end");
  }

  @Test
  void rejectsFractionalOffset() {
    assertRejected(t -> ((ObjectNode) t.withArray("relations").get(0)).put("start", 1.5), "/relations/0/start");
  }

  @Test
  void rejectsBadDate() {
    assertRejected(t -> t.put("date", "31.01.2023"), "/date");
    assertRejected(t -> t.put("date", "2023-1-31"), "/date");
    assertRejected(t -> t.put("date", "2023-02-30"), "/date");
  }

  @Test
  void rejectsOtherSchemaVersion() {
    assertRejected(t -> t.put("schema", "dossier.article/2"), "/schema");
  }

  @Test
  void rejectsUndocumentedField() {
    assertRejected(t -> t.put("sentiment", 0.5), "sentiment");
    assertRejected(t -> entity(t).put("gender", "male"), "gender");
  }

  @Test
  void rejectsNonStringAttribute() {
    assertRejected(t -> entity(t).with("attributes").put("age", 26), "/entities/0/attributes/age");
  }

  @Test
  void rejectsNonJson() {
    assertFalse(ArticleSchema.validate("{\"schema\":").isEmpty());
  }

  private static void assertRejected(Consumer<ObjectNode> mutation, String expected) {
    ObjectNode tree = tree(Articles.full());
    mutation.accept(tree);
    List<String> errors = ArticleSchema.validate(tree.toString());
    assertFalse(errors.isEmpty(), "accepted " + tree);
    assertTrue(errors.stream().anyMatch(e -> e.contains(expected)), () -> expected + " not in " + errors);
  }

  private static ObjectNode tree(ArticleAnalysis a) {
    return Json.mapper().valueToTree(a);
  }

  private static ObjectNode entity(ObjectNode tree) {
    return (ObjectNode) tree.withArray("entities").get(0);
  }
}
