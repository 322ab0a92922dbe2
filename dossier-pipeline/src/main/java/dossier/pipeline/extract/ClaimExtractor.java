package dossier.pipeline.extract;

import dossier.model.Claim;
import dossier.model.Quote;
import dossier.model.Span;
import dossier.pipeline.annotate.Annotated;
import dossier.pipeline.annotate.Sentence;
import dossier.pipeline.annotate.Token;
import dossier.pipeline.annotate.Zone;
import dossier.pipeline.extract.Attribution.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Statements whose truth the article attributes or hedges, with their source and stance:
 * "according to X" and reported speech (reported), "reportedly" (reported), "is believed to"
 * (believed), "allegedly", "accused of" (alleged), "denied" (denied), "apparently" (uncertain).
 */
public final class ClaimExtractor {

  /** Hedging adverbs and the stance they give. */
  private static final Map<String, String> ADVERBS = Map.of(
      "reportedly", "reported", "allegedly", "alleged", "purportedly", "alleged", "supposedly", "alleged",
      "apparently", "uncertain", "seemingly", "uncertain", "possibly", "uncertain", "presumably", "uncertain");

  /** Verbs that, as "X is believed to ...", give a stance. */
  private static final Map<String, String> RAISING_VERBS = Map.of(
      "believe", "believed", "think", "believed", "understand", "believed", "suspect", "alleged",
      "rumor", "alleged", "rumour", "alleged", "say", "reported", "report", "reported", "expect", "believed");

