package dossier.eval.samples;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A faithful Java port of {@code ../shared/tools/score_expectations.py}: the same text
 * normalization, matching rules, points and optional items, so both give the same score.
 */
public final class ExpectationScorer {

  // Python's \s and str.strip() are Unicode-aware; (?U) makes Java's \s the same.
  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
  private static final String STRIP_CHARS = "\"'.,;: ";
  private static final Set<String> AGENT_ROLES = Set.of("agent", "actor", "attacker", "killer", "actor1");
  private static final Set<String> VICTIM_ROLES = Set.of("victim", "patient", "target", "actor2");

  private final JsonNode out;
  private final List<JsonNode> entities;
  private final Map<String, JsonNode> byId = new HashMap<>();
  private final Map<String, double[]> sections = new LinkedHashMap<>();
  private final List<String> misses = new ArrayList<>();
  private List<JsonNode> expectedEntities = List.of();
  private double earned;
  private double total;
  private double bonus;
  private double bonusTotal;

  private ExpectationScorer(JsonNode out) {
    this.out = out;
    this.entities = list(out, "entities");
    for (JsonNode e : entities) byId.put(textOrNull(e.get("id")), e);
  }

  /** Scores one {@code dossier.article/1} object against one expectations object. */
  public static ExpectationScore score(JsonNode expected, JsonNode output) {
    ExpectationScorer s = new ExpectationScorer(output);
    s.run(expected);
    return new ExpectationScore(s.earned, s.total, s.bonus, s.bonusTotal, s.sections, s.misses);
  }

  /** The script's {@code norm()}: NFKC, straight quotes, one space, trimmed of quotes and punctuation, lower case. */
  static String norm(String s) {
    if (s == null) return "";
    s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
    s = strip(SPACES.matcher(s).replaceAll(" ").strip());
    return s.toLowerCase(Locale.ROOT);
  }

