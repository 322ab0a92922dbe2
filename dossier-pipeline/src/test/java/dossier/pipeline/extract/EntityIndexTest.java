package dossier.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Entity;
import dossier.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the entity a text range mentions when one mention holds another's name. */
class EntityIndexTest {

  @Test
  void aRangeFindsTheInnermostMention() {
    String text = "the moment a Brooklyn mother of 12 was killed";
    int b = text.indexOf("Brooklyn"), m = text.indexOf("mother");
    Entity place = entity("e1", "Brooklyn", "LOCATION", new Span(b, b + 8, "Brooklyn"));
    Entity woman = entity("e2", "the mother", "PERSON", new Span(b, m + 6, "Brooklyn mother", Span.NOMINAL));
    for (List<Entity> order : List.of(List.of(place, woman), List.of(woman, place))) {
      EntityIndex index = new EntityIndex(text, order);
      assertEquals(place, index.at(b, b + 8));
      assertEquals(woman, index.at(m, m + 6));
      // The whole phrase: the mention that starts last, the noun's, as before mentions nested.
      assertEquals(woman, index.at(b, m + 6));
      assertEquals(woman, index.lastBefore(text.length(), "PERSON"));
      assertEquals(place, index.lastBefore(m, "LOCATION"));
    }
  }

  private static Entity entity(String id, String name, String type, Span mention) {
    return new Entity(id, name, type, null, List.of(mention), List.of(), java.util.Map.of(), null, java.util.Map.of());
  }
}