  private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "--", "—", "–", "-LRB-", "-RRB-", "(", ")");

  /** Cues of reported thought rather than speech ("officials believe the fire was set"): stance believed. */
  private static final List<String> BELIEF_CUES = List.of("believ", "think", "thought", "suspect", "fear", "feel",
      "felt", "assum", "expect");

  /** The claims of an article's body, in text order; {@code quotes} supply reported speech. */
  public List<Claim> extract(Annotated article, EntityIndex entities, List<Quote> quotes) {
    Attribution attribution = new Attribution(entities, article.text());
    List<Claim> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      if (s.zone() != Zone.BODY) continue;
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        String word = t.word().toLowerCase(Locale.ROOT);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (word.equals("according") && i + 1 < tokens.size() && Words.lower(tokens.get(i + 1)).equals("to")) {
          accordingTo(article, tokens, i, entities, out);
        } else if (ADVERBS.containsKey(word)) {
          out.add(claim(article, entities, tokens, i, ADVERBS.get(word), Speaker.NONE, t.word(), i, i + 1));
        } else if (RAISING_VERBS.containsKey(lemma) && t.pos().equals("VBN") && i > 0 && isBe(tokens.get(i - 1))
            && i + 1 < tokens.size() && Words.lower(tokens.get(i + 1)).equals("to")) {
          out.add(claim(article, entities, tokens, i, RAISING_VERBS.get(lemma), Speaker.NONE, t.word(), i, i + 1));
        } else if (RAISING_VERBS.containsKey(lemma) && (t.pos().equals("VBN") || t.pos().equals("VBD")) && i > 0
            && tokens.get(i - 1).pos().startsWith("NN") && !lemma.equals("say") && i + 1 < tokens.size()
            && Words.lower(tokens.get(i + 1)).equals("to")) {
          // "a former chef believed to be close to Putin": the stance hedges the phrase it modifies.
          out.add(claim(article, entities, tokens, i, RAISING_VERBS.get(lemma), Speaker.NONE, t.word(), i, i + 1));
        } else if (lemma.equals("accuse") && t.pos().startsWith("VB")) {
          out.add(claim(article, entities, tokens, i, "alleged", accuser(attribution, tokens, i), t.word(), i, i + 1));
        } else if (lemma.equals("deny") && t.pos().startsWith("VB")) {
          out.add(claim(article, entities, tokens, i, "denied", attribution.speakerOf(tokens, i), t.word(), i, i + 1));
        } else if (word.equals("sources") && i + 1 < tokens.size()
            && Set.of("say", "said", "says").contains(Words.lower(tokens.get(i + 1)))) {
          Speaker sources = new Speaker(null, "sources").at(t.start(), t.end());
          out.add(claim(article, entities, tokens, i, "reported", sources, "sources say", i + 1, i + 2));
        }
      }
    }
    stances(article, entities, attribution, quotes, out);
    nominal(article, entities, out);
    for (Quote q : quotes) {
      // "according to" has its own claim above, with the source read from the whole phrase.
      if (!q.kind().equals("indirect") || q.cue() == null || q.cue().equalsIgnoreCase("according to")) continue;
      String lemma = q.cue().toLowerCase(Locale.ROOT);
      String stance = lemma.startsWith("den") ? "denied" : lemma.startsWith("claim") || lemma.startsWith("alleg")
          ? "alleged" : BELIEF_CUES.stream().anyMatch(lemma::startsWith) ? "believed" : "reported";
      out.add(new Claim(q.start(), q.end(), q.text(), q.speaker(), q.speakerName(), q.cue(), stance, q.speakerSpan(),
          q.cueSpan()));
    }
    out.removeIf(java.util.Objects::isNull);
    out.sort(Comparator.comparingInt(Claim::start));
    return dedupe(out);
  }

  /**
   * Verbs of intention, agreement and refusal with an infinitive content: "Clinton wants to sign up 5 million
   * people", "Patriot agreed to lend Mr. Clarke $5 million", "Trump refuses to release his tax records". Speech
   * acts with an infinitive ("vowed to", "promised to") are quotes already.
   */
  private static final Set<String> INTENTION_LEMMAS = Set.of(
      "want", "plan", "hope", "intend", "seek", "aim", "wish", "agree", "refuse", "decline", "vote", "strive",
      "expect", "prefer", "offer", "decide", "choose", "volunteer", "resolve");

  /** Adjectives of intention after "be": "is determined to", "were willing to". */
  private static final Set<String> INTENTION_ADJECTIVES = Set.of(
      "determined", "ready", "willing", "eager", "unwilling", "reluctant", "keen", "prepared", "committed", "loath",
      "anxious", "intent");

  /**
   * Verbs of position with a noun-phrase object: "China and Russia support the government", "the Dallas Morning
   * News backed Clinton", "Democrats want policies that create more revenue". Not "attack" and "defend" (in
   * conflict news mostly acts), nor speech acts ("criticized", "praised"), which are quotes.
   */
  private static final Set<String> POSITION_LEMMAS = Set.of(
      "support", "oppose", "back", "promote", "mock", "blame", "favor", "favour", "dispute",
      "tout", "champion", "hail", "embrace", "ridicule", "lambaste", "disparage", "deride", "want", "prefer");

  /**
   * Verbs of position whose object follows a preposition: "complained about his mic", "is seizing on recent
   * comments", "warned against potential hackers", "didn't apologize for his past statements".
   */
  private static final Map<String, Set<String>> POSITION_PREPOSITIONS = Map.ofEntries(
      Map.entry("complain", Set.of("about", "of")), Map.entry("talk", Set.of("about")),
      Map.entry("speak", Set.of("about", "of", "against")), Map.entry("warn", Set.of("against", "about", "of")),
      Map.entry("worry", Set.of("about")), Map.entry("boast", Set.of("about", "of")), Map.entry("brag", Set.of("about")),
      Map.entry("joke", Set.of("about")), Map.entry("point", Set.of("to")), Map.entry("seize", Set.of("on", "upon")),
      Map.entry("double", Set.of("on")), Map.entry("weigh", Set.of("on")), Map.entry("apologize", Set.of("for")),
      Map.entry("apologise", Set.of("for")), Map.entry("advocate", Set.of("for")), Map.entry("push", Set.of("for")),
      Map.entry("argue", Set.of("for", "against")), Map.entry("rail", Set.of("against")),
      Map.entry("campaign", Set.of("for", "against")), Map.entry("lash", Set.of("at")), Map.entry("object", Set.of("to")),
      Map.entry("insist", Set.of("on")), Map.entry("rant", Set.of("about")),
      Map.entry("care", Set.of("about")), Map.entry("disagree", Set.of("with")), Map.entry("side", Set.of("with")));

  /**
   * Evidence that reports a noun-phrase content: "polls show Clinton leading", "the report reveals how ...",
   * "DuVernay documents the boom in America's prison system". With a that-clause they are reported speech.
   */
  private static final Set<String> EVIDENCE_LEMMAS = Set.of("show", "reveal", "document", "indicate");

  /** Whether a named person's mention starts at token {@code k} (past a determiner or possessive). */
  private static boolean namesPerson(EntityIndex entities, List<Token> tokens, int k) {
    if (k >= tokens.size()) return false;
    var e = entities.at(tokens.get(k).start(), tokens.get(k).end());
    return e != null && e.type().equals("PERSON");
  }

  /** Frames counted on PolNeAR train that often attribute (see cue-frames.tsv), beside the lists above. */
  private static final CueFrames FRAMES = CueFrames.train();

  /**
   * Lemmas whose counted frames are left out: "said the talks had stalled" is reported speech, whose clause
   * QuoteExtractor ends; "appears to be helping" hedges its subject's own predicate, the subject is no source;
   * "attacked"/"defended"/"fired at"/"pounded" are in political news mostly words, in conflict news mostly acts
   * ("forces defended the town", "troops fired at the crowd"), so they keep their own rules or none.
   */
  private static final Set<String> FRAMES_LEFT_OUT = Set.of("say", "appear", "seem", "attack", "defend", "fire",
      "pound");

  private static boolean takesPreposition(String lemma, String preposition) {
    return POSITION_PREPOSITIONS.getOrDefault(lemma, Set.of()).contains(preposition)
        || !FRAMES_LEFT_OUT.contains(lemma) && FRAMES.takesPreposition(lemma, preposition);
  }

  private static boolean takesObject(String lemma) {
    return !FRAMES_LEFT_OUT.contains(lemma) && FRAMES.takesObject(lemma);
  }

  private static boolean takesInfinitive(String lemma) {
    return INTENTION_LEMMAS.contains(lemma) || !FRAMES_LEFT_OUT.contains(lemma) && FRAMES.takesInfinitive(lemma);
  }

  /**
   * Stances of a source toward a content that are neither speech nor hedges: intentions ("wants to"), positions
   * ("supports the regulations", "complained about his mic"). Stance "asserted": the content is the source's own
   * aim or position as the article states it. Outside quotation marks only, and only with a source.
   */
  private static void stances(Annotated article, EntityIndex entities, Attribution attribution, List<Quote> quotes,
      List<Claim> out) {
    for (Sentence s : article.sentences()) {
      if (s.zone() != Zone.BODY) continue;
      List<Token> tokens = s.tokens();
      int depth = 0;
      for (int c = 0; c + 1 < tokens.size(); c++) {
        Token t = tokens.get(c);
        if (t.pos().equals("``")) depth++;
        if (t.pos().equals("''")) depth = Math.max(0, depth - 1);
        if (depth > 0) continue;
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        int cueEnd;
        int from;
        String stance = "asserted";
        if (takesInfinitive(lemma) && isPredicate(tokens, c)
            && tokens.get(c + 1).pos().equals("TO")) {
          cueEnd = c + 1;
          from = c + 1;
        } else if (INTENTION_ADJECTIVES.contains(Words.lower(t)) && c > 0 && auxiliaryBefore(tokens, c) != null
            && isBe(auxiliaryBefore(tokens, c))
            && tokens.get(c + 1).pos().equals("TO")) {
          cueEnd = c + 1;
          from = c + 1;
        } else if (POSITION_LEMMAS.contains(lemma) && isPredicate(tokens, c) && !tokens.get(c + 1).pos().equals("TO")
            && !Set.of("by", "up", "off", "away", "down", "out").contains(Words.lower(tokens.get(c + 1)))) {
          cueEnd = c + 1;
          from = c + 1;
        } else if (lemma.equals("attack") && isPredicate(tokens, c) && namesPerson(entities, tokens, c + 1)) {
          // "Donald Trump attacked Machado": words against a named person; "forces attacked the town" is an act.
          cueEnd = c + 1;
          from = c + 1;
        } else if (EVIDENCE_LEMMAS.contains(lemma) && isPredicate(tokens, c) && !tokens.get(c + 1).pos().equals("TO")
            && !Words.is(tokens.get(c + 1), "that") && !Set.of("up", "off", "out").contains(Words.lower(tokens.get(c + 1)))) {
          // "POLITICO's Battleground States average shows Clinton likewise ahead": evidence reports its object.
          stance = "reported";
          cueEnd = c + 1;
          from = c + 1;
        } else if (takesObject(lemma) && isPredicate(tokens, c)
            && CueFrames.OBJECT_STARTS.contains(tokens.get(c + 1).pos())) {
          cueEnd = c + 1;
          from = c + 1;
        } else if (isPredicate(tokens, c)) {
          int k = c + 1;
          while (k < tokens.size() && k <= c + 2 && CueFrames.PARTICLES.contains(Words.lower(tokens.get(k)))) k++;
          if (k >= tokens.size() || !takesPreposition(lemma, Words.lower(tokens.get(k)))) continue;
          cueEnd = k + 1;
          from = k + 1;
        } else {
          continue;
        }
        int to = QuoteExtractor.actContentEnd(tokens, from);
        if (to <= from || to - from == 1 && tokens.get(from).pos().equals("TO")) continue;
        int cueStart = entities.offsets().at(t.start());
        if (quotes.stream().anyMatch(q -> q.cueSpan() != null && q.cueSpan().start() == cueStart)) continue;
        int head = c;
        while (head > 0 && isAuxiliary(tokens.get(head - 1))) head--;
        Speaker source = attribution.subjectOf(tokens, head);
        if (!source.known() && !source.hasMention()) continue;
        // "I want to ask you", "you refuse to use the term": the first and second person speak inside a quote
        // the tagger missed, or stand for anyone.
        if (source.entity() == null && source.hasMention()
            && FIRST_AND_SECOND_PERSON.contains(article.text().substring(source.from(), source.to()).toLowerCase(Locale.ROOT))) {
          continue;
        }
        out.add(make(article, entities, tokens, from, to, stance, source, t.word(), c, cueEnd));
      }
    }
  }

  /** Nouns that attribute a clause or an aim to their possessor ("Trump's claim that ...", "his determination to"), and the stance they give. */
  private static final Map<String, String> ATTRIBUTING_NOUNS = Map.ofEntries(
      Map.entry("claim", "alleged"), Map.entry("allegation", "alleged"), Map.entry("accusation", "alleged"),
      Map.entry("charge", "alleged"), Map.entry("denial", "denied"), Map.entry("belief", "believed"),
      Map.entry("view", "believed"), Map.entry("fear", "believed"), Map.entry("conclusion", "believed"),
      Map.entry("bet", "believed"), Map.entry("assessment", "believed"), Map.entry("suspicion", "believed"),
      Map.entry("assertion", "reported"), Map.entry("argument", "reported"), Map.entry("contention", "reported"),
      Map.entry("insistence", "reported"), Map.entry("acknowledgment", "reported"),
      Map.entry("acknowledgement", "reported"), Map.entry("admission", "reported"), Map.entry("warning", "reported"),
      Map.entry("suggestion", "reported"), Map.entry("prediction", "reported"), Map.entry("statement", "reported"),
      Map.entry("promise", "asserted"), Map.entry("pledge", "asserted"), Map.entry("vow", "asserted"),
      Map.entry("plan", "asserted"), Map.entry("effort", "asserted"), Map.entry("determination", "asserted"),
      Map.entry("eagerness", "asserted"), Map.entry("decision", "asserted"), Map.entry("bid", "asserted"),
      Map.entry("refusal", "asserted"), Map.entry("desire", "asserted"), Map.entry("hope", "asserted"),
      Map.entry("willingness", "asserted"), Map.entry("intention", "asserted"), Map.entry("threat", "asserted"));

  /**
   * Nominal attributions: a possessor, a noun that attributes, and a that-clause or an infinitive: "Donald Trump's
   * claim that there have been thousands of shootings", "his determination to act alone", "Mrs. Clinton's plan
   * to ...". Aims ("plan", "effort") take an infinitive only. In the sentence's subject the clause ends before
   * the main verb ("... in Chicago is false").
   */
  private static void nominal(Annotated article, EntityIndex entities, List<Claim> out) {
    for (Sentence s : article.sentences()) {
      if (s.zone() != Zone.BODY) continue;
      List<Token> tokens = s.tokens();
      int depth = 0;
      for (int n = 1; n + 2 < tokens.size(); n++) {
        Token t = tokens.get(n);
        if (t.pos().equals("``")) depth++;
        if (t.pos().equals("''")) depth = Math.max(0, depth - 1);
        if (depth > 0 || !t.pos().startsWith("NN")) continue;
        String stance = ATTRIBUTING_NOUNS.get(t.lemma().toLowerCase(Locale.ROOT));
        if (stance == null) continue;
        Token next = tokens.get(n + 1);
        boolean clause = Words.is(next, "that") && !stance.equals("asserted");
        boolean infinitive = next.pos().equals("TO") && tokens.get(n + 2).pos().equals("VB");
        if (!clause && !infinitive) continue;
        // The possessor: "his", or a name or noun phrase before "'s", past adjectives ("his latest effort").
        int k = n - 1;
        while (k > 0 && (tokens.get(k).pos().startsWith("JJ") || Words.is(tokens.get(k), "own"))) k--;
        Token possessor = tokens.get(k);
        int sourceFrom;
        int sourceTo;
        if (possessor.pos().equals("PRP$")) {
          sourceFrom = k;
          sourceTo = k + 1;
        } else if (possessor.pos().equals("POS")) {
          sourceFrom = k;
          while (sourceFrom > 0 && (tokens.get(sourceFrom - 1).pos().startsWith("NN")
              || tokens.get(sourceFrom - 1).pos().equals("DT") || tokens.get(sourceFrom - 1).pos().startsWith("JJ"))) {
            sourceFrom--;
          }
          if (sourceFrom == k) continue;
          sourceTo = k;
        } else {
          continue;
        }
        int from = n + 1;
        int to = clause ? QuoteExtractor.complementEnd(tokens, from) : QuoteExtractor.actContentEnd(tokens, from);
        if (!hasFiniteVerbBefore(tokens, sourceFrom)) to = Math.min(to, mainVerbAfter(tokens, from + 2, to, infinitive));
        if (to - from < 3) continue;
        Speaker source = sourceOf(article, entities, tokens, sourceFrom, sourceTo);
        out.add(make(article, entities, tokens, from, to, stance, source, t.word(), n, n + 1));
      }
    }
  }

  /** The possessor as a source: a named entity, "his"/"her" as the last person named, else its words. */
  private static Speaker sourceOf(Annotated article, EntityIndex entities, List<Token> tokens, int from, int to) {
    int charFrom = tokens.get(from).start();
    int charTo = tokens.get(to - 1).end();
    for (int k = to - 1; k >= from; k--) {
      var e = entities.at(tokens.get(k).start(), tokens.get(k).end());
      if (e != null) return new Speaker(e, null, charFrom, charTo);
    }
    String words = article.text().substring(charFrom, charTo);
    if (Set.of("his", "her").contains(words.toLowerCase(Locale.ROOT))) {
      return new Speaker(entities.lastBefore(charFrom, "PERSON"), null, charFrom, charTo);
    }
    return new Speaker(null, words, charFrom, charTo);
  }

  private static boolean hasFiniteVerbBefore(List<Token> tokens, int k) {
    for (int i = 0; i < k; i++) {
      if (Words.FINITE_TAGS.contains(tokens.get(i).pos())) return true;
    }
    return false;
  }

  /**
   * In a clause inside the sentence's subject ("Trump's claim that there have been thousands of shootings in
   * Chicago is false"), the main verb: the first finite verb after the clause's own verb group and a word that
   * is no verb; an infinitive has no finite verb of its own ("his determination to act alone inflamed ...").
   * Else {@code to}.
   */
  private static int mainVerbAfter(List<Token> tokens, int from, int to, boolean infinitive) {
    boolean ownVerb = infinitive;
    boolean gap = infinitive;
    for (int i = from; i < to; i++) {
      String pos = tokens.get(i).pos();
      boolean finite = Words.FINITE_TAGS.contains(pos);
      if (finite && ownVerb && gap) {
        int end = i;
        while (end > from && (tokens.get(end - 1).pos().equals("RB") || tokens.get(end - 1).word().equals(","))) end--;
        return end;
      }
      if (finite) ownVerb = true;
      else if (ownVerb && !pos.startsWith("VB") && !pos.equals("RB")) gap = true;
    }
    return to;
  }

  private static final Set<String> FIRST_AND_SECOND_PERSON = Set.of("i", "we", "you");

  /**
   * A verb with a subject of its own or of the verb it hangs on: finite, a perfect, after a modal or "do"; a
   * gerund after "be" ("is seeking to") or as an adjunct (", hoping to"), not one that modifies a noun ("a tweet
   * mocking the fact", "remarks disparaging Machado").
   */
  private static boolean isPredicate(List<Token> tokens, int c) {
    String pos = tokens.get(c).pos();
    if (Set.of("VBD", "VBZ", "VBP").contains(pos)) return true;
    if (c == 0) return false;
    Token before = auxiliaryBefore(tokens, c);
    if (pos.equals("VBG")) {
      Token previous = tokens.get(c - 1);
      return before != null && before.lemma().equalsIgnoreCase("be") || previous.word().equals(",")
          || previous.pos().equals("IN");
    }
    if (pos.equals("VBN")) return before != null && before.lemma().equalsIgnoreCase("have");
    return pos.equals("VB") && before != null && (before.pos().equals("MD") || before.lemma().equalsIgnoreCase("do"));
  }

  /** The auxiliary before token {@code c}, past adverbs and negation ("did not want", "is also determined"); or null. */
  private static Token auxiliaryBefore(List<Token> tokens, int c) {
    int k = c - 1;
    while (k >= 0 && (tokens.get(k).pos().equals("RB") || Words.lower(tokens.get(k)).equals("n't"))) k--;
    return k >= 0 ? tokens.get(k) : null;
  }

  private static boolean isAuxiliary(Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return t.pos().equals("MD") || t.pos().equals("RB") || Words.lower(t).equals("n't")
        || t.pos().startsWith("VB") && Set.of("be", "have", "do").contains(lemma);
  }

  /** "..., according to Russian human rights NGO Gulagu.net." and "According to X, ...". */
  private static void accordingTo(Annotated article, List<Token> tokens, int i, EntityIndex entities, List<Claim> out) {
    int npEnd = i + 2;
    while (npEnd < tokens.size() && !BOUNDARIES.contains(tokens.get(npEnd).word()) && !tokens.get(npEnd).pos().equals(".")) {
      npEnd++;
    }
    if (npEnd <= i + 2) return;
    Speaker source = sourceIn(article, tokens, i + 2, npEnd, entities)
        .at(tokens.get(i + 2).start(), tokens.get(npEnd - 1).end());
    int from;
    int to;
    boolean atStart = i == 0 || i == 1 && tokens.get(0).pos().equals("CC");
    if (atStart && npEnd < tokens.size() && tokens.get(npEnd).word().equals(",")) {
      from = npEnd + 1;
      to = sentenceEnd(tokens);
    } else {
      from = leadingDiscourseEnd(tokens);
      to = i > 0 && tokens.get(i - 1).word().equals(",") ? i - 1 : i;
    }
    if (to <= from) return;
    out.add(make(article, entities, tokens, from, to, "reported", source, "according to", i, i + 2));
  }

  /** The source an "according to" phrase names: the last entity in it, else the phrase itself. */
  private static Speaker sourceIn(Annotated article, List<Token> tokens, int from, int to, EntityIndex entities) {
    for (int k = to - 1; k >= from; k--) {
      var e = entities.at(tokens.get(k).start(), tokens.get(k).end());
      if (e != null) return new Speaker(e, null);
    }
    return new Speaker(null, article.text().substring(tokens.get(from).start(), tokens.get(to - 1).end()));
  }

  /** "accused by Ukraine of ..." names the accuser after "by"; "Ukraine accused X of ..." before the verb. */
  private static Speaker accuser(Attribution attribution, List<Token> tokens, int i) {
    boolean passive = i > 0 && (isBe(tokens.get(i - 1)) || tokens.get(i - 1).pos().equals("VBN"));
    if (passive) {
      for (int k = i + 1; k < tokens.size() && k <= i + 3; k++) {
        if (Words.lower(tokens.get(k)).equals("by") && k + 1 < tokens.size()) {
          return attribution.speakerOf(tokens, k + 1 < tokens.size() ? lastOfPhrase(tokens, k + 1) + 1 : k + 1);
        }
      }
      return Speaker.NONE;
    }
    return attribution.speakerOf(tokens, i);
  }

  /** The last token of the noun phrase starting at {@code from}. */
  private static int lastOfPhrase(List<Token> tokens, int from) {
    int k = from;
    while (k + 1 < tokens.size() && (tokens.get(k + 1).pos().startsWith("NN") || tokens.get(k + 1).pos().equals("POS"))) {
      k++;
    }
    return k;
  }

  private static boolean isBe(Token t) {
    return t.lemma().equalsIgnoreCase("be");
  }

  /** A claim over the clause around token {@code i}: the stretch between its clause boundaries. */
  private static Claim claim(Annotated article, EntityIndex entities, List<Token> tokens, int i, String stance,
      Speaker source, String cue, int cueFrom, int cueTo) {
    int end = sentenceEnd(tokens);
    int from = i;
    while (from > 0 && !BOUNDARIES.contains(tokens.get(from - 1).word())) from--;
    int to = i + 1;
    while (to < end && !BOUNDARIES.contains(tokens.get(to).word())) to++;
    if (from == 0 && leadingDiscourseEnd(tokens) <= i) from = leadingDiscourseEnd(tokens);
    while (from < i && tokens.get(from).pos().equals("CC")) from++;
    if (to - from <= 1 && to < end) {
      // "Reportedly, his family said ...": a hedge set off by a comma hedges what follows it.
      from = to + 1;
      to = from;
      while (to < end && !BOUNDARIES.contains(tokens.get(to).word())) to++;
    }
    if (from >= to) return null;
    return make(article, entities, tokens, from, to, stance, source, cue, cueFrom, cueTo);
  }

  private static Claim make(Annotated article, EntityIndex entities, List<Token> tokens, int from, int to,
      String stance, Speaker source, String cue, int cueFrom, int cueTo) {
    Span span = entities.offsets().span(tokens.get(from).start(), tokens.get(to - 1).end());
    Span sourceSpan = source.hasMention() ? entities.offsets().span(source.from(), source.to()) : null;
    Span cueSpan = entities.offsets().span(tokens.get(cueFrom).start(), tokens.get(cueTo - 1).end());
    return new Claim(span.start(), span.end(), span.text(), source.id(), source.displayName(), cue, stance,
        sourceSpan, cueSpan);
  }

  /** Past a leading "However," or "But": the claim is what follows. */
  private static int leadingDiscourseEnd(List<Token> tokens) {
    if (tokens.size() > 2 && tokens.get(0).pos().equals("RB") && tokens.get(1).word().equals(",")) return 2;
    if (!tokens.isEmpty() && tokens.get(0).pos().equals("CC")) return 1;
    return 0;
  }

  private static int sentenceEnd(List<Token> tokens) {
    int end = tokens.size();
    while (end > 0 && (tokens.get(end - 1).pos().equals(".") || Attribution.isQuoteMark(tokens.get(end - 1)))) end--;
    return end;
  }

  /** One claim per span and cue: reported speech found twice (as speech and by its cue) is kept once. */
  private static List<Claim> dedupe(List<Claim> claims) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims) {
      boolean seen = out.stream().anyMatch(o -> o.start() == c.start() && o.end() == c.end()
          && java.util.Objects.equals(o.cue(), c.cue()));
      if (!seen) out.add(c);
    }
    return out;
  }
}
