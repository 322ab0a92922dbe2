package dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The speaker and cue spans of a quote survive JSON, and records written before them still read. */
class QuoteJsonTest {

  @Test
  void spansRoundTripAndOlderRecordsReadWithoutThem() throws Exception {
    Quote q = new Quote(0, 3, "Yes", "direct", "e1", "Smith", "said", new Span(6, 8, "he"), new Span(9, 13, "said"));
    String json = Json.write(q);
    assertEquals(q, Json.mapper().readValue(json, Quote.class));
    Quote old = Json.mapper().readValue("{\"start\":0,\"end\":3,\"text\":\"Yes\",\"kind\":\"direct\",\"speaker\":\"e1\","
        + "\"speaker_name\":\"Smith\",\"cue\":\"said\"}", Quote.class);
    assertNull(old.speakerSpan());
    assertEquals(new Quote(0, 3, "Yes", "direct", "e1", "Smith", "said"), old);
  }
}
