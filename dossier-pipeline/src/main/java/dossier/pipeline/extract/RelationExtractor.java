package dossier.pipeline.extract;

import dossier.model.Entity;
import dossier.model.Relation;
import dossier.model.Span;
import dossier.pipeline.annotate.Annotated;
import dossier.pipeline.annotate.Sentence;
import dossier.pipeline.annotate.Token;
import dossier.pipeline.annotate.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Relations between entities with readable predicates, each with its evidence span: "Wagner,
 * which is run by Yevgeny Prigozhin" (head_of), "Taliban spokesperson Zabiullah Mujahid"
 * (spokesperson_of), "as a member of Wagner" (member_of), "Russian President Vladimir Putin"
 * (president_of Russia), "the Ukrainian city of Bakhmut" (located_in).
 */
public final class RelationExtractor {

  /** Role nouns and the predicate "ROLE of X" gives. */
  private static final Map<String, String> ROLE_PREDICATES = Map.ofEntries(
      Map.entry("head", "head_of"), Map.entry("leader", "head_of"), Map.entry("chief", "head_of"),
      Map.entry("boss", "head_of"), Map.entry("chairman", "head_of"), Map.entry("chairwoman", "head_of"),
      Map.entry("director", "head_of"), Map.entry("ceo", "head_of"), Map.entry("owner", "owner_of"),
      Map.entry("founder", "founder_of"), Map.entry("member", "member_of"), Map.entry("fighter", "member_of"),
      Map.entry("soldier", "member_of"), Map.entry("volunteer", "member_of"), Map.entry("mercenary", "member_of"),
      Map.entry("spokesman", "spokesperson_of"), Map.entry("spokeswoman", "spokesperson_of"),
      Map.entry("spokesperson", "spokesperson_of"), Map.entry("president", "president_of"),
      Map.entry("employee", "employee_of"), Map.entry("reporter", "employee_of"),
      Map.entry("correspondent", "employee_of"), Map.entry("editor", "employee_of"),
      Map.entry("journalist", "employee_of"), Map.entry("minister", "minister_of"),
      Map.entry("ambassador", "ambassador_of"), Map.entry("commander", "commander_of"));

  /** Before a name, an organization and a role make the person a part of it: "Wagner commander X". */
  private static final Map<String, String> PREFIXED_ROLE_PREDICATES = Map.ofEntries(
      Map.entry("commander", "member_of"), Map.entry("fighter", "member_of"), Map.entry("soldier", "member_of"),
      Map.entry("member", "member_of"), Map.entry("leader", "head_of"), Map.entry("chief", "head_of"),
      Map.entry("head", "head_of"), Map.entry("boss", "head_of"), Map.entry("founder", "founder_of"),
      Map.entry("spokesman", "spokesperson_of"), Map.entry("spokeswoman", "spokesperson_of"),
      Map.entry("spokesperson", "spokesperson_of"), Map.entry("president", "president_of"),
      Map.entry("minister", "minister_of"), Map.entry("reporter", "employee_of"),
      Map.entry("correspondent", "employee_of"), Map.entry("ambassador", "ambassador_of"));

