package dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The source and cue spans of a claim survive JSON, and records written before them still read. */
class ClaimJsonTest {

  @Test
  void spansRoundTripAndOlderRecordsReadWithoutThem() throws Exception {
    Claim c = new Claim(14, 30, "to raise the tax", "e1", "Smith", "wants", "asserted", new Span(0, 5, "Smith"),
        new Span(6, 11, "wants"));
    String json = Json.write(c);
    assertEquals(c, Json.mapper().readValue(json, Claim.class));
    Claim old = Json.mapper().readValue("{\"start\":0,\"end\":3,\"text\":\"Yes\",\"source\":null,"
        + "\"source_name\":null,\"cue\":\"reportedly\",\"stance\":\"reported\"}", Claim.class);
    assertNull(old.sourceSpan());
    assertNull(old.cueSpan());
    assertEquals(new Claim(0, 3, "Yes", null, null, "reportedly", "reported"), old);
  }
}
