package dossier.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class WikiEventsDocTest {

  // Shaped like WikiEvents: token offsets count code points across sentences joined by one character.
  private static final String DOC = """
      {"doc_id": "d", "tokens": ["IED", "kills", "\\ud83d\\ude00", "General", "Smith", "died"],
       "sentences": [[[["IED", 0, 3], ["kills", 4, 9], ["\\ud83d\\ude00", 10, 11]], "IED kills \\ud83d\\ude00"],
                     [[["General", 12, 19], ["Smith", 20, 25], ["died", 26, 30]], "General Smith died"]],
       "entity_mentions": [{"id": "d-T1", "start": 3, "end": 5}, {"id": "d-T2", "start": 4, "end": 5}],
       "event_mentions": [{"id": "d-E1", "event_type": "Life.Die.Unspecified",
         "trigger": {"start": 5, "end": 6, "text": "died"},
         "arguments": [{"entity_id": "d-T2", "role": "Victim", "text": "Smith"}]}]}
      """;

  @Test
  void rebuildsTheTextAndFindsTokensByCodePoint() throws Exception {
    WikiEventsDoc doc = WikiEventsDoc.of(Json.mapper().readTree(DOC), List.of(List.of("d-T1", "d-T2")));
    assertEquals("IED kills \ud83d\ude00\n\nGeneral Smith died", doc.text());
    // "died" starts after 10 + 1 emoji code point + 2 newlines + "General Smith ".
    assertEquals(27, doc.starts()[5]);
    assertEquals(new TokenSpan(5, 6), doc.tokens(27, 31));
    assertEquals(new TokenSpan(3, 5), doc.tokens(13, 26));
    ScoredEvent e = doc.gold().get(0);
    assertEquals(new TokenSpan(5, 6), e.trigger());
    // The Victim is matched at any mention of its coreference cluster.
    assertEquals(List.of(new TokenSpan(3, 5), new TokenSpan(4, 5)), e.arguments().get(0).spans());
  }
}