  private static final Map<String, String> RUN_BY = Map.of(
      "run", "head_of", "led", "head_of", "headed", "head_of", "founded", "founder_of", "owned", "owner_of",
      "controlled", "head_of", "commanded", "head_of");
  private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "region", "province", "capital",
      "port", "oblast", "district", "state", "county");

  /** The relations of an article, in text order, without duplicates. */
  public List<Relation> extract(Annotated article, EntityIndex entities) {
    Run run = new Run(article, entities);
    for (Sentence s : article.sentences()) {
      if (s.zone() == Zone.CREDIT) continue;
      run.sentence(s);
    }
    return run.out;
  }

  private static final class Run {
    final Annotated article;
    final EntityIndex entities;
    final List<Relation> out = new ArrayList<>();

    Run(Annotated article, EntityIndex entities) {
      this.article = article;
      this.entities = entities;
    }

    void sentence(Sentence s) {
      List<Token> tokens = s.tokens();
      Entity subject = null;
      for (int i = 0; i < tokens.size(); i++) {
        Entity here = entityAt(tokens, i);
        if (subject == null && here != null && here.type().equals("PERSON")) subject = here;
        runBy(tokens, i);
        roleOf(tokens, i, subject);
        prefixedRole(tokens, i);
        placeOf(tokens, i);
      }
    }

    /** "Wagner, which is run by Yevgeny Prigozhin": the runner heads the organization. */
    private void runBy(List<Token> tokens, int i) {
      Token t = tokens.get(i);
      String predicate = RUN_BY.get(t.word().toLowerCase(Locale.ROOT));
      if (predicate == null || i + 2 >= tokens.size() || !tokens.get(i + 1).word().equalsIgnoreCase("by")) return;
      Entity person = entityAt(tokens, i + 2);
      int which = i - 1;
      while (which >= 0 && !Set.of("which", "that").contains(tokens.get(which).word().toLowerCase(Locale.ROOT))
          && i - which <= 3) {
        which--;
      }
      int k = which - 1;
      while (k >= 0 && tokens.get(k).word().equals(",")) k--;
      Entity org = k >= 0 && which >= 0 ? entityAt(tokens, k) : null;
      if (person != null && org != null && person.type().equals("PERSON") && !org.type().equals("PERSON")) {
        add(person, predicate, org, tokens, k, i + 2 + nameLength(tokens, i + 2));
      }
    }

    /** "Prigozhin, the head of Wagner", "as a member of Wagner": ROLE of ORGANIZATION. */
    private void roleOf(List<Token> tokens, int i, Entity sentenceSubject) {
      String role = tokens.get(i).word().toLowerCase(Locale.ROOT).replaceFirst("^(ex-|former-)", "");
      String predicate = ROLE_PREDICATES.get(singular(role));
      if (predicate == null || i + 2 >= tokens.size()) return;
      if (!Set.of("of", "for", "at", "with").contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) return;
      Entity org = firstEntityIn(tokens, i + 2, Math.min(tokens.size(), i + 10), Set.of("ORGANIZATION", "LOCATION"));
      if (org == null) return;
      if (predicate.equals("president_of") && !org.type().equals("LOCATION")) predicate = "head_of";
      Entity holder = appositionHead(tokens, i);
      int from = holder != null ? firstTokenOf(tokens, holder, i) : i;
      if (holder == null && isAfterAs(tokens, i)) {
        holder = sentenceSubject;
        from = asBefore(tokens, i);
      }
      if (holder == null || holder.equals(org) || !holder.type().equals("PERSON")) return;
      add(holder, predicate, org, tokens, from, lastTokenOf(tokens, org, i) + 1);
    }

    /** "Taliban spokesperson Zabiullah Mujahid", "Russian President Vladimir Putin", "a Wagner commander". */
    private void prefixedRole(List<Token> tokens, int i) {
      if (i + 1 >= tokens.size()) return;
      String role = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
      String predicate = PREFIXED_ROLE_PREDICATES.get(singular(role));
      if (predicate == null) return;
      Entity org = entityAt(tokens, i);
      if (org != null && org.type().equals("MISC")) org = null; // "Russian President": the country, not the adjective
      Entity country = org == null ? countryOfDemonym(tokens.get(i)) : null;
      Entity group = org != null ? org : country;
      if (group == null || group.type().equals("PERSON")) return;
      Entity person = i + 2 < tokens.size() ? entityAt(tokens, i + 2) : null;
      int end = i + 2;
      if (person == null || !person.type().equals("PERSON")) {
        // "as a Wagner commander": the role belongs to the sentence's subject only after "as".
        if (!isAfterAs(tokens, i)) return;
        person = firstPersonBefore(tokens, i);
      } else {
        end = i + 2 + nameLength(tokens, i + 2);
      }
      if (person == null) return;
      if (predicate.equals("president_of") && !group.type().equals("LOCATION")) predicate = "head_of";
      add(person, predicate, group, tokens, i, end);
    }

    /** "the eastern Ukrainian city of Bakhmut", "Siberia's Tomsk region": a place inside another. */
    private void placeOf(List<Token> tokens, int i) {
      Token t = tokens.get(i);
      String word = t.word().toLowerCase(Locale.ROOT);
      if (PLACE_NOUNS.contains(word) && i + 2 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("of")) {
        Entity place = entityAt(tokens, i + 2);
        if (place == null || !place.type().equals("LOCATION")) return;
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
          Entity country = countryOfDemonym(tokens.get(k));
          if (country != null && !country.equals(place)) {
            add(place, "located_in", country, tokens, k, i + 3);
            return;
          }
        }
      }
      if (t.pos().equals("POS") && i >= 1 && i + 1 < tokens.size()) {
        Entity outer = entityAt(tokens, i - 1);
        Entity inner = entityAt(tokens, i + 1);
        if (outer != null && inner != null && !outer.equals(inner) && outer.type().equals("LOCATION")
            && inner.type().equals("LOCATION")) {
          add(inner, "located_in", outer, tokens, i - 1, i + 2);
        }
      }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** The person a role phrase after a comma describes: "Yevgeny Prigozhin, the head of ...". */
    private Entity appositionHead(List<Token> tokens, int role) {
      int k = role - 1;
      while (k >= 0 && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().startsWith("JJ")
          || tokens.get(k).pos().equals("NN") && k < role - 1)) {
        k--;
      }
      if (k < 1 || !tokens.get(k).word().equals(",")) return null;
      Entity e = entityAt(tokens, k - 1);
      return e != null && e.type().equals("PERSON") ? e : null;
    }

    private boolean isAfterAs(List<Token> tokens, int i) {
      for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
        if (tokens.get(k).word().equalsIgnoreCase("as")) return true;
        if (!tokens.get(k).pos().equals("DT") && !tokens.get(k).pos().startsWith("JJ")
            && !tokens.get(k).pos().startsWith("NN")) {
          return false;
        }
      }
      return false;
    }

    private int asBefore(List<Token> tokens, int i) {
      for (int k = i - 1; k >= 0; k--) {
        if (tokens.get(k).word().equalsIgnoreCase("as")) return k;
      }
      return i;
    }

    private Entity firstPersonBefore(List<Token> tokens, int i) {
      for (int k = 0; k < i; k++) {
        Entity e = entityAt(tokens, k);
        if (e != null && e.type().equals("PERSON")) return e;
        String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
        if (w.equals("he") || w.equals("she")) return entities.lastBefore(tokens.get(k).start(), "PERSON");
      }
      return null;
    }

    /** "Russian" -> the country entity the text names (Russia), matched by their common stem. */
    private Entity countryOfDemonym(Token t) {
      if (!t.ner().equals("MISC") && !t.pos().equals("JJ") && !t.pos().equals("NNP")) return null;
      String demonym = t.word().toLowerCase(Locale.ROOT);
      Entity best = null;
      for (Entity e : entities.all()) {
        if (!e.type().equals("LOCATION")) continue;
        String name = e.name().toLowerCase(Locale.ROOT);
        int common = 0;
        while (common < Math.min(name.length(), demonym.length()) && name.charAt(common) == demonym.charAt(common)) {
          common++;
        }
        if (common >= 4 && common >= name.length() * 0.6 && !name.equals(demonym)) best = e;
      }
      return best;
    }

    private Entity entityAt(List<Token> tokens, int i) {
      return entities.at(tokens.get(i).start(), tokens.get(i).end());
    }

    private Entity firstEntityIn(List<Token> tokens, int from, int to, Set<String> types) {
      for (int k = from; k < to; k++) {
        if (tokens.get(k).word().equals(",") || tokens.get(k).pos().startsWith("VB")) return null;
        Entity e = entityAt(tokens, k);
        // "the head of Russia's Wagner mercenary force": a possessor is not the group itself.
        boolean possessor = k + 1 < to && tokens.get(k + 1).pos().equals("POS");
        if (e != null && types.contains(e.type()) && !possessor) return e;
      }
      return null;
    }

    private int nameLength(List<Token> tokens, int from) {
      Entity e = entityAt(tokens, from);
      int k = from;
      while (k + 1 < tokens.size() && Objects.equals(entityAt(tokens, k + 1), e)) k++;
      return k - from + 1;
    }

    private int firstTokenOf(List<Token> tokens, Entity e, int before) {
      for (int k = before; k >= 0; k--) {
        if (Objects.equals(entityAt(tokens, k), e) && (k == 0 || !Objects.equals(entityAt(tokens, k - 1), e))) return k;
      }
      return before;
    }

    private int lastTokenOf(List<Token> tokens, Entity e, int after) {
      for (int k = after; k < tokens.size(); k++) {
        if (Objects.equals(entityAt(tokens, k), e)) {
          while (k + 1 < tokens.size() && Objects.equals(entityAt(tokens, k + 1), e)) k++;
          return k;
        }
      }
      return after;
    }

    private static String singular(String word) {
      return word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    private void add(Entity subject, String predicate, Entity object, List<Token> tokens, int from, int to) {
      Span span = entities.offsets().span(tokens.get(from).start(), tokens.get(Math.min(to, tokens.size()) - 1).end());
      boolean seen = out.stream().anyMatch(r -> r.subject().equals(subject.id()) && r.predicate().equals(predicate)
          && r.object().equals(object.id()));
      if (!seen) out.add(new Relation(subject.id(), predicate, object.id(), span.start(), span.end(), span.text()));
    }
  }
}
