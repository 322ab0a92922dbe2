package dossier.pipeline.extract;

import dossier.model.Claim;
import dossier.model.CodePoints;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Quote;
import dossier.model.Span;
import dossier.model.TimeExpression;
import dossier.pipeline.annotate.Annotated;
import dossier.pipeline.annotate.Sentence;
import dossier.pipeline.annotate.CoreNlpAnnotator;
import dossier.pipeline.annotate.Token;
import dossier.pipeline.annotate.Zone;
import dossier.pipeline.extract.Attribution.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who did what to whom, where and when: typed events from a trigger lexicon, with participants
 * from the clause around the trigger, place, time (from the clause, else inherited from an earlier
 * event of the same actor), figures, who reports it and how sure, and whether it happened at all.
 */
public final class EventExtractor {

  private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "--", "—", "–", "``", "''");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "without");
  private static final Set<String> PLANNING = Set.of("will", "'ll", "shall", "plan", "plans", "planned", "intend",
      "intends", "intended", "going", "decide", "decided", "decides", "want", "wants", "wanted", "expect", "hope",
      "aim", "prepare", "prepared", "try", "tried", "attempt", "attempted");
  private static final Set<String> REFUSALS = Set.of("refuse", "refused", "refusing", "refuses", "fail", "failed",
      "declined", "decline");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "to", "into", "from", "around",
      "outside", "across", "inside");
  private static final Set<String> BORDER_WORDS = Set.of("border", "frontier", "river", "line", "boundary");
  private static final Set<String> GROUP_WORDS = Set.of("group", "army", "force", "forces", "militia", "party",
      "unit", "ranks", "movement", "brigade", "battalion", "regiment", "company", "team", "union", "alliance");
  private static final Set<String> AGREEMENT_OBJECTS = Set.of("deal", "agreement", "treaty", "accord", "ceasefire",
      "contract", "contracts", "pact", "memorandum");
  private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
      Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
      Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
      Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
      Map.entry("twenty", "20"), Map.entry("hundred", "100"));

  /** The events of an article's body, in text order. */
  public Extracted extract(Annotated article, EntityIndex entities, List<TimeExpression> times,
      List<Quote> quotes, List<Claim> claims) {
    Run run = new Run(article, entities, times, quotes, claims);
    return new Extracted(run.events(), List.copyOf(run.unnamed));
  }

  /** Where participant {@code participant} of event {@code event}, which the text does not name, is written: its head word. */
  public record Head(int event, int participant, int start, int end) {}

  /**
   * The events, found by the names alone, and the head words of the participants the text does not
   * name, so that the entities Coreference makes of such phrases can be given to them afterwards.
   */
  public record Extracted(List<Event> events, List<Head> unnamed) {

    /**
     * The events with each unnamed participant's entity: the one a mention of which holds the
     * participant's head word ("An inmate escaped": the article's "the inmate", or Joseph Comeaux Jr
     * when Coreference made "inmate" his); the participant keeps its text. Null when no mention holds it.
     */
    public List<Event> withEntities(String text, List<Entity> entities) {
      EntityIndex index = new EntityIndex(text, entities);
      List<Event> out = new ArrayList<>(events);
      for (Head h : unnamed) {
        Entity entity = index.at(h.start(), h.end());
        if (entity == null) continue;
        Event e = out.get(h.event());
        List<Event.Participant> ps = new ArrayList<>(e.participants());
        Event.Participant p = ps.get(h.participant());
        ps.set(h.participant(), new Event.Participant(p.role(), entity.id(), p.text()));
        out.set(h.event(), new Event(e.type(), e.trigger(), List.copyOf(ps), e.place(), e.placeName(), e.time(),
            e.source(), e.sourceName(), e.stance(), e.modality(), e.counts()));
      }
      return List.copyOf(out);
    }
  }

  private static final class Run {
    final Annotated article;
    final EntityIndex entities;
    final List<TimeExpression> times;
    final List<Quote> quotes;
    final List<Claim> claims;
    final Attribution attribution;
    final CodePoints offsets;
    final List<Event> out = new ArrayList<>();
    final List<Integer> eventSentence = new ArrayList<>();
    final List<Head> unnamed = new ArrayList<>();

    Run(Annotated article, EntityIndex entities, List<TimeExpression> times, List<Quote> quotes, List<Claim> claims) {
      this.article = article;
      this.entities = entities;
      this.times = times;
      this.quotes = quotes;
      this.claims = claims;
      this.attribution = new Attribution(entities, article.text());
      this.offsets = entities.offsets();
    }

    /** Trigger positions of the sentence being read, so that place and time stop at the next event. */
    List<Integer> triggers = List.of();

    List<Event> events() {
      for (Sentence s : article.sentences()) {
        if (s.zone() != Zone.BODY) continue;
        List<Token> tokens = s.tokens();
        List<Integer> found = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
          String type = typeOf(tokens, i);
          if (type != null) {
            found.add(i);
            types.add(type);
          }
        }
        triggers = found;
        for (int k = 0; k < found.size(); k++) event(s, found.get(k), types.get(k));
      }
      return out;
    }

    private boolean triggerBetween(int from, int to) {
      for (int t : triggers) {
        if (t > from && t < to) return true;
      }
      return false;
    }

    /** The event type token {@code i} triggers, checking the words that make some verbs events. */
    private String typeOf(List<Token> tokens, int i) {
      Token t = tokens.get(i);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (t.pos().startsWith("VB")) {
        String type = EventTypes.VERBS.get(lemma);
        if (type == null) {
          return lemma.equals("seek") || lemma.equals("request") || lemma.equals("apply") || lemma.equals("claim")
              ? (objectHas(tokens, i, Set.of("asylum")) ? "asylum request" : null) : null;
        }
        return switch (lemma) {
          case "cross" -> objectHas(tokens, i, BORDER_WORDS) || objectIsPlace(tokens, i) ? type : null;
          case "join", "enlist" -> objectHas(tokens, i, GROUP_WORDS) || objectIsOrganization(tokens, i) ? type : null;
          case "sign" -> objectHas(tokens, i, AGREEMENT_OBJECTS) ? type : null;
          case "charge" -> nextIs(tokens, i, "with") ? type : null;
          case "sentence" -> objectHas(tokens, i, Set.of("to", "life")) ? type : null;
          case "fight" -> t.pos().equals("VBG") && i > 0 && tokens.get(i - 1).pos().equals("IN") || !t.pos().equals("VBG")
              ? type : null;
          case "capture", "recapture" -> capturedType(tokens, patientOf(tokens, i));
          case "catch" -> caughtAsArrest(tokens, i) ? type : null;
          default -> type;
        };
      }
      if (t.pos().startsWith("NN") && !t.pos().startsWith("NNP")) {
        String word = t.word().toLowerCase(Locale.ROOT);
        if (word.equals("asylum") && i > 0 && !tokens.get(i - 1).pos().startsWith("VB")) {
          return i + 1 < tokens.size() && Set.of("request", "application", "claim", "bid")
              .contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT)) ? "asylum request" : null;
        }
        String type = word.equals("capture") || word.equals("recapture") ? captureNounType(tokens, i)
            : EventTypes.NOUNS.get(word);
        return "arrest".equals(type) && isSoughtByAReward(tokens, i) ? null : type;
      }
      return null;
    }

    private void event(Sentence s, int i, String type) {
      List<Token> tokens = s.tokens();
      Token trigger = tokens.get(i);
      List<Event.Participant> participants = new ArrayList<>();
      List<Speaker> speakers = new ArrayList<>();
      boolean verb = trigger.pos().startsWith("VB");
      boolean passive = isPassive(tokens, i);
      int triggerEnd = i;
      if (type.equals("asylum request") && verb) {
        while (triggerEnd + 1 < tokens.size() && !tokens.get(triggerEnd).word().equalsIgnoreCase("asylum")) triggerEnd++;
      }
      if (verb) {
        Speaker agent = passive ? byAgent(tokens, i) : subjectOf(tokens, i);
        if (agent != null && agent.known()) take(participants, speakers, "agent", agent);
        Speaker object = type.equals("asylum request") && !passive ? null : patientOf(tokens, i);
        if (object != null && object.known()) take(participants, speakers, EventTypes.objectRole(type), object);
      } else {
        Speaker of = ofPhrase(tokens, i);
        if (of != null && of.known()) take(participants, speakers, EventTypes.objectRole(type), of);
        Speaker by = byAgent(tokens, i);
        if (by != null && by.known()) take(participants, speakers, "agent", by);
      }
      Place place = placeOf(tokens, i);
      String time = timeOf(s, i);
      String modality = modalityOf(tokens, i);
      boolean adjunct = trigger.pos().equals("VBG") && i > 0 && tokens.get(i - 1).word().equals(",");
      if (adjunct && !out.isEmpty() && eventSentence.get(eventSentence.size() - 1) == s.index()) {
        // "Two bombs exploded in Jolo on Sunday, killing twenty": the killing shares the blast's time and place.
        Event main = out.get(out.size() - 1);
        if (time == null) time = main.time();
        if (place.entity == null && place.name == null) place = new Place(main.place(), main.placeName());
      }
      if (time == null && modality.equals("actual")) time = inheritedTime(participants, s.index());
      Span triggerSpan = offsets.span(trigger.start(), tokens.get(triggerEnd).end());
      Reporter reporter = reporterOf(triggerSpan.start());
      Map<String, String> counts = countsOf(tokens, i, type, passive);
      for (int k = 0; k < participants.size(); k++) {
        Speaker who = speakers.get(k);
        if (who.entity() == null && who.hasMention()) unnamed.add(new Head(out.size(), k, who.from(), who.to()));
      }
      out.add(new Event(type, triggerSpan, List.copyOf(participants), place.entity, place.name, time,
          reporter.source, reporter.sourceName, reporter.stance, modality, counts));
      eventSentence.add(s.index());
    }

    /** "Anna Petrova was detained", "a man detained in Minsk": the verb's subject is acted on. */
    private static boolean isPassive(List<Token> tokens, int i) {
      return tokens.get(i).pos().equals("VBN") && i > 0 && isBeOrGet(tokens, i) || isReducedRelative(tokens, i);
    }

    /** "Texas prisoner captured": a participle right after the noun it is said of. */
    private static boolean isReducedRelative(List<Token> tokens, int i) {
      return tokens.get(i).pos().equals("VBN") && i > 0 && tokens.get(i - 1).pos().startsWith("NN");
    }

    /** Who or what a verb acts on: the object, or the subject when it is passive. */
    private Speaker patientOf(List<Token> tokens, int i) {
      if (isReducedRelative(tokens, i)) return phraseEndingAt(tokens, i - 1);
      if (!isPassive(tokens, i)) return objectOf(tokens, i);
      Speaker subject = subjectOf(tokens, i);
      return subject != null ? subject : personTaggedAsAdjective(tokens, i);
    }

    /** "The fugitive was recaptured": the tagger reads "fugitive" as an adjective, but it is who was caught. */
    private Speaker personTaggedAsAdjective(List<Token> tokens, int i) {
      int k = i - 1;
      while (k >= 0 && (tokens.get(k).pos().equals("RB") || isAuxiliary(tokens.get(k)))) k--;
      if (k < 1 || !tokens.get(k).pos().equals("JJ") || !tokens.get(k - 1).pos().equals("DT")
          || !EventTypes.CATCHABLE_PEOPLE.contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT))) {
        return null;
      }
      Token head = tokens.get(k);
      return new Speaker(null, article.text().substring(tokens.get(k - 1).start(), head.end())).at(head.start(), head.end());
    }

    // ---- capture and catch ----------------------------------------------------------------------

    /** "evaded capture", "avoided capture": the capture of a person. */
    private static final Set<String> CAPTURE_AVOIDED = Set.of("evade", "avoid", "elude", "escape", "resist");
    /** "information leading to the capture of". */
    private static final Set<String> REWARDED = Set.of("information", "tip", "tips");
    /** Words after "caught" that mean something else than an arrest ("caught on camera", "caught off guard"). */
    private static final Set<String> CAUGHT_IN = Set.of("on", "in", "at", "up", "off", "between", "unaware", "unawares",
        "napping", "out", "short");
    /** Pronouns with no mention of their own that still say a person was caught. */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("they", "them", "we", "us", "i", "me", "you");

    /** A person captured is arrested, a place captured is fought for; "captured the moment" is neither. */
    private String capturedType(List<Token> tokens, Speaker captured) {
      if (isPlace(tokens, captured)) return "battle";
      return isPerson(tokens, captured) ? "arrest" : null;
    }

    /** "the capture of Mosul", "the capture of the fugitive", "his capture", "evaded capture"; not "motion capture". */
    private String captureNounType(List<Token> tokens, int i) {
      Speaker of = ofPhrase(tokens, i);
      if (of != null) return capturedType(tokens, of);
      if (i == 0) return null;
      Token before = tokens.get(i - 1);
      boolean personsCapture = before.pos().equals("PRP$") && !before.word().equalsIgnoreCase("its");
      return personsCapture || CAPTURE_AVOIDED.contains(before.lemma().toLowerCase(Locale.ROOT)) ? "arrest" : null;
    }

    /** "a reward for information leading to the capture of X": an arrest sought, not one that happened. */
    private static boolean isSoughtByAReward(List<Token> tokens, int i) {
      int k = i - 1;
      if (k >= 0 && tokens.get(k).pos().equals("DT")) k--;
      if (k < 2 || !tokens.get(k).word().equalsIgnoreCase("to") || !tokens.get(k - 1).word().equalsIgnoreCase("leading")) {
        return false;
      }
      return REWARDED.contains(tokens.get(k - 2).word().toLowerCase(Locale.ROOT));
    }

    /**
     * "Comeaux was caught", "police caught the suspect": arrests; "caught fire", "caught the ball", "caught a
     * cold", "catch up" have no person caught, "was caught on camera" or "in the crossfire" is no arrest either.
     */
    private boolean caughtAsArrest(List<Token> tokens, int i) {
      if (!isPerson(tokens, patientOf(tokens, i))) return false;
      if (isPassive(tokens, i)) return !caughtInSomethingElse(tokens, i);
      return isLawEnforcement(tokens, subjectOf(tokens, i));
    }

    /** "caught on camera", "caught in the crossfire", "caught off guard", "caught by surprise"; "caught in Baytown" is fine. */
    private boolean caughtInSomethingElse(List<Token> tokens, int i) {
      int k = i + 1;
      while (k < tokens.size() && tokens.get(k).pos().equals("RB")) k++;
      if (k >= tokens.size()) return false;
      String next = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if (next.equals("by")) return k + 1 < tokens.size() && tokens.get(k + 1).word().equalsIgnoreCase("surprise");
      if (!CAUGHT_IN.contains(next)) return false;
      // A place or a date after the preposition is where and when the arrest was.
      for (int j = k + 1; j < tokens.size() && j <= k + 4; j++) {
        Token t = tokens.get(j);
        Entity e = entities.at(t.start(), t.end());
        if (e != null && e.type().equals("LOCATION") || isTime(t)) return false;
        if (BOUNDARIES.contains(t.word()) || t.pos().startsWith("VB")) break;
      }
      return true;
    }

    private boolean isPerson(List<Token> tokens, Speaker who) {
      if (who == null || !who.known()) return false;
      if (who.entity() != null) return who.entity().type().equals("PERSON");
      if (!who.hasMention()) return PERSONAL_PRONOUNS.contains(who.name().toLowerCase(Locale.ROOT));
      return EventTypes.CATCHABLE_PEOPLE.contains(headLemma(tokens, who));
    }

    private boolean isPlace(List<Token> tokens, Speaker where) {
      if (where == null || !where.known()) return false;
      if (where.entity() != null) return where.entity().type().equals("LOCATION");
      return where.hasMention() && EventTypes.CAPTURABLE_PLACES.contains(headLemma(tokens, where));
    }

    private boolean isLawEnforcement(List<Token> tokens, Speaker who) {
      return who != null && who.entity() == null && who.hasMention()
          && EventTypes.LAW_ENFORCEMENT.contains(headLemma(tokens, who));
    }

    private static String headLemma(List<Token> tokens, Speaker who) {
      int head = tokenAt(tokens, who.from());
      return head < 0 ? "" : tokens.get(head).lemma().toLowerCase(Locale.ROOT);
    }

    // ---- participants ---------------------------------------------------------------------------

    private static void take(List<Event.Participant> participants, List<Speaker> speakers, String role, Speaker who) {
      participants.add(new Event.Participant(role, who.id(), who.displayName()));
      speakers.add(who);
    }

    /**
     * The subject: the phrase before the verb past auxiliaries and adverbs; past "who"/"which" to
     * the phrase it attaches to; for "After deserting X, Medvedev crossed", the main clause's subject.
     */
    private Speaker subjectOf(List<Token> tokens, int i) {
      int k = i - 1;
      boolean infinitive = false;
      while (k >= 0 && (tokens.get(k).pos().equals("RB") || tokens.get(k).pos().equals("MD")
          || tokens.get(k).pos().equals("TO") || isAuxiliary(tokens.get(k)) || isPlanningVerb(tokens.get(k)))) {
        infinitive |= tokens.get(k).pos().equals("TO") && k == i - 1;
        if (isPlanningVerb(tokens.get(k))) infinitive = false;
        k--;
      }
      // "contracts to fight": an infinitive of purpose after a noun has no subject of its own here.
      if (infinitive && k >= 0 && tokens.get(k).pos().startsWith("NN")) return null;
      if (k < 0 || tokens.get(k).pos().equals("IN") && tokens.get(i).pos().equals("VBG")) {
        return mainSubjectAfter(tokens, i);
      }
      Token t = tokens.get(k);
      if (t.pos().equals("CC")) {
        // "Kovalenko joined the regiment in March and fled to Poland": the first verb's subject.
        for (int j = k - 1; j >= 0; j--) {
          String pos = tokens.get(j).pos();
          if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) return subjectOf(tokens, j);
        }
        return null;
      }
      if (t.word().equals(",") && k >= 2) {
        // "Anna Petrova, a reporter for the BBC, was detained": past the apposition to the name.
        int j = k - 1;
        while (j > 0 && !tokens.get(j).word().equals(",") && !tokens.get(j).pos().startsWith("VB")) j--;
        if (j > 0 && tokens.get(j).word().equals(",")) {
          Entity named = entities.at(tokens.get(j - 1).start(), tokens.get(j - 1).end());
          if (named != null) return new Speaker(named, null);
        }
        return null;
      }
      if (t.pos().equals("WP")) {
        // "An ex-commander with Russia's group Wagner who is seeking asylum": "who" is the person, not Wagner.
        return personBefore(tokens, k);
      }
      if (t.pos().equals("WDT")) {
        k--;
        while (k >= 0 && tokens.get(k).word().equals(",")) k--;
        if (k < 0) return null;
      }
      if (BOUNDARIES.contains(tokens.get(k).word()) || tokens.get(k).pos().startsWith("VB")) return null;
      // "A court in Paris sentenced": the subject is the court, not the place in its phrase.
      int nameStart = k;
      // "the group in November Medvedev crossed": a date is no part of the name before the verb.
      while (nameStart > 0 && tokens.get(nameStart - 1).pos().startsWith("NNP") && !isTime(tokens.get(nameStart - 1))) {
        nameStart--;
      }
      // Only for a name: in "death if they deserted" the pronoun is the subject.
      if (nameStart >= 2 && t.pos().startsWith("NNP") && tokens.get(nameStart - 1).pos().equals("IN")
          && tokens.get(nameStart - 2).pos().startsWith("NN")) {
        return phraseEndingAt(tokens, nameStart - 2);
      }
      return phraseEndingAt(tokens, k);
    }

    /** The person a "who" clause attaches to: the nearest person name or role noun before it. */
    private Speaker personBefore(List<Token> tokens, int who) {
      for (int k = who - 1; k >= 0; k--) {
        Token t = tokens.get(k);
        Entity named = entities.at(t.start(), t.end());
        if (named != null && named.type().equals("PERSON")) return new Speaker(named, null);
        if (t.pos().equals("NN") && (named == null || !named.type().equals("PERSON")) && k + 1 < who
            && tokens.get(k + 1).pos().equals("IN") || t.pos().startsWith("NN") && k == who - 1 && named == null) {
          return phraseEndingAt(tokens, k);
        }
      }
      return null;
    }

    /** "After deserting the group in November Medvedev crossed": the first name after the trigger's phrase. */
    private Speaker mainSubjectAfter(List<Token> tokens, int i) {
      for (int k = i + 1; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        if (t.pos().startsWith("VB") && k > i + 1 && (t.pos().equals("VBD") || t.pos().equals("VBZ"))) {
          return phraseEndingAt(tokens, k - 1);
        }
      }
      return null;
    }

    private Speaker phraseEndingAt(List<Token> tokens, int k) {
      Token t = tokens.get(k);
      String word = t.word().toLowerCase(Locale.ROOT);
      if (word.equals("he") || word.equals("she")) return new Speaker(entities.lastBefore(t.start(), "PERSON"), null);
      if (t.pos().startsWith("PRP")) return new Speaker(null, t.word());
      Entity named = entities.at(t.start(), t.end());
      if (named != null) return new Speaker(named, null);
      if (!t.pos().startsWith("NN")) return null;
      int from = k;
      while (from > 0 && (tokens.get(from - 1).pos().startsWith("NN") || tokens.get(from - 1).pos().startsWith("JJ")
          || tokens.get(from - 1).pos().equals("CD") || tokens.get(from - 1).pos().equals("DT"))) {
        from--;
      }
      return new Speaker(null, article.text().substring(tokens.get(from).start(), t.end())).at(t.start(), t.end());
    }

    /** The object after a verb: a name, a pronoun ("them": the last plural noun phrase before it), or a noun phrase. */
    private Speaker objectOf(List<Token> tokens, int i) {
      int k = i + 1;
      if (k < tokens.size() && tokens.get(k).pos().equals("RP")) k++;
      if (k >= tokens.size()) return null;
      Token t = tokens.get(k);
      String word = t.word().toLowerCase(Locale.ROOT);
      if (word.equals("them")) return lastPluralBefore(tokens, i);
      if (word.equals("him") || word.equals("her")) return new Speaker(entities.lastBefore(t.start(), "PERSON"), null);
      if (isTime(t)) return null; // "died today"
      return phraseStartingAt(tokens, k);
    }

    private Speaker phraseStartingAt(List<Token> tokens, int k) {
      int end = k;
      while (end < tokens.size() && (tokens.get(end).pos().startsWith("NN") || tokens.get(end).pos().startsWith("JJ")
          || tokens.get(end).pos().equals("CD") || tokens.get(end).pos().equals("DT")
          || tokens.get(end).pos().equals("POS") || tokens.get(end).pos().equals("PRP$"))) {
        end++;
      }
      if (end == k) return null;
      Entity named = entities.at(tokens.get(end - 1).start(), tokens.get(end - 1).end());
      if (named != null) return new Speaker(named, null);
      if (!tokens.get(end - 1).pos().startsWith("NN")) return null;
      Token head = tokens.get(end - 1);
      return new Speaker(null, article.text().substring(tokens.get(k).start(), head.end())).at(head.start(), head.end());
    }

    private Speaker lastPluralBefore(List<Token> tokens, int i) {
      for (int k = i - 1; k >= 0; k--) {
        if (tokens.get(k).pos().equals("NNS")) return phraseEndingAt(tokens, k);
      }
      return new Speaker(null, "them");
    }

    /** "accused by Ukraine", "the killing of civilians by soldiers". */
    private Speaker byAgent(List<Token> tokens, int i) {
      for (int k = i + 1; k < tokens.size() && k <= i + 4; k++) {
        if (BOUNDARIES.contains(tokens.get(k).word())) break;
        if (tokens.get(k).word().equalsIgnoreCase("by") && k + 1 < tokens.size()) return phraseStartingAt(tokens, k + 1);
      }
      return null;
    }

    /** "executions of fellow soldiers". */
    private Speaker ofPhrase(List<Token> tokens, int i) {
      if (i + 2 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("of")) return phraseStartingAt(tokens, i + 2);
      return null;
    }

    private boolean objectHas(List<Token> tokens, int i, Set<String> words) {
      for (int k = i + 1; k < tokens.size() && k <= i + 5; k++) {
        Token t = tokens.get(k);
        if (words.contains(t.word().toLowerCase(Locale.ROOT))) return true;
        if (BOUNDARIES.contains(t.word()) || t.pos().startsWith("VB")) return false;
      }
      return false;
    }

    private boolean objectIsPlace(List<Token> tokens, int i) {
      Speaker o = objectOf(tokens, i);
      return o != null && o.entity() != null && o.entity().type().equals("LOCATION");
    }

    private boolean objectIsOrganization(List<Token> tokens, int i) {
      Speaker o = objectOf(tokens, i);
      return o != null && o.entity() != null && o.entity().type().equals("ORGANIZATION");
    }

    private static boolean nextIs(List<Token> tokens, int i, String word) {
      return i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase(word);
    }

    private static boolean isTime(Token t) {
      return CoreNlpAnnotator.TIME_TAGS.contains(t.ner());
    }

    private static boolean isAuxiliary(Token t) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      return lemma.equals("be") || lemma.equals("have") || lemma.equals("do") || lemma.equals("get");
    }

    private static boolean isPlanningVerb(Token t) {
      return PLANNING.contains(t.word().toLowerCase(Locale.ROOT)) || REFUSALS.contains(t.word().toLowerCase(Locale.ROOT))
          || t.lemma().equalsIgnoreCase("threaten");
    }

    private static boolean isBeOrGet(List<Token> tokens, int i) {
      for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
        String lemma = tokens.get(k).lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("be") || lemma.equals("get")) return true;
        if (!tokens.get(k).pos().equals("RB") && !tokens.get(k).pos().equals("VBN")) return false;
      }
      return false;
    }

    // ---- place, time, figures -------------------------------------------------------------------

    private record Place(String entity, String name) {}

    /** The place: a location named in a place phrase of the clause ("in Norway", "the Norwegian border"). */
    private Place placeOf(List<Token> tokens, int i) {
      int end = clauseEnd(tokens, i);
      for (int k = i + 1; k < end; k++) {
        Token t = tokens.get(k);
        if (triggers.contains(k) || t.pos().startsWith("VB") || t.pos().startsWith("W")) break;
        boolean head = k + 1 >= tokens.size() || !tokens.get(k + 1).pos().startsWith("NN");
        if (BORDER_WORDS.contains(t.word().toLowerCase(Locale.ROOT)) && k > i + 1 && head
            && tokens.get(k - 1).ner().equals("MISC")) {
          return new Place(null, article.text().substring(tokens.get(k - 1).start(), t.end()));
        }
        if (!PLACE_PREPOSITIONS.contains(t.word().toLowerCase(Locale.ROOT))) continue;
        for (int j = k + 1; j < end && j <= k + 8; j++) {
          Entity e = entities.at(tokens.get(j).start(), tokens.get(j).end());
          if (e != null && e.type().equals("LOCATION")) return new Place(e.id(), e.name());
          if (tokens.get(j).pos().startsWith("VB") || BOUNDARIES.contains(tokens.get(j).word())) break;
        }
      }
      return new Place(null, null);
    }

    /** The time of the trigger's clause: the nearest time expression after it in the clause, else before it. */
    private String timeOf(Sentence s, int i) {
      List<Token> tokens = s.tokens();
      int end = clauseEnd(tokens, i);
      int start = clauseStart(tokens, i);
      boolean noun = !tokens.get(i).pos().startsWith("VB");
      int afterLimit = noun ? Math.min(end, i + 5) : end;
      String before = null;
      for (TimeExpression t : times) {
        if (!t.type().equals("DATE") && !t.type().equals("TIME")) continue;
        int at = charOf(t.start());
        int token = tokenAt(tokens, at);
        if (token < 0) continue;
        if (token > i && token < afterLimit && !triggerBetween(i, token)) return t.value();
        // A time before the trigger belongs to it only when no other event stands before it in the clause.
        if (token >= start && token < i && !triggerBetween(start - 1, i)) before = t.value();
      }
      return before;
    }

    private static int tokenAt(List<Token> tokens, int charOffset) {
      for (Token t : tokens) {
        if (t.start() <= charOffset && charOffset < t.end()) return t.index();
      }
      return -1;
    }

    private int charOf(int codePoint) {
      String text = article.text();
      return text.offsetByCodePoints(0, codePoint);
    }

    /** The time of an event of the sentence before that has the same agent: the story goes on. */
    private String inheritedTime(List<Event.Participant> participants, int sentence) {
      for (int k = out.size() - 1; k >= 0; k--) {
        Event e = out.get(k);
        if (eventSentence.get(k) < sentence - 1) break;
        if (e.time() == null || eventSentence.get(k) == sentence || !e.modality().equals("actual")) continue;
        for (Event.Participant p : e.participants()) {
          if (p.entity() != null && participants.stream().anyMatch(q -> p.entity().equals(q.entity())
              && p.role().equals("agent") && q.role().equals("agent"))) {
            return e.time();
          }
        }
      }
      return null;
    }

    /** "killed twelve", "39 people died", "injuring at least 20". */
    private Map<String, String> countsOf(List<Token> tokens, int i, String type, boolean passive) {
      String key = EventTypes.countKey(type);
      Map<String, String> counts = new LinkedHashMap<>();
      if (key == null) return counts;
      String figure = null;
      if (tokens.get(i).pos().startsWith("VB") && !passive && i + 1 < tokens.size()) {
        figure = numberAt(tokens, i + 1);
      }
      boolean dying = tokens.get(i).lemma().equalsIgnoreCase("die") || !tokens.get(i).pos().startsWith("VB");
      if (figure == null && (passive || dying)) {
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
          figure = numberAt(tokens, k);
          if (figure != null || BOUNDARIES.contains(tokens.get(k).word())) break;
        }
      }
      if (figure != null) counts.put(key, figure);
      return counts;
    }

    private String numberAt(List<Token> tokens, int k) {
      int start = k;
      if (k + 1 < tokens.size() && Set.of("at", "more", "over", "nearly", "about", "around", "almost")
          .contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
        k += tokens.get(k).word().equalsIgnoreCase("at") || tokens.get(k).word().equalsIgnoreCase("more") ? 2 : 1;
      }
      if (k >= tokens.size() || !tokens.get(k).pos().equals("CD")) return null;
      String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
      String number = NUMBER_WORDS.getOrDefault(word, word);
      return start == k ? number : article.text().substring(tokens.get(start).start(), tokens.get(k - 1).end()) + " " + number;
    }

    // ---- who reports it, and whether it happened ------------------------------------------------

    private record Reporter(String source, String sourceName, String stance) {}

    /** Inside a quote, its speaker reports it; under a claim, the claim's source and stance; else the article asserts it. */
    private Reporter reporterOf(int at) {
      Claim claim = claims.stream().filter(c -> c.start() <= at && at < c.end()).findFirst().orElse(null);
      // A denial or an allegation says more than "reported": "X denied that its troops shelled Y" is quoted speech too.
      if (claim != null && !Set.of("reported", "asserted").contains(claim.stance())) {
        return new Reporter(claim.source(), claim.sourceName(), claim.stance());
      }
      for (Quote q : quotes) {
        if (q.start() <= at && at < q.end()) return new Reporter(q.speaker(), q.speakerName(), "reported");
      }
      if (claim != null) return new Reporter(claim.source(), claim.sourceName(), claim.stance());
      return new Reporter(null, null, "asserted");
    }

    /** "did not attack", "plans to attack", "threatened to kill", "denied killing", "if they deserted". */
    private String modalityOf(List<Token> tokens, int i) {
      if (i >= 2 && tokens.get(i - 1).word().equalsIgnoreCase("with") && tokens.get(i - 2).lemma().equalsIgnoreCase("threaten")) {
        return "threatened";
      }
      String modality = "actual";
      // Only the trigger's own verb group counts: "who refused to fight and they shot them" negates the fighting only.
      for (int k = i - 1; k >= 0; k--) {
        Token t = tokens.get(k);
        String word = t.word().toLowerCase(Locale.ROOT);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean inGroup = t.pos().equals("RB") || t.pos().equals("MD") || t.pos().equals("TO") || isAuxiliary(t)
            || isPlanningVerb(t) || lemma.equals("deny") || NEGATIONS.contains(word);
        if (!inGroup) break;
        if (NEGATIONS.contains(word) || REFUSALS.contains(word)) return "negated";
        if (lemma.equals("deny")) return "denied";
        if (lemma.equals("threaten")) return "threatened";
        if (PLANNING.contains(word) || word.equals("would")) modality = "planned";
      }
      for (int k = clauseStart(tokens, i); k < i; k++) {
        if (Set.of("if", "unless").contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) return "hypothetical";
      }
      return modality;
    }

    private static int clauseEnd(List<Token> tokens, int i) {
      int k = i + 1;
      while (k < tokens.size() && !BOUNDARIES.contains(tokens.get(k).word()) && !tokens.get(k).pos().equals(".")
          && !(tokens.get(k).pos().startsWith("VB") && (tokens.get(k).pos().equals("VBD") || tokens.get(k).pos().equals("VBZ"))
              && k > i + 1 && tokens.get(k - 1).pos().startsWith("NNP"))) {
        k++;
      }
      return Math.max(k, i + 1);
    }

    private static int clauseStart(List<Token> tokens, int i) {
      int k = i;
      while (k > 0 && !BOUNDARIES.contains(tokens.get(k - 1).word()) && !tokens.get(k - 1).pos().equals("WDT")
          && !tokens.get(k - 1).pos().equals("WP")) {
        k--;
      }
      return k;
    }
  }
}
