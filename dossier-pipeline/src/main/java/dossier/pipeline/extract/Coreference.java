package dossier.pipeline.extract;

import static dossier.pipeline.extract.Words.is;
import static dossier.pipeline.extract.Words.lineOf;
import static dossier.pipeline.extract.Words.lower;
import static dossier.pipeline.extract.Words.titleCase;

import dossier.model.CodePoints;
import dossier.model.Entity;
import dossier.model.Span;
import dossier.pipeline.annotate.Annotated;
import dossier.pipeline.annotate.Sentence;
import dossier.pipeline.annotate.Token;
import dossier.pipeline.annotate.Zone;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In-article coreference: pronouns and definite descriptions become mentions of the entities the
 * names gave, in the manner of Stanford's deterministic sieves (Lee et al. 2013) but on the tagger's
 * output alone (no parser): appositions and "X, who", descriptions that repeat an entity's descriptor
 * or class ("the company" for a company, "the 39-year-old actor" for the actor aged 39), then pronouns
 * by gender, number and animacy, to the most salient compatible antecedent.
 *
 * <p>Gender, number and animacy of common nouns and first names come from the dictionaries CoreNLP's
 * deterministic coreference ships in its models jar ({@code edu/stanford/nlp/models/dcoref/}, Bergsma
 * and Lin 2006 counts), so nothing here is a hand list beyond the pronouns and class nouns.
 *
 * <p>Salience: in the pronoun's own sentence the candidates before it are tried left to right (the
 * subject first), then the previous sentences, each left to right (Lee et al.'s order for pronouns).
 * A common noun that fits the pronoun and is no entity ("a man", "the car") is a candidate too: when
 * it comes first, the pronoun is left alone rather than given to a name further away.
 */
public final class Coreference {

  private static final String DICT = "/edu/stanford/nlp/models/dcoref/";
  /** How many sentences back a pronoun looks (Lee et al. use three). */
  private static final int PRONOUN_WINDOW = 3;

  enum Gender { MALE, FEMALE, NEUTER, UNKNOWN }

  private static final Map<String, Gender> PERSONAL = Map.ofEntries(
      Map.entry("he", Gender.MALE), Map.entry("him", Gender.MALE), Map.entry("his", Gender.MALE),
      Map.entry("himself", Gender.MALE), Map.entry("she", Gender.FEMALE), Map.entry("her", Gender.FEMALE),
      Map.entry("hers", Gender.FEMALE), Map.entry("herself", Gender.FEMALE), Map.entry("it", Gender.NEUTER),
      Map.entry("its", Gender.NEUTER), Map.entry("itself", Gender.NEUTER));
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "theirs", "themselves");
  /** Verbs after which "it" usually refers to nothing: "it is likely that", "it seems", "it takes". */
  private static final Set<String> PLEONASTIC_VERBS = Set.of("be", "seem", "appear", "take", "remain", "rain",
      "snow", "look", "become");
  /** Class nouns: "the company" may be an entity of this subtype (or type). */
  private static final Map<String, Set<String>> CLASS_NOUNS = Map.ofEntries(
      Map.entry("country", Set.of("COUNTRY")), Map.entry("nation", Set.of("COUNTRY")),
      Map.entry("city", Set.of("CITY")), Map.entry("town", Set.of("CITY")), Map.entry("capital", Set.of("CITY")),
      Map.entry("state", Set.of("STATE_OR_PROVINCE")), Map.entry("province", Set.of("STATE_OR_PROVINCE")),
      Map.entry("region", Set.of("STATE_OR_PROVINCE")),
      Map.entry("company", Set.of("COMPANY")), Map.entry("firm", Set.of("COMPANY")),
      Map.entry("maker", Set.of("COMPANY")), Map.entry("manufacturer", Set.of("COMPANY")),
      Map.entry("giant", Set.of("COMPANY")), Map.entry("retailer", Set.of("COMPANY")),
      Map.entry("newspaper", Set.of("MEDIA")), Map.entry("paper", Set.of("MEDIA")),
      Map.entry("broadcaster", Set.of("MEDIA")), Map.entry("agency", Set.of("MEDIA", "GOVERNMENT")),
      Map.entry("party", Set.of("POLITICAL_PARTY")), Map.entry("group", Set.of("ARMED_GROUP", "NGO")),
      Map.entry("organization", Set.of("ORGANIZATION")), Map.entry("organisation", Set.of("ORGANIZATION")),
      Map.entry("phone", Set.of("PRODUCT")), Map.entry("smartphone", Set.of("PRODUCT")),
      Map.entry("handset", Set.of("PRODUCT")), Map.entry("device", Set.of("PRODUCT")),
      Map.entry("laptop", Set.of("PRODUCT")), Map.entry("tablet", Set.of("PRODUCT")),
      Map.entry("browser", Set.of("PRODUCT")), Map.entry("console", Set.of("PRODUCT")),
      Map.entry("show", Set.of("WORK")), Map.entry("series", Set.of("WORK")), Map.entry("film", Set.of("WORK")),
      Map.entry("movie", Set.of("WORK")), Map.entry("programme", Set.of("WORK")), Map.entry("sequel", Set.of("WORK")),
      Map.entry("novel", Set.of("WORK")), Map.entry("album", Set.of("WORK")));
  /** Nouns whose gender is their meaning: "actress", "mother", "king". */
  private static final Set<String> STRONGLY_GENDERED = Set.of("actress", "mother", "wife", "daughter", "sister",
      "woman", "girl", "queen", "princess", "girlfriend", "widow", "mrs.", "ms.", "grandmother", "aunt", "niece",
      "father", "husband", "son", "brother", "man", "boy", "king", "prince", "boyfriend", "widower", "mr.",
      "grandfather", "uncle", "nephew", "actor", "businessman", "businesswoman", "spokesman", "spokeswoman",
      "chairman", "chairwoman", "congressman", "congresswoman", "sportsman", "sportswoman", "dad", "mom", "mum",
      "grandma", "grandpa", "stepfather", "stepmother", "granddaughter", "grandson");
  /** Classes an organization of unknown subtype may belong to ("the company" for Apple). */
  private static final Set<String> ORGANIZATION_CLASSES = Set.of("COMPANY", "ARMED_GROUP", "NGO", "ORGANIZATION");
  private static final Set<String> SUBORDINATORS = Set.of("that", "because", "after", "before", "when", "while",
      "although", "though", "since", "until", "if", "whether", "where", "as");
  /** Nouns for a body of people, which act as one: "police", "the navy", "the jury". */
  private static final Set<String> COLLECTIVE = Set.of("police", "navy", "army", "military", "government",
      "administration", "jury", "court", "team", "club", "crew", "coastguard", "company", "firm", "agency",
      "ministry", "department", "authorities", "authority", "committee", "council", "band", "party", "union",
      "network", "airline", "bank", "hospital", "school", "university", "prosecutors", "prosecution");
  /** Vehicles, the things news events happen to besides people: "the vessel", "the car". */
  private static final Set<String> VEHICLES = Set.of("vessel", "ship", "boat", "warship", "tanker", "yacht", "ferry",
      "freighter", "car", "vehicle", "truck", "van", "suv", "bus", "train", "plane", "aircraft", "jet", "airliner",
      "helicopter", "motorcycle", "skiff", "submarine");
  /** Punctuation that closes an apposition or a phrase in it: "Smith, a lawyer, said", "(the driver)". */
  private static final Set<String> PHRASE_CLOSERS = Set.of(",", ".", ")", ";", "--");
  /** Weapons, the other things crime and war reports follow from sentence to sentence: "a handgun", "the bomb". */
  private static final Set<String> WEAPONS = Set.of("gun", "handgun", "pistol", "rifle", "shotgun", "revolver", "weapon",
      "knife", "bomb", "grenade", "bullet", "explosive");
  /**
   * Buildings and sites where news happens ("a Waitrose supermarket", "the rehab facility", "the
   * prison"): the places reports name by their kind as often as by their name.
   */
  private static final Set<String> SITES = Set.of("supermarket", "store", "shop", "boutique", "facility", "prison",
      "jail", "rehab", "clinic", "church", "mosque", "temple", "synagogue", "cathedral", "warehouse", "factory",
      "building", "restaurant", "hotel", "stadium", "arena", "mall");
  /** Person nouns too general to be a participant: "people", "one", "others". */
  private static final Set<String> GENERIC = Set.of("people", "person", "one", "other", "others", "anyone", "someone",
      "everyone", "nobody", "somebody", "thousand", "hundred", "dozen", "million", "thing", "individual", "human", "folk", "guy", "member", "friend", "fan",
      "resident", "child", "kid", "family", "life", "user", "customer", "viewer", "reader");
  /**
   * Nouns the animacy lists count as things (or as both, or whose plural they do) that in news are
   * people: "the Oscar host", "cops", "her rep told People", "hackers", "a witness".
   */
  private static final Set<String> NEWS_PEOPLE = Set.of("host", "cop", "rep", "hacker", "witness");
  private static final Pattern AGED = Pattern.compile("(\\d{1,3})-year-old");
  /** An age ("Lohan, 52,") or a count of people ("10 people"; "500,000 people" is a population). */
  private static final Pattern UP_TO_THREE_DIGITS = Pattern.compile("\\d{1,3}");
  /** Tags of a participle or relative clause after a phrase: "a former chef believed to be", "a lawyer who". */
  private static final Set<String> CLAUSE_AFTER_PHRASE = Set.of("VBN", "VBG", "WP", "WDT");

  private final Map<String, Gender> nounGender;
  private final Set<String> animate;
  private final Set<String> inanimate;
  private final Set<String> plural;
  private final Map<String, Gender> firstNames;

  private Coreference(Map<String, Gender> nounGender, Set<String> animate, Set<String> inanimate, Set<String> plural,
      Map<String, Gender> firstNames) {
    this.nounGender = nounGender;
    this.animate = animate;
    this.inanimate = inanimate;
    this.plural = plural;
    this.firstNames = firstNames;
  }

  /** The JVM's one instance; its dictionaries load on first use (well under a second). */
  public static Coreference shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final Coreference INSTANCE = load();

    private static Coreference load() {
      Set<String> male = words("male.unigrams.txt");
      Set<String> female = words("female.unigrams.txt");
      Set<String> neutral = words("neutral.unigrams.txt");
      Map<String, Gender> gender = new HashMap<>();
      for (String w : male) if (!female.contains(w)) gender.put(w, Gender.MALE);
      for (String w : female) if (!male.contains(w)) gender.put(w, Gender.FEMALE);
      for (String w : neutral) if (!male.contains(w) && !female.contains(w)) gender.put(w, Gender.NEUTER);
      Map<String, Gender> names = new HashMap<>();
      for (String line : lines("namegender.combine.txt")) {
        String[] f = line.split("\t");
        if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) {
          names.put(f[0].toLowerCase(Locale.ROOT), Gender.valueOf(f[1]));
        }
      }
      Set<String> animate = words("animate.unigrams.txt");
      Set<String> inanimate = words("inanimate.unigrams.txt");
      return new Coreference(gender, animate, inanimate, words("plural.unigrams.txt"), names);
    }

    private static Set<String> words(String file) {
      Set<String> out = new HashSet<>();
      for (String line : lines(file)) if (!line.isBlank()) out.add(line.trim().toLowerCase(Locale.ROOT));
      return out;
    }

    private static List<String> lines(String file) {
      InputStream in = Coreference.class.getResourceAsStream(DICT + file);
      if (in == null) throw new IllegalStateException("missing CoreNLP dictionary " + DICT + file);
      List<String> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) out.add(line);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out;
    }
  }

  /** A mention placed on tokens: sentence, tokens {@code [first, end)}, entity index (-1: a non-entity noun). */
  private record Ref(int sentence, int first, int end, int entity, Gender gender, boolean plural) {}

  /** What the rules know of one entity. */
  private static final class Known {
    final Entity entity;
    Gender gender = Gender.UNKNOWN;
    /** Whether the gender is only the first name's majority ("Raj" counts as male), which a role noun overrules. */
    boolean genderByName;
    final Set<String> descriptorHeads = new HashSet<>();
    final Set<String> words = new HashSet<>();
    final List<Span> added = new ArrayList<>();
    /** For an unnamed participant: its head word ("gunman"), number, and the phrases that describe it. */
    String description;
    String name;
    boolean plural;
    /** Named so far only by a bare singular noun ("Woman killed in Queens"): headline style, no determiner yet. */
    boolean bare;
    final java.util.LinkedHashSet<String> descriptors = new java.util.LinkedHashSet<>();
    /** The age an unnamed participant's description states ("a 59-year-old grandmother"), or null. */
    String age;
    /** The named entity this unnamed participant turned out to be ("the suspect, identified as ..."), or -1. */
    int namedAs = -1;

    Known(Entity entity) {
      this.entity = entity;
    }

    boolean person() {
      return entity.type().equals("PERSON");
    }
  }

  /**
   * The entities with their nominal and pronoun mentions added (kind {@link Span#NOMINAL} or
   * {@link Span#PRONOUN}); names, ids and everything else unchanged. Only body sentences are read.
   */
  public List<Entity> resolve(Annotated a, List<Entity> entities) {
    if (entities.isEmpty()) return entities;
    CodePoints offsets = new CodePoints(a.text());
    List<Known> known = new ArrayList<>();
    for (Entity e : entities) known.add(describe(e));
    // Entity mentions on tokens, by sentence, in text order.
    Map<Integer, List<Ref>> bySentence = new HashMap<>();
    Set<Long> taken = new HashSet<>();
    for (Sentence s : a.sentences()) {
      if (s.zone() != Zone.BODY) continue;
      List<Token> tokens = s.tokens();
      for (int k = 0; k < known.size(); k++) {
        for (Span m : known.get(k).entity.mentions()) {
          int first = -1, end = -1;
          for (Token t : tokens) {
            int ts = offsets.at(t.start()), te = offsets.at(t.end());
            if (ts < m.end() && m.start() < te) {
              if (first < 0) first = t.index();
              end = t.index() + 1;
            }
          }
          if (first < 0) continue;
          bySentence.computeIfAbsent(s.index(), x -> new ArrayList<>())
              .add(new Ref(s.index(), first, end, k, known.get(k).gender, false));
          for (int i = first; i < end; i++) taken.add(key(s.index(), i));
        }
      }
    }
    List<Sentence> body = a.sentences().stream().filter(s -> s.zone() == Zone.BODY).toList();
    Set<String> lowerCase = new HashSet<>();
    for (Sentence s : body) for (Token t : s.tokens()) if (Character.isLowerCase(t.word().codePointAt(0))) lowerCase.add(t.word());
    for (int si = 0; si < body.size(); si++) {
      Sentence s = body.get(si);
      List<Token> tokens = headlineNouns(s, a.text(), taken, lowerCase);
      List<Ref> here = bySentence.computeIfAbsent(s.index(), x -> new ArrayList<>());
      here.sort(Comparator.comparingInt(Ref::first));
      offices(known, offsets, here, s, tokens, taken);
      for (int i = 0; i < tokens.size(); i++) {
        if (taken.contains(key(s.index(), i))) continue;
        Token t = tokens.get(i);
        String w = lower(t);
        // "X, who" / "the Academy, which" / "Biloxi, where": a relative pronoun right after a name or description,
        // "who" a person's, "which" a thing's, "where" a place's.
        if ((w.equals("who") || w.equals("which") || w.equals("where")) && t.pos().startsWith("W")) {
          Ref before = refEndingAt(here, i > 0 && is(tokens.get(i - 1), ",") ? i - 1 : i);
          if (before != null && relativeFits(w, known.get(before.entity))) {
            add(known, before.entity, a, offsets, t.start(), t.end(), Span.PRONOUN, here, s, i, i + 1, taken);
          }
          continue;
        }
        if (t.pos().startsWith("PRP") && (PERSONAL.containsKey(w) || PLURAL_PRONOUNS.contains(w))) {
          if (w.equals("it") && pleonastic(tokens, i)) continue;
          int target = antecedent(known, bySentence, body, si, i, w, objectOf(tokens, here, i));
          if (target >= 0) add(known, target, a, offsets, t.start(), t.end(), Span.PRONOUN, here, s, i, i + 1, taken);
          continue;
        }
        if (is(t, "the")) {
          int end = nounPhraseEnd(tokens, i + 1);
          if (end <= i + 1) continue;
          int head = end - 1;
          // "the host of its show" is left alone, except as a role right after a name ("Jackman as the host of ...")
          // or in apposition to one ("Lo Presti, the alleged boss of a Sicilian Mafia clan,").
          int predicate = predicateOf(known, here, tokens, i, head);
          boolean ofName = predicate >= 0 || nameBefore(here, tokens, i) != null && closedAfter(tokens, end + 1);
          if (end < tokens.size() && (is(tokens.get(end), "of") && !ofName || tokens.get(end).isProperNoun())) continue;
          boolean free = true;
          for (int k = i; k < end; k++) free &= !taken.contains(key(s.index(), k));
          if (!free) continue;
          int target = apposition(known, here, tokens, i, end);
          // "Horton was the mother of 12 children": a definite predicate nominative says who the
          // participant of that description is, as a definite apposition does.
          if (target < 0) target = predicate;
          if (target >= 0) nameDescribed(known, target, tokens, i, head);
          if (target < 0) target = nominalAntecedent(known, bySentence, body, si, tokens, i, head);
          if (target >= 0) {
            add(known, target, a, offsets, t.start(), tokens.get(head).end(), Span.NOMINAL, here, s, i, end, taken);
          } else {
            unnamed(known, offsets, here, s, tokens, i, head, taken);
          }
          i = end - 1;
        } else if (t.pos().equals("NN") || t.pos().equals("NNS")) {
          int named = roleBefore(known, here, tokens, i, a.text());
          if (named >= 0) {
            // "climber Robert Buckley", "talk show host Ellen DeGeneres": the role noun before a name is that entity.
            int from = phraseStart(tokens, i);
            for (int k = from; k < i; k++) if (taken.contains(key(s.index(), k))) from = k + 1;
            boolean free = !taken.contains(key(s.index(), i));
            if (free) add(known, named, a, offsets, tokens.get(from).start(), t.end(), Span.NOMINAL, here, s, from, i + 1, taken);
            continue;
          }
          if (i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("NN")) continue;
          int from = phraseStart(tokens, i);
          // "Somali pirates": a name before the noun keeps its own mention; the phrase starts after it.
          for (int k = from; k < i; k++) if (taken.contains(key(s.index(), k))) from = k + 1;
          boolean free = !taken.contains(key(s.index(), i));
          int target = free ? apposition(known, here, tokens, from, i + 1) : -1;
          if (target >= 0) {
            add(known, target, a, offsets, tokens.get(from).start(), t.end(), Span.NOMINAL, here, s, from, i + 1, taken);
          } else if (free) {
            unnamed(known, offsets, here, s, tokens, from, i, taken);
          }
        }
      }
      identifiedAs(known, here, tokens);
    }
    sameAge(known);
    namedNext(known, bySentence, body);
    namedNextByAge(known, bySentence, body);
    for (Known k : known) if (k.namedAs >= 0) known.get(k.namedAs).added.addAll(k.added);
    List<Entity> out = new ArrayList<>();
    int next = entities.size();
    for (Known k : known) {
      if (k.namedAs >= 0) continue;
      if (k.description != null) {
        // An unnamed participant: its first description names it ("the gunman"); ids follow the named ones.
        List<Span> mentions = new ArrayList<>(k.added);
        mentions.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        out.add(new Entity("e" + ++next, k.name, k.entity.type(), null, List.copyOf(mentions),
            List.copyOf(k.descriptors), Map.of(), null, Map.of()));
        continue;
      }
      if (k.added.isEmpty()) {
        out.add(k.entity);
        continue;
      }
      List<Span> mentions = new ArrayList<>(k.entity.mentions());
      mentions.addAll(k.added);
      mentions.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
      Entity e = k.entity;
      out.add(new Entity(e.id(), e.name(), e.type(), e.subtype(), List.copyOf(mentions), e.descriptors(), e.attributes(),
          e.link(), e.evidence()));
    }
    return out;
  }

  // ---- entities ---------------------------------------------------------------------------------

  private Known describe(Entity e) {
    Known k = new Known(e);
    for (String d : e.descriptors()) {
      String[] words = d.toLowerCase(Locale.ROOT).split("[\\s]+");
      String head = words[words.length - 1];
      for (int i = 0; i < words.length; i++) {
        if (Set.of("of", "for", "at", "with").contains(words[i]) && i > 0) {
          head = words[i - 1];
          break;
        }
      }
      k.descriptorHeads.add(head.replaceFirst("^(ex-|former-)", ""));
      for (String w : words) k.words.add(w);
    }
    for (Span m : e.mentions()) for (String w : m.text().toLowerCase(Locale.ROOT).split("\\s+")) k.words.add(w);
    if (k.person()) {
      Gender byName = Gender.UNKNOWN;
      for (Span m : e.mentions()) {
        if (!m.isName()) continue;
        String[] words = m.text().split("\\s+");
        if (words.length < 2) continue;
        Gender g = firstNames.getOrDefault(words[0].toLowerCase(Locale.ROOT), Gender.UNKNOWN);
        if (g != Gender.UNKNOWN) byName = g;
      }
      String role = genderedRole(k);
      k.gender = role.isEmpty() ? byName : nounGender.getOrDefault(role, byName);
      k.genderByName = role.isEmpty() && byName != Gender.UNKNOWN;
    }
    return k;
  }

  /**
   * A descriptor head that states a gender ("actress", "mother"), or "". The dictionary's gender of
   * other role nouns is only a majority ("singer" is mostly male in its counts), so it does not decide.
   */
  private static String genderedRole(Known k) {
    for (String h : k.descriptorHeads) if (STRONGLY_GENDERED.contains(h)) return h;
    return "";
  }

  /**
   * The sentence's tokens with a title-case headline's person nouns tagged as in a sentence: the tagger
   * takes "Woman" and "Driver" of "Woman Killed In Queens Hit-And-Run, Driver Charged" for proper nouns,
   * so the victim and the driver the headline introduces made no mention. A capitalized word outside
   * any name that the noun lists know as a person ("woman", "driver", "suspect", "host") and the
   * article also writes in lower case (the lists hold some names: "Diego" of an untagged "San Diego
   * Chargers") becomes a common noun, and the headline word after it its verb ("Killed", "Charged",
   * "Dies"), which the tagger also took for a name. Any other sentence is unchanged.
   */
  private List<Token> headlineNouns(Sentence s, String text, Set<Long> taken, Set<String> lowerCase) {
    List<Token> tokens = s.tokens();
    List<Token> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.pos().equals("NNP") || taken.contains(key(s.index(), i)) || !lowerCase.contains(lower(t))
          || !personNoun(lower(t), lower(t))) {
        continue;
      }
      if (!titleCase(lineOf(tokens, i, text))) continue;
      if (out == null) out = new ArrayList<>(tokens);
      out.set(i, new Token(i, t.word(), lower(t), "NN", "O", t.start(), t.end()));
      if (i + 1 < tokens.size() && tokens.get(i + 1).isProperNoun() && !taken.contains(key(s.index(), i + 1))
          && !personNoun(lower(tokens.get(i + 1)), lower(tokens.get(i + 1)))) {
        Token next = tokens.get(i + 1);
        out.set(i + 1, new Token(i + 1, next.word(), lower(next), "VBD", "O", next.start(), next.end()));
        i++;
      }
    }
    return out == null ? tokens : out;
  }

  /** A noun (word and lemma) the lists know as a person's: "woman", "driver", "host"; not "people" or "one". */
  private boolean personNoun(String w, String lemma) {
    return NEWS_PEOPLE.contains(lemma) || STRONGLY_GENDERED.contains(lemma)
        || (animate.contains(w) || animate.contains(lemma)) && !inanimate.contains(w) && !GENERIC.contains(lemma);
  }

  /**
   * The named entity whose name directly follows the noun at {@code i} as its role (Lee et al.'s role
   * appositive): a person after any common noun, an organization or place after a class noun
   * ("the mercenary group Wagner"), on the same line. -1 otherwise.
   */
  private static int roleBefore(List<Known> known, List<Ref> here, List<Token> tokens, int i, String text) {
    if (!tokens.get(i).pos().equals("NN")) return -1;
    // "Queens grandmother killed by a drunk hit-and-run driver\nRaj Chohan, 59, was killed ...": a
    // headline without a full stop runs into the next line, and its last noun is no role of the name.
    if (i + 1 < tokens.size()) {
      int newline = text.indexOf('\n', tokens.get(i).end());
      if (newline >= 0 && newline < tokens.get(i + 1).start()) return -1;
    }
    for (Ref r : here) {
      if (r.first != i + 1 || r.entity < 0) continue;
      Known k = known.get(r.entity);
      if (k.description != null || !tokens.get(r.first).isProperNoun()) return -1;
      String w = lower(tokens.get(i));
      if (k.person() || Words.ORGANIZATION_HEADS.contains(w) || CLASS_NOUNS.containsKey(w)) return r.entity;
    }
    return -1;
  }

  /** The first token of the noun phrase headed at {@code head}, after any possessive pronoun ("her father"). */
  private static int phraseStart(List<Token> tokens, int head) {
    int k = head;
    while (k > 0) {
      Token t = tokens.get(k - 1);
      if (!(t.pos().startsWith("JJ") || t.pos().equals("NN") || t.pos().equals("NNS") || t.pos().equals("CD")
          || t.pos().equals("HYPH") || t.pos().equals("DT"))) {
        break;
      }
      k--;
      if (t.pos().equals("DT")) break;
    }
    return k;
  }

  /**
   * Apposition (Lee et al.'s appositive sieve): "her father, Michael Lohan," and "Michael Lohan, 52, a
   * lawyer," make the phrase {@code [from, end)} a mention of the name beside it, when the head's
   * animacy fits the entity (a person is animate, a place or company is not). -1 otherwise.
   */
  private int apposition(List<Known> known, List<Ref> here, List<Token> tokens, int from, int end) {
    String head = lower(tokens.get(end - 1));
    boolean alive = animate.contains(head) && !inanimate.contains(head);
    boolean thing = inanimate.contains(head) && !animate.contains(head);
    // The phrase ends its part of the sentence, or a participle or relative clause follows
    // ("Prigozhin, a former chef believed to be ...", "Smith, a lawyer who ...").
    boolean closed = end >= tokens.size() || PHRASE_CLOSERS.contains(tokens.get(end).word())
        || CLAUSE_AFTER_PHRASE.contains(tokens.get(end).pos());
    Ref nameBefore = nameBefore(here, tokens, from);
    for (Ref r : here) {
      if (r.entity < 0) continue;
      boolean person = known.get(r.entity).person();
      if (person ? !alive : !thing) continue;
      // "her father, Michael Lohan,": the name follows the phrase and ends its own part of the sentence.
      // Before the name's own verb the phrase must be a determined noun phrase of its own: "Today, IBM
      // took ..." and "In the short term, IBM has ..." front an adverbial to the sentence's subject.
      if (end + 1 < tokens.size() && is(tokens.get(end), ",") && r.first == end + 1
          && (r.end >= tokens.size() || PHRASE_CLOSERS.contains(tokens.get(r.end).word())
              || tokens.get(r.end).isVerb() && standsAlone(tokens, from, end))) {
        return r.entity;
      }
      // "Michael Lohan, a lawyer," or "Michael Lohan, 52, a lawyer,"; right after the name also with its
      // "of" phrase ("Lo Presti, alleged boss of a Sicilian Mafia clan,").
      boolean ofPhrase = end < tokens.size() && is(tokens.get(end), "of") && closedAfter(tokens, end + 1);
      if ((closed || ofPhrase) && nameBefore != null && r.end == nameBefore.end) return r.entity;
    }
    return -1;
  }

  /** The name a phrase at {@code from} follows after a comma, past an age: "Michael Lohan, a lawyer", "Michael Lohan, 52, a lawyer". */
  private static Ref nameBefore(List<Ref> here, List<Token> tokens, int from) {
    if (from < 2 || !is(tokens.get(from - 1), ",")) return null;
    int nameEnd = from - 1;
    if (from >= 4 && tokens.get(from - 2).pos().equals("CD") && is(tokens.get(from - 3), ",")) nameEnd = from - 3;
    return refEndingAt(here, nameEnd);
  }

  /**
   * Whether the phrase from {@code k} ends its part of the sentence before any finite verb: "Lo Presti,
   * alleged boss of a clan in Palermo, hanged himself" is an apposition, "After meeting Lo Presti, the
   * leader of the clan said ..." a new clause's subject.
   */
  private static boolean closedAfter(List<Token> tokens, int k) {
    for (; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (PHRASE_CLOSERS.contains(t.word())) return true;
      if (t.isVerb() && !t.pos().equals("VBN") && !t.pos().equals("VBG")) return false;
    }
    return true;
  }

  /**
   * Where the pronoun's clause begins, for searching it first (Hobbs: up to the nearest clause, then
   * out): after "; ", ", and", or a subordinating word ("that", "because", "after", "when", ...).
   */
  private static int clauseStart(List<Token> tokens, int at) {
    for (int k = at - 1; k > 0; k--) {
      Token t = tokens.get(k);
      String w = lower(t);
      if (w.equals(";") || t.pos().equals("CC") && is(tokens.get(k - 1), ",")) return k + 1;
      if (SUBORDINATORS.contains(w) && (t.pos().equals("IN") || t.pos().startsWith("W"))) return k + 1;
    }
    return 0;
  }

  /** "Wagner fighters": a name before a common noun modifies it; the phrase is the noun's. */
  private static boolean modifier(List<Token> tokens, Ref r) {
    if (r.end >= tokens.size()) return false;
    Token next = tokens.get(r.end);
    return next.pos().equals("NN") || next.pos().equals("NNS") || next.pos().equals("POS")
        && r.end + 1 < tokens.size() && tokens.get(r.end + 1).pos().startsWith("NN");
  }

  /**
   * The subject of the verb an object pronoun follows ("they shot them", "Smith told him"): a pronoun
   * that is not reflexive never refers to its own clause's subject. Null when the pronoun is no object.
   */
  private static Ref objectOf(List<Token> tokens, List<Ref> refs, int i) {
    String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
    boolean object = Set.of("him", "them").contains(w) || w.equals("her") && tokens.get(i).pos().equals("PRP");
    if (!object || i == 0 || !tokens.get(i - 1).isVerb()) return null;
    Ref subject = null;
    for (Ref r : refs) {
      if (r.end > i - 1 || r.entity < 0) continue;
      boolean adjacent = true;
      for (int k = r.end; k < i - 1; k++) {
        Token t = tokens.get(k);
        adjacent &= t.isVerb() || t.pos().startsWith("RB");
      }
      if (adjacent) subject = r;
    }
    return subject;
  }

  /** Whether the phrase headed at {@code head} follows a preposition: "in the city", "of Texas". */
  private static boolean inPhrase(List<Token> tokens, int head) {
    int k = head - 1;
    while (k >= 0 && (tokens.get(k).pos().startsWith("JJ") || tokens.get(k).pos().startsWith("NN")
        || Set.of("DT", "PRP$", "CD", "POS", "HYPH").contains(tokens.get(k).pos()))) {
      k--;
    }
    return k >= 0 && (tokens.get(k).pos().equals("IN") || tokens.get(k).pos().equals("TO"));
  }

  // ---- pronouns ---------------------------------------------------------------------------------

  /** "It is likely that", "it seems", "it took hours": an "it" that stands for nothing. */
  private static boolean pleonastic(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) return false;
    Token next = tokens.get(i + 1);
    String lemma = next.lemma().toLowerCase(Locale.ROOT);
    if (next.pos().equals("MD") && i + 2 < tokens.size()) lemma = tokens.get(i + 2).lemma().toLowerCase(Locale.ROOT);
    if (!PLEONASTIC_VERBS.contains(lemma)) return false;
    for (int k = i + 2; k < tokens.size() && k < i + 10; k++) {
      if (is(tokens.get(k), "that") || is(tokens.get(k), "to") || is(tokens.get(k), "if") || is(tokens.get(k), "whether")) {
        return true;
      }
    }
    return lemma.equals("rain") || lemma.equals("snow") || lemma.equals("take");
  }

  /** Whether a relative pronoun can stand for the entity before it: "who" a person, "which" anything else, "where" a place. */
  private static boolean relativeFits(String pronoun, Known k) {
    return switch (pronoun) {
      case "who" -> k.person();
      case "which" -> !k.person();
      default -> k.entity.type().equals("LOCATION");
    };
  }

  /** The entity a pronoun refers to, or -1 (none fits, or a common noun fits first). */
  private int antecedent(List<Known> known, Map<Integer, List<Ref>> bySentence, List<Sentence> body, int si, int at,
      String pronoun, Ref subject) {
    for (int back = 0; back <= PRONOUN_WINDOW && si - back >= 0; back++) {
      Sentence s = body.get(si - back);
      List<Token> tokens = s.tokens();
      List<Ref> refs = new ArrayList<>(bySentence.getOrDefault(s.index(), List.of()));
      boolean same = back == 0;
      refs.removeIf(r -> same && r.end > at || subject != null && r.entity == subject.entity);
      // Lee et al. traverse the parse tree breadth first: a noun phrase inside a prepositional phrase
      // comes after the clause's own noun phrases. Without a tree: such phrases last, else left to right.
      int clause = same ? clauseStart(tokens, at) : 0;
      refs.sort(Comparator.comparing((Ref r) -> r.first < clause)
          .thenComparing((Ref r) -> r.entity >= 0 && (inPhrase(tokens, r.end - 1) || modifier(tokens, r)))
          .thenComparingInt(Ref::first));
      for (Ref r : refs) {
        if (!fits(known, r, pronoun)) continue;
        int named = unnamedUnknownGender(known, r) ? namedOfGender(known, refs, PERSONAL.get(pronoun)) : -1;
        return named >= 0 ? named : r.entity;
      }
    }
    return -1;
  }

  /** Whether {@code r} is an unnamed person whose description says no gender ("An arsonist", "a state official"). */
  private static boolean unnamedUnknownGender(List<Known> known, Ref r) {
    if (r.entity < 0) return false;
    Known k = known.get(r.entity);
    return k.description != null && k.person() && k.gender == Gender.UNKNOWN;
  }

  /**
   * "An arsonist has badly damaged the church attended by the Governor of Alaska, Sarah Palin, and
   * she has apologised": the one named person of the sentence whose gender is the pronoun's, which
   * the unnamed subject of no known gender does not outrank; -1 unless exactly one.
   */
  private static int namedOfGender(List<Known> known, List<Ref> refs, Gender g) {
    if (g != Gender.MALE && g != Gender.FEMALE) return -1;
    int found = -1;
    for (Ref r : refs) {
      if (r.entity < 0 || r.entity == found) continue;
      Known k = known.get(r.entity);
      if (k.description != null || !k.person() || k.gender != g) continue;
      if (found >= 0) return -1;
      found = r.entity;
    }
    return found;
  }

  private boolean fits(List<Known> known, Ref r, String pronoun) {
    boolean they = PLURAL_PRONOUNS.contains(pronoun);
    Gender g = PERSONAL.get(pronoun);
    if (r.entity < 0) {
      if (they) return r.plural;
      if (r.plural) return false;
      return g == Gender.NEUTER ? r.gender == Gender.NEUTER : r.gender == g || r.gender == Gender.UNKNOWN;
    }
    Known k = known.get(r.entity);
    String type = k.entity.type();
    if (they) return type.equals("ORGANIZATION") || k.plural;
    if (k.plural) return false;
    if (g == Gender.NEUTER) return !type.equals("PERSON") && !"NATIONALITY".equals(k.entity.subtype());
    return type.equals("PERSON") && (k.gender == Gender.UNKNOWN || k.gender == g);
  }

  /**
   * A noun phrase no named entity takes. A person ("a man", "the driver", "pirates"), a body of people
   * ("police", "the navy"), a vehicle or weapon ("the vessel", "the gun") or a site ("the supermarket", a location) becomes an unnamed entity, or a mention of the one its head already names
   * (Lee et al.'s strict head match): a definite or bare phrase joins the last such entity with the same
   * head and number; an indefinite one ("a man", "two climbers") introduces a new one. Any other noun
   * only stands as a candidate antecedent ({@link #blocker}).
   */
  private void unnamed(List<Known> known, CodePoints offsets, List<Ref> here, Sentence s, List<Token> tokens, int from,
      int head, Set<Long> taken) {
    Token t = tokens.get(head);
    int subject = predicateOf(known, here, tokens, from, head);
    if (subject >= 0) {
      add(known, subject, null, offsets, tokens.get(from).start(), t.end(), Span.NOMINAL, here, s, from, head + 1, taken);
      return;
    }
    if (!t.pos().equals("NN") && !t.pos().equals("NNS") || !t.ner().equals("O")) {
      blocker(here, s, tokens, head);
      return;
    }
    String w = lower(t);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    boolean collective = COLLECTIVE.contains(w) || COLLECTIVE.contains(lemma);
    boolean thing = VEHICLES.contains(lemma) || WEAPONS.contains(lemma);
    boolean site = SITES.contains(lemma);
    boolean person = !collective && !thing && !site && (personNoun(w, lemma) || counted(tokens, head));
    // "a host of charges" is a quantity.
    boolean quantity = head > 0 && is(tokens.get(head - 1), "a") && head + 1 < tokens.size() && is(tokens.get(head + 1), "of");
    if (!collective && !person && !thing && !site || NEWS_PEOPLE.contains(lemma) && quantity) {
      blocker(here, s, tokens, head);
      return;
    }
    boolean many = !collective && t.pos().equals("NNS");
    for (int k = Math.max(0, from - 1); k <= head; k++) {
      // "com / 2013 / 08 / ellen - degeneres": a scraped page's web address, split into tokens, names no
      // one and keeps no pronoun from a name.
      if (is(tokens.get(k), "/")) return;
    }
    if (from > 0 && (is(tokens.get(from - 1), "as") || tokens.get(from - 1).lemma().equals("be"))) {
      // "served as a commander", "was a volunteer": a predicate says what someone is, it names no one new.
      return;
    }
    // The determiner, also before a name inside the phrase ("a Saudi oil tanker").
    boolean indefinite = false;
    for (int k = from; k >= Math.max(0, from - 3); k--) {
      Token d = tokens.get(k);
      if (Set.of("a", "an", "another", "some", "one").contains(lower(d)) || d.pos().equals("CD")) indefinite = true;
      if (d.pos().equals("DT") || d.pos().equals("PRP$") || d.isVerb() || d.pos().equals("IN")) break;
    }
    // "the other driver" is not the driver already met.
    for (int k = from; k < head; k++) if (Set.of("other", "another").contains(lower(tokens.get(k)))) indefinite = true;
    // A singular count noun without determiner ("Woman killed in Queens hit-and-run") is headline style;
    // the lead's "A woman has died ..." introduces the same participant, not a second one.
    boolean bare = !many && !collective && t.pos().equals("NN") && determinerless(tokens, from, head);
    int target = -1;
    for (int k = known.size() - 1; k >= 0; k--) {
      Known c = known.get(k);
      if (c.description != null && c.plural == many && c.description.equals(lemma)) {
        if (!indefinite || c.bare) target = k;
        break;
      }
    }
    if (target < 0) {
      Known c = new Known(new Entity("", "", collective ? "ORGANIZATION" : site ? "LOCATION" : thing ? "MISC" : "PERSON", null, List.of(), List.of(), Map.of(),
          null, Map.of()));
      c.description = lemma;
      c.name = Entity.describedAs(w);
      c.plural = many;
      c.bare = bare;
      Gender g = nounGender.getOrDefault(w, Gender.UNKNOWN);
      c.gender = thing || site ? Gender.NEUTER
          : STRONGLY_GENDERED.contains(lemma) && (g == Gender.MALE || g == Gender.FEMALE) ? g : Gender.UNKNOWN;
      known.add(c);
      target = known.size() - 1;
    }
    if (!bare) known.get(target).bare = false;
    StringBuilder joined = new StringBuilder();
    for (int k = from; k < head; k++) joined.append(tokens.get(k).word());
    Matcher aged = AGED.matcher(joined);
    if (person && !many && aged.find()) known.get(target).age = aged.group(1);
    int start = from;
    while (start < head && Set.of("the", "a", "an", "this", "that", "these", "those").contains(lower(tokens.get(start)))) start++;
    known.get(target).descriptors.add(offsets.span(tokens.get(start).start(), t.end()).text().toLowerCase(Locale.ROOT));
    add(known, target, null, offsets, tokens.get(from).start(), t.end(), Span.NOMINAL, here, s, from, head + 1, taken);
  }

  /**
   * "killing 10 people", "Three people were shot": people a report counts are its participants; "a city
   * of 500,000 people" and a bare "people" are not.
   */
  private static boolean counted(List<Token> tokens, int head) {
    if (!lower(tokens.get(head)).equals("people") || head == 0) return false;
    Token n = tokens.get(head - 1);
    if (!n.pos().equals("CD") || head > 1 && is(tokens.get(head - 2), ",")) return false;
    String w = lower(n);
    return COUNTS.contains(w) || UP_TO_THREE_DIGITS.matcher(w).matches();
  }

  private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "dozen");

  /** Titles that name an office with a post-positive "general": "Surgeon General", "attorney general", "Secretary-General". */
  static final Set<String> GENERAL_OFFICES = Set.of("surgeon", "attorney", "solicitor", "inspector", "postmaster",
      "governor", "secretary", "director", "auditor", "comptroller", "accountant", "consul", "procurator", "prosecutor",
      "advocate", "registrar", "paymaster", "vicar");

  /**
   * The end of an office title starting at {@code i} ("Surgeon General", "attorney general",
   * "surgeon-general"), or -1. A military rank is no office ("Major General", "lieutenant general").
   */
  static int officeEnd(List<Token> tokens, int i) {
    String w = lower(tokens.get(i));
    int dash = w.indexOf("-general");
    if (dash > 0 && w.endsWith("-general") && GENERAL_OFFICES.contains(w.substring(0, dash))) return i + 1;
    if (!GENERAL_OFFICES.contains(w) || i + 1 >= tokens.size()) return -1;
    if (!tokens.get(i).pos().startsWith("NN")) return -1;
    int k = i + 1;
    if (k + 1 < tokens.size() && is(tokens.get(k), "-")) k++; // "surgeon - general", tokenized
    return lower(tokens.get(k)).equals("general") ? k + 1 : -1;
  }

  /**
   * Offices the article names by their title ("the post of Surgeon General", "the nation's next surgeon
   * general"): one unnamed participant per title, as the office and its holder are spoken of in news
   * (a nominee "as surgeon general" is named for the office, which ECB+ and readers treat as one thing
   * across articles). Before a name the title is that person's role ("Surgeon General Regina Benjamin")
   * and left to the name.
   */
  private void offices(List<Known> known, CodePoints offsets, List<Ref> here, Sentence s, List<Token> tokens, Set<Long> taken) {
    for (int i = 0; i < tokens.size(); i++) {
      int end = officeEnd(tokens, i);
      if (end < 0) continue;
      boolean free = true;
      for (int k = i; k < end; k++) free &= !taken.contains(key(s.index(), k));
      if (!free) continue;
      boolean beforeName = false;
      for (Ref r : here) {
        if (r.first == end && r.entity >= 0 && known.get(r.entity).description == null && known.get(r.entity).person()) beforeName = true;
      }
      if (beforeName) continue;
      StringBuilder title = new StringBuilder();
      for (int k = i; k < end; k++) {
        String w = lower(tokens.get(k));
        if (w.equals("-")) continue;
        title.append(title.length() > 0 ? " " : "").append(w.replace("-general", " general"));
      }
      String office = title.toString();
      int target = -1;
      for (int k = known.size() - 1; k >= 0 && target < 0; k--) if (office.equals(known.get(k).description)) target = k;
      if (target < 0) {
        Known c = new Known(new Entity("", "", "PERSON", null, List.of(), List.of(), Map.of(), null, Map.of()));
        c.description = office;
        c.name = Entity.describedAs(office);
        known.add(c);
        target = known.size() - 1;
      }
      known.get(target).descriptors.add(office);
      add(known, target, null, offsets, tokens.get(i).start(), tokens.get(end - 1).end(), Span.NOMINAL, here, s, i, end, taken);
      i = end - 1;
    }
  }

  /**
   * The named person a singular predicate noun phrase {@code [from, head]} describes (Lee et al.'s
   * predicate nominative and role sieves), or -1: after a name and "as" ("DeGeneres as host",
   * "named Hugh Jackman as the host"), or after "as" or a form of "be" whose subject, past verbs and
   * adverbs, is the name ("Hugh Jackman will be the host", "Cheeks was officially introduced as the
   * 21st head coach", "she is to return as host"). Past verbs, not when a verb follows: "as the crowd cheered".
   */
  private static int predicateOf(List<Known> known, List<Ref> here, List<Token> tokens, int from, int head) {
    if (from < 2 || !tokens.get(head).pos().equals("NN") || GENERIC.contains(tokens.get(head).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    Token before = tokens.get(from - 1);
    if (!is(before, "as") && !before.lemma().equals("be")) return -1;
    boolean afterName = is(before, "as") && refEndingAt(here, from - 1) != null;
    if (!afterName && head + 1 < tokens.size() && tokens.get(head + 1).isVerb()) return -1;
    int k = from - 2;
    while (k >= 0 && refEndingAt(here, k + 1) == null && (tokens.get(k).isVerb() || Set.of("MD", "RB", "TO").contains(tokens.get(k).pos())
        || tokens.get(k).ner().equals("DATE"))) {
      k--;
    }
    Ref subject = k >= 0 ? refEndingAt(here, k + 1) : null;
    if (subject == null) return -1;
    Known p = known.get(subject.entity);
    return p.description == null && p.person() ? subject.entity : -1;
  }

  /**
   * Whether {@code [from, end)} is a determined noun phrase ("her father", "the company's founder")
   * that no preposition, adverb or verb governs: it may stand in apposition before a name.
   */
  private static boolean standsAlone(List<Token> tokens, int from, int end) {
    int k = from > 0 && tokens.get(from - 1).pos().equals("PRP$") ? from - 1 : from; // "Its chief executive"
    String first = tokens.get(k).pos();
    if (!first.equals("DT") && !first.equals("PRP$") && !first.startsWith("NNP")) return false;
    if (k == 0) return true;
    String before = tokens.get(k - 1).pos();
    return !(before.equals("IN") || before.equals("TO") || before.startsWith("RB") || before.startsWith("VB"));
  }

  /** Whether the noun phrase {@code [from, head]} has no determiner, possessive or number, in it or just before it. */
  private static boolean determinerless(List<Token> tokens, int from, int head) {
    for (int k = Math.max(0, from - 1); k < head; k++) {
      String pos = tokens.get(k).pos();
      if (pos.equals("DT") || pos.equals("PRP$") || pos.equals("POS") || pos.equals("CD") || pos.equals("WP$")) return false;
    }
    return true;
  }

  /** A common noun that a pronoun may refer to instead of an entity: "the car ... it", "a man ... he". */
  private void blocker(List<Ref> here, Sentence s, List<Token> tokens, int head) {
    Token t = tokens.get(head);
    if (!t.pos().equals("NN") && !t.pos().equals("NNS")) return;
    String w = lower(t);
    boolean many = t.pos().equals("NNS") || plural.contains(w) && !t.pos().equals("NN");
    Gender g;
    if (animate.contains(w) && !inanimate.contains(w)) {
      Gender d = nounGender.getOrDefault(w, Gender.UNKNOWN);
      g = d == Gender.NEUTER || !STRONGLY_GENDERED.contains(w) ? Gender.UNKNOWN : d;
    } else if (inanimate.contains(w) && !animate.contains(w)) {
      g = Gender.NEUTER;
    } else {
      return;
    }
    if (!t.ner().equals("O") || inPhrase(tokens, head)) return;
    here.add(new Ref(s.index(), head, head + 1, -1, g, many));
    here.sort(Comparator.comparingInt(Ref::first));
  }

  // ---- descriptions -----------------------------------------------------------------------------

  /**
   * The entity a definite description refers to: the nearest entity before it (right to left) whose
   * descriptor has the same head and includes its modifiers, or the nearest entity of the class the
   * head names ("the company"), or the person whose age the "N-year-old" states; else -1.
   */
  private int nominalAntecedent(List<Known> known, Map<Integer, List<Ref>> bySentence, List<Sentence> body, int si,
      List<Token> tokens, int from, int head) {
    String headWord = lower(tokens.get(head));
    String age = null;
    List<String> modifiers = new ArrayList<>();
    StringBuilder joined = new StringBuilder();
    for (int k = from + 1; k < head; k++) joined.append(tokens.get(k).word());
    Matcher ageMatch = AGED.matcher(joined);
    if (ageMatch.find()) age = ageMatch.group(1);
    for (int k = from + 1; k < head; k++) {
      Token t = tokens.get(k);
      if (age == null || !(t.pos().equals("CD") || t.pos().equals("HYPH") || Set.of("year", "old", "years").contains(lower(t)))) {
        modifiers.add(lower(t));
      }
    }
    boolean personNoun = animate.contains(headWord) && !inanimate.contains(headWord);
    Set<String> classes = CLASS_NOUNS.get(headWord);
    for (int back = 0; si - back >= 0; back++) {
      Sentence s = body.get(si - back);
      List<Ref> refs = new ArrayList<>(bySentence.getOrDefault(s.index(), List.of()));
      refs.sort(Comparator.comparingInt(Ref::first).reversed());
      for (Ref r : refs) {
        if (r.entity < 0 || back == 0 && r.end > from) continue;
        Known k = known.get(r.entity);
        if (k.description != null) continue;
        boolean descriptor = k.descriptorHeads.contains(headWord) && k.words.containsAll(modifiers);
        boolean aged = age != null && age.equals(k.entity.attributes() == null ? null : k.entity.attributes().get("age"))
            && k.person() && (personNoun || headWord.endsWith("-year-old"));
        boolean ofClass = classes != null && modifiers.isEmpty() && back <= 2 && (k.entity.subtype() != null
            ? classes.contains(k.entity.subtype())
            : classes.contains(k.entity.type()) || k.entity.type().equals("ORGANIZATION") && ORGANIZATION_CLASSES.containsAll(classes));
        boolean nameHead = !k.person() && modifiers.isEmpty() && back <= 2 && nameHead(k, headWord);
        if (descriptor || aged || ofClass || nameHead) return r.entity;
      }
    }
    return -1;
  }

  /** "the hotel" for "Taj Mahal Hotel": the last word of a non-person's name. */
  private static boolean nameHead(Known k, String head) {
    String[] words = k.entity.name().toLowerCase(Locale.ROOT).split("\\s+");
    return words.length > 1 && words[words.length - 1].equals(head);
  }

  /** The end of "the (adjective|noun|N-year-old)* noun" starting at {@code from}, or {@code from}. */
  private static int nounPhraseEnd(List<Token> tokens, int from) {
    int i = from;
    int lastNoun = -1;
    while (i < tokens.size() && i - from < 8) {
      Token t = tokens.get(i);
      if (t.isProperNoun()) return from;
      if (t.pos().equals("NN") || t.pos().equals("NNS")) {
        lastNoun = i;
      } else if (!(t.pos().startsWith("JJ") || t.pos().equals("HYPH") || t.pos().equals("CD")
          || t.pos().equals("VBN") && lastNoun < 0)) {
        break;
      }
      i++;
    }
    return lastNoun < 0 ? from : lastNoun + 1;
  }

  // ---- unnamed participants that an article names ----------------------------------------------

  /** Verbs that say who an unnamed participant is: "police identified the victim as ...", "named as". */
  private static final Set<String> IDENTIFYING = Set.of("identify", "name");

  /**
   * "Police identified the victim on Thursday as LuAnn Marie Johnson", "the suspect, identified as
   * 23-year-old Vishwanand Subryan", "The driver, who police identified as Vishwanand Subryan": the
   * unnamed participant the identifying verb takes is the name after "as".
   */
  private void identifiedAs(List<Known> known, List<Ref> here, List<Token> tokens) {
    for (Ref name : List.copyOf(here)) {
      if (name.entity < 0 || known.get(name.entity).description != null || !tokens.get(name.first).isProperNoun()) continue;
      int as = name.first - 1;
      // "as 23-year-old Vishwanand Subryan": an age may stand between.
      while (as > 0 && (Set.of("CD", "HYPH").contains(tokens.get(as).pos())
          || Set.of("year", "years", "old", "-year-old").contains(lower(tokens.get(as))))) {
        as--;
      }
      if (as < 1 || !is(tokens.get(as), "as")) continue;
      int verb = -1;
      for (int k = as - 1; k >= Math.max(0, as - 6); k--) {
        Token t = tokens.get(k);
        if (t.isVerb() && IDENTIFYING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
          verb = k;
          break;
        }
      }
      if (verb < 0) continue;
      Ref object = null;
      if (verb + 1 < as) {
        // Active: the phrase right after the verb ("identified the victim (on Thursday) as").
        for (Ref r : here) if (r.first == verb + 1 && r.end <= as) object = r;
      } else {
        // Passive or relative: the phrase before the verb, past auxiliaries, adverbs, a comma and the agent of "who police identified".
        int k = verb - 1;
        while (k >= 0 && (tokens.get(k).pos().startsWith("RB") || tokens.get(k).pos().startsWith("VB") || is(tokens.get(k), ","))) k--;
        Ref before = k >= 0 ? refEndingAt(here, k + 1) : null;
        if (before != null && before.first > 0 && Set.of("who", "whom").contains(lower(tokens.get(before.first - 1)))) {
          before = refEndingAt(here, before.first); // "who police identified": "who" stands for the object
        }
        object = before;
      }
      if (object != null) nameAs(known, object.entity, name.entity);
    }
  }

  /**
   * "The driver, Vishwanand Subryan,": a definite description in apposition to a name is the unnamed
   * participant of that description the article already introduced ("an allegedly drunk driver").
   * Not "the other driver", which is someone else.
   */
  private static void nameDescribed(List<Known> known, int named, List<Token> tokens, int from, int head) {
    if (!is(tokens.get(from), "the") || known.get(named).description != null) return;
    for (int k = from; k < head; k++) if (Set.of("other", "second", "another", "first").contains(lower(tokens.get(k)))) return;
    String lemma = tokens.get(head).lemma().toLowerCase(Locale.ROOT);
    boolean many = tokens.get(head).pos().equals("NNS");
    for (int k = known.size() - 1; k >= 0; k--) {
      Known c = known.get(k);
      if (c.description != null && c.description.equals(lemma) && c.plural == many) {
        nameAs(known, k, named);
        return;
      }
    }
  }

  /**
   * "A British climber has fallen to his death in New Zealand. Robert Buckley, 32, fell about 2,000
   * feet": a person an indefinite subject introduces ("A/An ...") is the named person who opens the
   * very next sentence as its subject, when the indefinite phrase opens its sentence and is the
   * participant's first mention, the name was not met before, its verb does not report ("John Smith
   * said ...") and no known gender differs (the first name's majority included).
   */
  private void namedNext(List<Known> known, Map<Integer, List<Ref>> bySentence, List<Sentence> body) {
    Map<Integer, Integer> firstSentence = firstSentences(bySentence, body);
    for (int si = 0; si + 1 < body.size(); si++) {
      List<Token> tokens = body.get(si).tokens();
      List<Ref> refs = bySentence.getOrDefault(body.get(si).index(), List.of());
      Ref subject = null;
      for (Ref r : refs) if (r.entity >= 0 && (subject == null || r.first < subject.first)) subject = r;
      if (subject == null || subject.first != 0 || !Set.of("a", "an").contains(lower(tokens.get(0)))) continue;
      Known u = known.get(subject.entity);
      if (u.description == null || !u.person() || u.plural || u.namedAs >= 0 || firstSentence.get(subject.entity) != si) continue;
      List<Token> next = body.get(si + 1).tokens();
      Ref name = null;
      for (Ref r : bySentence.getOrDefault(body.get(si + 1).index(), List.of())) if (r.entity >= 0 && r.first == 0) name = r;
      if (name == null || !next.get(0).isProperNoun()) continue;
      Known n = known.get(name.entity);
      if (n.description != null || !n.person() || firstSentence.get(name.entity) != si + 1) continue;
      int k = verbAfter(next, name.end);
      if (k < 0 || reports(next, k)) continue;
      if (u.gender != Gender.UNKNOWN && n.gender != Gender.UNKNOWN && u.gender != n.gender) continue;
      nameAs(known, subject.entity, name.entity);
    }
  }

  /** Each entity's first sentence of the body (its index in {@code body}). */
  private static Map<Integer, Integer> firstSentences(Map<Integer, List<Ref>> bySentence, List<Sentence> body) {
    Map<Integer, Integer> first = new HashMap<>();
    for (int si = 0; si < body.size(); si++) {
      for (Ref r : bySentence.getOrDefault(body.get(si).index(), List.of())) {
        if (r.entity >= 0) first.putIfAbsent(r.entity, si);
      }
    }
    return first;
  }

  /** The index of the verb after a name that ends at {@code end}, past an age or apposition between commas ("Robert Buckley, 32, fell"); -1 when none follows. */
  private static int verbAfter(List<Token> tokens, int end) {
    int k = end;
    if (k < tokens.size() && is(tokens.get(k), ",")) {
      k++;
      while (k < tokens.size() && !is(tokens.get(k), ",")) k++;
      k++;
    }
    while (k < tokens.size() && (tokens.get(k).pos().equals("MD") || tokens.get(k).pos().startsWith("RB"))) k++;
    return k < tokens.size() && tokens.get(k).isVerb() ? k : -1;
  }

  /** Whether the verb group at {@code k} reports: a name that is the subject of saying is a witness or an official, not the participant. */
  private static boolean reports(List<Token> tokens, int k) {
    for (int v = k; v < tokens.size() && v < k + 3 && tokens.get(v).isVerb(); v++) {
      String lemma = tokens.get(v).lemma().toLowerCase(Locale.ROOT);
      if (Attribution.CUE_LEMMAS.contains(lemma) || Attribution.INDIRECT_LEMMAS.contains(lemma)) return true;
    }
    return false;
  }

  /**
   * "... struck and killed a woman in Queens. Investigators say 59-year-old Raj Chohan was hit while
   * walking ...": a person an indefinite phrase introduces anywhere in a sentence is the person the
   * next sentence names for the first time with an age ("59-year-old Raj Chohan", "Raj Chohan, 59,"),
   * the way reports introduce a participant, when that is the only such name there, the indefinite
   * phrase is the only one of its sentence for a person and its gender fits, and the name is not the
   * subject of saying.
   */
  private void namedNextByAge(List<Known> known, Map<Integer, List<Ref>> bySentence, List<Sentence> body) {
    Map<Integer, Integer> firstSentence = firstSentences(bySentence, body);
    for (int si = 0; si + 1 < body.size(); si++) {
      List<Token> next = body.get(si + 1).tokens();
      Ref name = null;
      int aged = 0;
      for (Ref r : bySentence.getOrDefault(body.get(si + 1).index(), List.of())) {
        if (r.entity < 0 || !Integer.valueOf(si + 1).equals(firstSentence.get(r.entity))) continue;
        Known n = known.get(r.entity);
        if (n.description != null || !n.person() || !agedAt(next, r)) continue;
        name = r;
        aged++;
      }
      if (aged != 1) continue;
      int verb = verbAfter(next, name.end);
      if (verb >= 0 && reports(next, verb)) continue;
      Known n = known.get(name.entity);
      final int named = name.entity;
      if (known.stream().anyMatch(k -> k.namedAs == named)) continue; // the name already has its unnamed mention
      List<Token> tokens = body.get(si).tokens();
      int unnamed = -1, introduced = 0;
      for (Ref r : bySentence.getOrDefault(body.get(si).index(), List.of())) {
        if (r.entity < 0) continue;
        Known u = known.get(r.entity);
        // One named or met before ("Schenectady man charged ... A Schenectady man ... Vishwanand Subryan") still
        // counts, and so does a name's own indefinite mention: the name may be either's.
        if (!u.person() || u.plural) continue;
        if (!indefinite(tokens, r.first)) continue;
        if (unnamed != r.entity) introduced++;
        unnamed = r.entity;
      }
      // One introduced person only, whatever the genders: a pronoun may have given the name a gender wrongly
      // ("Raj" counts as male, so "she" went to the driver named beside her).
      if (introduced != 1) continue;
      Known u = known.get(unnamed);
      boolean genderFits = u.gender == Gender.UNKNOWN || n.gender == Gender.UNKNOWN || n.genderByName || u.gender == n.gender;
      if (genderFits && u.description != null && u.namedAs < 0 && Integer.valueOf(si).equals(firstSentence.get(unnamed))) {
        nameAs(known, unnamed, name.entity);
      }
    }
  }

  /** Whether the phrase at {@code first} opens with "a"/"an", past a name or modifiers before its noun ("A Schenectady man"). */
  private static boolean indefinite(List<Token> tokens, int first) {
    for (int k = first; k >= 0 && k >= first - 4; k--) {
      Token t = tokens.get(k);
      if (is(t, "a") || is(t, "an")) return true;
      String pos = t.pos();
      if (k < first && !(pos.startsWith("NNP") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("HYPH") || is(t, "-"))) {
        return false;
      }
    }
    return false;
  }

  /** Whether the name {@code r} comes with an age: "59-year-old Raj Chohan", "59 - year - old Raj Chohan", "Raj Chohan, 59,". */
  private static boolean agedAt(List<Token> tokens, Ref r) {
    if (r.first > 0) {
      String before = lower(tokens.get(r.first - 1));
      if (before.equals("old") || before.endsWith("-old")) return true;
    }
    return r.end + 2 < tokens.size() && is(tokens.get(r.end), ",") && UP_TO_THREE_DIGITS.matcher(tokens.get(r.end + 1).word()).matches()
        && is(tokens.get(r.end + 2), ",");
  }

  /**
   * "A 59-year-old grandmother ... Raj Chohan, 59,": an unnamed person whose description states an
   * age is the one named person of the article with that age, when no other unnamed person has it.
   */
  private static void sameAge(List<Known> known) {
    Map<String, List<Integer>> unnamed = new HashMap<>(), named = new HashMap<>();
    for (int k = 0; k < known.size(); k++) {
      Known c = known.get(k);
      if (c.description != null && c.age != null) unnamed.computeIfAbsent(c.age, x -> new ArrayList<>()).add(k);
      String age = c.entity.attributes() == null ? null : c.entity.attributes().get("age");
      if (c.description == null && c.person() && age != null) named.computeIfAbsent(age, x -> new ArrayList<>()).add(k);
    }
    for (var e : unnamed.entrySet()) {
      List<Integer> people = named.getOrDefault(e.getKey(), List.of());
      if (e.getValue().size() == 1 && people.size() == 1) nameAs(known, e.getValue().get(0), people.get(0));
    }
  }

  /** The unnamed participant {@code unnamed} is the named entity {@code named}, when their kinds and genders agree. */
  private static void nameAs(List<Known> known, int unnamed, int named) {
    if (unnamed < 0 || unnamed == named) return;
    Known u = known.get(unnamed), n = known.get(named);
    if (u.description == null || n.description != null || u.namedAs >= 0 || u.plural) return;
    boolean kindFits = u.entity.type().equals("PERSON") ? n.person()
        : u.entity.type().equals("ORGANIZATION") ? n.entity.type().equals("ORGANIZATION") : !n.person();
    boolean genderFits = u.gender == Gender.UNKNOWN || n.gender == Gender.UNKNOWN || n.genderByName || u.gender == n.gender;
    if (!kindFits || !genderFits) return;
    u.namedAs = named;
    // "A woman ... Raj Chohan": the role noun says more than the first name's majority.
    if (u.gender != Gender.UNKNOWN && u.gender != Gender.NEUTER && (n.gender == Gender.UNKNOWN || n.genderByName)) {
      n.gender = u.gender;
      n.genderByName = false;
    }
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private void add(List<Known> known, int entity, Annotated a, CodePoints offsets, int charStart, int charEnd, String kind,
      List<Ref> here, Sentence s, int first, int end, Set<Long> taken) {
    Known k = known.get(entity);
    // "a Brooklyn mother", "Somali pirates": another entity's name right before the noun
    // is a premodifier, so the mention's extent includes it (the name keeps its own, nested mention).
    // The rules here still see the noun's tokens only.
    if (Span.NOMINAL.equals(kind)) {
      Ref before = refEndingAt(here, first);
      if (before != null && before.entity != entity) {
        int nameStart = offsets.at(s.tokens().get(before.first).start());
        for (Span m : known.get(before.entity).entity.mentions()) {
          if (m.kind() == null && m.start() == nameStart) charStart = s.tokens().get(before.first).start();
        }
      }
    }
    k.added.add(offsets.span(charStart, charEnd).withKind(kind));
    Gender said = PERSONAL.get(s.tokens().get(first).word().toLowerCase(Locale.ROOT));
    if (k.person() && k.gender == Gender.UNKNOWN && (said == Gender.MALE || said == Gender.FEMALE)) k.gender = said;
    here.add(new Ref(s.index(), first, end, entity, k.gender, false));
    here.sort(Comparator.comparingInt(Ref::first));
    for (int i = first; i < end; i++) taken.add(key(s.index(), i));
  }

  private static Ref refEndingAt(List<Ref> refs, int end) {
    for (Ref r : refs) if (r.end == end && r.entity >= 0) return r;
    return null;
  }

  private static long key(int sentence, int token) {
    return (long) sentence << 32 | token;
  }

}