  private static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && STRIP_CHARS.indexOf(s.charAt(from)) >= 0) from++;
    while (to > from && STRIP_CHARS.indexOf(s.charAt(to - 1)) >= 0) to--;
    return s.substring(from, to);
  }

  private void run(JsonNode exp) {
    expectedEntities = list(exp, "entities");
    if (exp.has("date")) {
      boolean same = Objects.equals(textOrNull(out.get("date")), textOrNull(exp.get("date")));
      add("date", 1, same ? 1 : 0, false, "date " + str(exp.get("date")) + " got " + str(out.get("date")));
    }
    captions(exp);
    entities(exp);
    mustNot(exp);
    quotes(exp);
    times(exp);
    claims(exp);
    events(exp);
    relations(exp);
  }

  private void captions(JsonNode exp) {
    List<JsonNode> caps = list(out, "captions");
    for (JsonNode c : list(exp, "captions")) {
      String want = norm(text(c, "text"));
      List<JsonNode> hit = filter(caps, k -> {
        String have = norm(text(k, "text"));
        return have.contains(want) || want.contains(have) && length(have) > 10;
      });
      double got = 0;
      if (!hit.isEmpty()) {
        got = 0.5 + (hit.stream().anyMatch(k -> norm(text(k, "credit")).equals(norm(text(c, "credit")))) ? 0.5 : 0);
      }
      add("captions", 1, got, optional(c), "caption " + text(c, "text") + " credit " + text(c, "credit"));
    }
  }

  private void entities(JsonNode exp) {
    for (JsonNode x : list(exp, "entities")) {
      List<String> names = namesWithAliases(x);
      List<JsonNode> cands = filter(entities, e -> entityMatches(e, names));
      double got = 0;
      String why = "";
      if (!cands.isEmpty()) {
        boolean typed = cands.stream().anyMatch(e -> upperType(e).equals(text(x, "type")));
        got = 0.5 + (typed ? 0.5 : 0);
        if (!typed) why = " type " + cands.stream().map(e -> text(e, "type")).toList();
      }
      add("entities", 1, got, optional(x), "entity " + text(x, "name") + " " + text(x, "type") + why);
      if (x.has("attributes")) {
        x.get("attributes").fields().forEachRemaining(kv -> {
          boolean ok = cands.stream().anyMatch(e -> norm(textOrNull(e.path("attributes").get(kv.getKey())))
              .equals(norm(textOrNull(kv.getValue()))));
          add("attributes", 1, ok ? 1 : 0, optional(x), text(x, "name") + "." + kv.getKey() + "=" + str(kv.getValue()));
        });
      }
      if (x.has("descriptors_any")) {
        List<String> descs = new ArrayList<>();
        for (JsonNode e : cands) for (JsonNode d : list(e, "descriptors")) descs.add(norm(textOrNull(d)));
        boolean ok = strings(x, "descriptors_any").stream().anyMatch(w -> descs.stream().anyMatch(d -> d.contains(norm(w))));
        add("descriptors", 1, ok ? 1 : 0, optional(x), text(x, "name") + " descriptor any of " + strings(x, "descriptors_any"));
      }
    }
  }

  private void mustNot(JsonNode exp) {
    for (JsonNode x : list(exp, "entities_must_not")) {
      boolean bad;
      String what;
      if (x.has("separate")) {
        String a = str(x.get("separate").get(0));
        String b = str(x.get("separate").get(1));
        Set<Integer> ea = matchingIndexes(a);
        Set<Integer> eb = matchingIndexes(b);
        bad = !ea.isEmpty() && !eb.isEmpty() && !ea.equals(eb);
        what = a + " and " + b + " must be one entity";
      } else {
        String name = text(x, "name");
        bad = entities.stream().anyMatch(e -> entityMatches(e, List.of(name)) && norm(text(e, "name")).equals(norm(name))
            && upperType(e).equals(text(x, "type")));
        what = name + " must not be " + text(x, "type");
      }
      add("must_not", 1, bad ? 0 : 1, optional(x), what);
    }
  }

  private void quotes(JsonNode exp) {
    List<JsonNode> quotes = list(out, "quotes");
    for (JsonNode x : list(exp, "quotes")) {
      String t = norm(text(x, "text"));
      List<JsonNode> hit = filter(quotes, q -> {
        String have = norm(text(q, "text"));
        return !t.isEmpty() && (have.contains(t) || !have.isEmpty() && t.contains(have) && length(have) >= 0.6 * length(t));
      });
      double got = 0;
      String why = "";
      if (!hit.isEmpty()) {
        got = 0.5;
        if (isNull(x, "speaker")) {
          if (hit.stream().anyMatch(q -> isNull(q, "speaker"))) got += 0.5;
        } else if (hit.stream().anyMatch(q -> refMatches(textOrNull(q.get("speaker")), textOrNull(q.get("speaker_name")),
            aliasSet(text(x, "speaker"))))) {
          got += 0.5;
        } else {
          why = " speaker got " + hit.stream().map(q -> text(q, "speaker_name")).toList();
        }
      }
      add("quotes", 1, got, optional(x), "quote " + text(x, "text") + " by " + text(x, "speaker") + why);
    }
    for (JsonNode x : list(exp, "not_quotes")) {
      String t = norm(text(x, "text"));
      boolean bad = quotes.stream().anyMatch(q -> norm(text(q, "text")).equals(t) && !isNull(q, "speaker"));
      add("must_not", 1, bad ? 0 : 1, false, text(x, "text") + " is not speech");
    }
  }

  private void times(JsonNode exp) {
    List<JsonNode> times = list(out, "times");
    for (JsonNode x : list(exp, "times")) {
      Set<String> texts = new LinkedHashSet<>(List.of(norm(text(x, "text"))));
      if (x.has("text_may_omit")) texts.add(norm(text(x, "text").replaceFirst(Pattern.quote(text(x, "text_may_omit")), "")));
      List<JsonNode> hit = filter(times, t -> {
        String have = norm(text(t, "text"));
        return texts.contains(have) || texts.stream().anyMatch(have::contains);
      });
      double got = 0;
      String why = "";
      if (!hit.isEmpty()) {
        got = 0.25 + (hit.stream().anyMatch(t -> str(t.get("value")).equals(text(x, "value"))) ? 0.75 : 0);
        if (got < 1) why = " value got " + hit.stream().map(t -> str(t.get("value"))).toList();
      }
      add("times", 1, got, optional(x), "time " + text(x, "text") + "=" + text(x, "value") + why);
    }
  }

  private void claims(JsonNode exp) {
    List<JsonNode> claims = list(out, "claims");
    for (JsonNode x : list(exp, "claims")) {
      String frag = norm(text(x, "text_contains"));
      List<JsonNode> hit = filter(claims, c -> norm(text(c, "text")).contains(frag));
      double got = 0;
      if (!hit.isEmpty()) {
        got = 0.5;
        List<Boolean> parts = new ArrayList<>();
        if (x.has("stance")) parts.add(hit.stream().anyMatch(c -> norm(text(c, "stance")).equals(norm(text(x, "stance")))));
        if (x.has("source")) {
          List<String> names = aliasSet(text(x, "source"));
          parts.add(hit.stream().anyMatch(c -> refMatches(textOrNull(c.get("source")), textOrNull(c.get("source_name")), names)));
        }
        got += half(parts);
      }
      add("claims", 1, got, optional(x), "claim ~" + text(x, "text_contains") + " " + text(x, "stance"));
    }
  }

  private void events(JsonNode exp) {
    List<JsonNode> events = list(out, "events");
    for (JsonNode x : list(exp, "events")) {
      List<String> triggers = strings(x, "trigger_any");
      List<JsonNode> hit = filter(events, e -> eventTypeOk(e, x) && (triggers.isEmpty() || eventTriggerOk(e, triggers)));
      if (hit.isEmpty()) hit = filter(events, e -> eventTypeOk(e, x));
      double got = 0;
      if (!hit.isEmpty()) {
        got = 0.5;
        List<Boolean> parts = new ArrayList<>();
        if (x.has("agent") || x.has("agent_any")) {
          List<String> names = x.has("agent") ? aliasSet(text(x, "agent")) : strings(x, "agent_any");
          parts.add(hit.stream().anyMatch(e -> roleNames(e, AGENT_ROLES).stream().anyMatch(r -> refMatches(r[0], r[1], names))));
        }
        if (x.has("victim_any")) {
          List<String> victims = strings(x, "victim_any").stream().map(ExpectationScorer::norm).toList();
          parts.add(hit.stream().anyMatch(e -> roleNames(e, VICTIM_ROLES).stream().anyMatch(r -> victimOk(r, victims))));
        }
        if (x.has("time")) parts.add(hit.stream().anyMatch(e -> str(e.get("time")).equals(text(x, "time"))));
        if (x.has("place_any")) {
          List<String> places = strings(x, "place_any");
          parts.add(hit.stream().anyMatch(e -> refMatches(textOrNull(e.get("place")), textOrNull(e.get("place_name")), places)));
        }
        got += half(parts);
      }
      String trigger = triggers.isEmpty() ? "" : triggers.get(0);
      add("events", 1, got, optional(x), "event " + strings(x, "type_any").get(0) + " " + trigger);
    }
  }

  private void relations(JsonNode exp) {
    List<JsonNode> rels = list(out, "relations");
    for (JsonNode x : list(exp, "relations")) {
      Set<String> preds = new HashSet<>();
      for (String p : strings(x, "predicate_any")) preds.add(norm(p));
      List<String> subjects = aliasSet(text(x, "subject"));
      List<String> objects = aliasSet(text(x, "object"));
      boolean ok = rels.stream().anyMatch(r -> preds.contains(norm(text(r, "predicate")))
          && refMatches(textOrNull(r.get("subject")), textOrNull(r.get("subject_name")), subjects)
          && refMatches(textOrNull(r.get("object")), textOrNull(r.get("object_name")), objects));
      add("relations", 1, ok ? 1 : 0, optional(x), "relation " + text(x, "subject") + " "
          + strings(x, "predicate_any").get(0) + " " + text(x, "object"));
    }
  }

  // ---- the script's helpers ---------------------------------------------------------------------

  private void add(String section, double pts, double got, boolean optional, String what) {
    if (optional) {
      bonusTotal += pts;
      bonus += got;
    } else {
      total += pts;
      earned += got;
    }
    double[] s = sections.computeIfAbsent(section, k -> new double[2]);
    if (!optional) {
      s[0] += got;
      s[1] += pts;
    }
    if (got < pts - 1e-9) {
      misses.add(String.format(Locale.ROOT, "  miss [%s%s] %s (%.2f/%s)", section, optional ? " optional" : "", what,
          got, pts == (int) pts ? String.valueOf((int) pts) : String.valueOf(pts)));
    }
  }

  private Set<String> namesOf(JsonNode e) {
    Set<String> ns = new HashSet<>();
    ns.add(norm(textOrNull(e.get("name"))));
    for (JsonNode m : list(e, "mentions")) ns.add(norm(textOrNull(m.get("text"))));
    for (JsonNode a : list(e, "aliases")) ns.add(norm(str(a)));
    ns.remove("");
    return ns;
  }

  private boolean entityMatches(JsonNode e, List<String> names) {
    Set<String> mine = namesOf(e);
    return names.stream().anyMatch(n -> mine.contains(norm(n)));
  }

  private Set<Integer> matchingIndexes(String name) {
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < entities.size(); i++) if (entityMatches(entities.get(i), List.of(name))) out.add(i);
    return out;
  }

  /** Whether an output reference (an entity id, else a name) points to one of {@code names}. */
  private boolean refMatches(String refId, String refName, List<String> names) {
    Set<String> targets = new HashSet<>();
    for (String n : names) targets.add(norm(n));
    JsonNode e = refId != null ? byId.get(refId) : null;
    if (e != null && namesOf(e).stream().anyMatch(targets::contains)) return true;
    return refName != null && targets.contains(norm(refName));
  }

  /** All names the expectations give for an entity, so a speaker can match any alias. */
  private List<String> aliasSet(String name) {
    for (JsonNode x : expectedEntities) {
      List<String> al = namesWithAliases(x);
      if (al.stream().anyMatch(a -> norm(a).equals(norm(name)))) return al;
    }
    return List.of(name);
  }

  private static boolean eventTypeOk(JsonNode e, JsonNode x) {
    String t = norm(text(e, "type").replace('_', ' ').replace('-', ' '));
    return strings(x, "type_any").stream().anyMatch(k -> norm(k).equals(t) || t.contains(norm(k)));
  }

  private static boolean eventTriggerOk(JsonNode e, List<String> triggers) {
    String tr = norm(textOrNull(e.path("trigger").get("text")));
    return triggers.stream().anyMatch(k -> tr.contains(norm(k)) || !tr.isEmpty() && norm(k).contains(tr));
  }

  /** (entity id, name or text) of the participants in the given roles. */
  private static List<String[]> roleNames(JsonNode e, Set<String> roles) {
    List<String[]> out = new ArrayList<>();
    for (JsonNode p : list(e, "participants")) {
      if (roles.contains(norm(textOrNull(p.get("role"))))) {
        String name = textOrNull(p.get("name"));
        out.add(new String[] {textOrNull(p.get("entity")), name == null || name.isEmpty() ? textOrNull(p.get("text")) : name});
      }
    }
    return out;
  }

  private boolean victimOk(String[] ref, List<String> victims) {
    Set<String> ns = new HashSet<>();
    if (byId.containsKey(ref[0])) ns.addAll(namesOf(byId.get(ref[0])));
    if (ref[1] != null && !ref[1].isEmpty()) ns.add(norm(ref[1]));
    return victims.stream().anyMatch(v -> ns.stream().anyMatch(s -> !s.isEmpty() && (s.contains(v) || v.contains(s))));
  }

  private static double half(List<Boolean> parts) {
    return parts.isEmpty() ? 0 : 0.5 * parts.stream().filter(b -> b).count() / parts.size();
  }

  private static List<String> namesWithAliases(JsonNode x) {
    List<String> names = new ArrayList<>(List.of(text(x, "name")));
    names.addAll(strings(x, "aliases"));
    return names;
  }

  private static boolean optional(JsonNode x) {
    return x.path("optional").asBoolean(false);
  }

  private static String upperType(JsonNode e) {
    return text(e, "type").toUpperCase(Locale.ROOT);
  }

  private static boolean isNull(JsonNode o, String key) {
    return o.get(key) == null || o.get(key).isNull();
  }

  /** {@code o.get(key) or ''}: the string, or "" when absent or null. */
  private static String text(JsonNode o, String key) {
    String s = textOrNull(o.get(key));
    return s == null ? "" : s;
  }

  /** The Python value a JSON node becomes, as a string, or null for a JSON null. */
  private static String textOrNull(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : n.isValueNode() ? n.asText() : n.toString();
  }

  /** Python's {@code str()}: "None" for null, else the value's text. */
  private static String str(JsonNode n) {
    String s = textOrNull(n);
    return s == null ? "None" : s;
  }

  private static List<String> strings(JsonNode o, String key) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : list(o, key)) out.add(str(n));
    return out;
  }

  private static List<JsonNode> list(JsonNode o, String key) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode a = o.get(key);
    if (a != null && a.isArray()) a.forEach(out::add);
    return out;
  }

  private static List<JsonNode> filter(List<JsonNode> nodes, Predicate<JsonNode> keep) {
    return nodes.stream().filter(keep).toList();
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
