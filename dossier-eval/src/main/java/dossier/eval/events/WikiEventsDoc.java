package dossier.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One WikiEvents document: the text rebuilt from its sentences, where each token sits in it, and the
 * gold events.
 *
 * @param text the sentences joined by blank lines (the data's own {@code text} glues sentences together:
 *     "SyriaThe desert")
 * @param starts code-point offset of each token in {@code text}; {@code ends} likewise, end-exclusive
 */
public record WikiEventsDoc(String id, String text, int[] starts, int[] ends, List<ScoredEvent> gold) {

  /** Reads one line of {@code dev.jsonl}/{@code test.jsonl}; {@code clusters} lists coreferent entity ids. */
  public static WikiEventsDoc of(JsonNode doc, List<List<String>> clusters) {
    int n = doc.get("tokens").size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    StringBuilder text = new StringBuilder();
    int cp = 0;
    int token = 0;
    for (JsonNode sentence : doc.get("sentences")) {
      if (token > 0) {
        text.append("\n\n");
        cp += 2;
      }
      // Token offsets count code points in a text the data does not ship; relative to the sentence's first token they fit its text.
      int base = sentence.get(0).get(0).get(1).asInt();
      for (JsonNode t : sentence.get(0)) {
        starts[token] = cp + t.get(1).asInt() - base;
        ends[token] = cp + t.get(2).asInt() - base;
        token++;
      }
      String s = sentence.get(1).asText();
      text.append(s);
      cp += s.codePointCount(0, s.length());
    }
    return new WikiEventsDoc(doc.get("doc_id").asText(), text.toString(), starts, ends, events(doc, clusters));
  }

  private static List<ScoredEvent> events(JsonNode doc, List<List<String>> clusters) {
    Map<String, TokenSpan> mentions = new HashMap<>();
    for (JsonNode m : doc.get("entity_mentions")) {
      mentions.put(m.get("id").asText(), new TokenSpan(m.get("start").asInt(), m.get("end").asInt()));
    }
    Map<String, List<String>> clusterOf = new HashMap<>();
    for (List<String> c : clusters) {
      for (String id : c) clusterOf.put(id, c);
    }
    List<ScoredEvent> out = new ArrayList<>();
    for (JsonNode e : doc.get("event_mentions")) {
      List<ScoredEvent.Argument> args = new ArrayList<>();
      for (JsonNode a : e.get("arguments")) {
        String entity = a.get("entity_id").asText();
        // Coreference-relaxed: naming any mention of the argument's entity counts (WikiEvents' "Coref" match).
        List<TokenSpan> spans = clusterOf.getOrDefault(entity, List.of(entity)).stream()
            .map(mentions::get).filter(java.util.Objects::nonNull).toList();
        args.add(new ScoredEvent.Argument(a.get("role").asText(), spans, a.get("text").asText()));
      }
      JsonNode t = e.get("trigger");
      String type = e.get("event_type").asText();
      out.add(new ScoredEvent(type, new TokenSpan(t.get("start").asInt(), t.get("end").asInt()), args, type,
          t.get("text").asText()));
    }
    return out;
  }

  /** The tokens that code points {@code [start, end)} touch, or null when none. */
  public TokenSpan tokens(int start, int end) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < starts.length; i++) {
      if (ends[i] > start && starts[i] < Math.max(end, start + 1)) {
        if (first < 0) first = i;
        last = i;
      }
    }
    return first < 0 ? null : new TokenSpan(first, last + 1);
  }
}
