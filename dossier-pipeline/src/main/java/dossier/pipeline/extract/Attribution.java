package dossier.pipeline.extract;

import static dossier.pipeline.extract.Words.lower;

import dossier.model.Entity;
import dossier.pipeline.annotate.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds who a reporting verb ("said", "told", "according to") attributes speech to: a name, a
 * pronoun resolved to the last person named, or an unnamed source kept by its description.
 */
final class Attribution {

  /** Verbs that report speech or writing. */
  static final Set<String> CUE_LEMMAS = Set.of(
      "say", "tell", "add", "write", "state", "claim", "explain", "note", "ask", "reply", "insist", "warn",
      "announce", "declare", "argue", "acknowledge", "admit", "comment", "continue", "post", "tweet", "recall",
      "confirm", "deny", "suggest", "urge", "stress", "emphasize", "emphasise", "complain", "testify", "report",
      "respond", "allege", "assert", "maintain", "reiterate", "observe", "remark", "mention", "promise", "vow",
      "threaten", "concede", "predict", "conclude", "describe", "recount", "caution", "demand", "boast",
      "quip", "joke", "shout", "exclaim", "whisper", "wonder", "lament", "agree", "disclose", "reveal", "indicate",
      // Said loudly, sharply or in writing next to a quote: "“What curfew?” protesters chanted", "the letter reads".
      "yell", "chant", "scream", "scold", "retort", "counter", "plead", "read");

  /** Reporting verbs that take a that-clause of reported speech. */
  static final Set<String> INDIRECT_LEMMAS = Set.of(
      "say", "tell", "claim", "add", "insist", "warn", "announce", "argue", "explain", "acknowledge", "admit",
      "report", "state", "write", "note", "allege", "assert", "maintain", "confirm", "deny", "suggest",
      "predict", "concede", "reveal", "disclose", "indicate", "testify", "stress", "reiterate", "promise", "vow",
      // Attributed beliefs and findings are attributions too ("Smith believes the deal is dead", "polls show ...").
      "believe", "think", "hope", "expect", "fear", "know", "feel", "worry", "estimate", "find", "show", "learn",
      "contend", "recall", "agree", "guess", "suspect", "conclude", "understand");

  /**
   * Manners of saying that report speech with an explicit "that" ("emphasized that her proposals would
   * ...") or before their frame; with a noun phrase they are something else ("declared bankruptcy",
   * "Lamenting their luck, Mexicans say").
   */
  static final Set<String> THAT_CLAUSE_LEMMAS = Set.of(
      "emphasize", "emphasise", "caution", "complain", "joke", "declare", "observe", "remark", "reply", "respond",
      "boast", "lament", "speculate");

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
  private static final Set<String> SKIPPABLE = Set.of("also", "later", "then", "again", "previously", "once",
      "has", "have", "had", "was", "were", "is", "would", "will", "further", "repeatedly", "publicly",
      "recently", "earlier", "reportedly", "allegedly", "apparently");

  /**
   * A resolved speaker: the entity if known, and a name for people either way; {@code from..to} are
   * the char offsets of the words that name it at the cue ("he", "a senior official"), or -1.
   */
  record Speaker(Entity entity, String name, int from, int to) {
    static final Speaker NONE = new Speaker(null, null);

    Speaker(Entity entity, String name) {
      this(entity, name, -1, -1);
    }

    /** This speaker as named by the words at char offsets {@code [from, to)}. */
    Speaker at(int from, int to) {
      return new Speaker(entity, name, from, to);
    }

    boolean hasMention() {
      return from >= 0 && to > from;
    }

    String id() {
      return entity == null ? null : entity.id();
    }

    String displayName() {
      return entity != null ? entity.name() : name;
    }

    boolean known() {
      return entity != null || name != null;
    }
  }

  private final EntityIndex entities;
  private final String text;

  Attribution(EntityIndex entities, String text) {
    this.entities = entities;
    this.text = text;
  }

  static boolean isCue(Token t) {
    return (t.pos().startsWith("VB")) && CUE_LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  static boolean isQuoteMark(Token t) {
    return t.pos().equals("``") || t.pos().equals("''");
  }

  /**
   * The speaker of cue {@code c}: after it when inverted (", said Medvedev"), else its subject
   * before it, skipping adverbs, auxiliaries and a comma-bounded apposition ("Hill, a doctor, said").
   */
  Speaker speakerOf(List<Token> tokens, int c) {
    return speakerOf(tokens, c, true);
  }

  /**
   * The subject of a speech act whose content follows it ("X, a professor, described Trump's approach"):
   * never inverted, as the words after the verb are its content.
   */
  Speaker subjectOf(List<Token> tokens, int c) {
    return speakerOf(tokens, c, false);
  }

  private Speaker speakerOf(List<Token> tokens, int c, boolean mayInvert) {
    // ", saying ...", "to admit ...": a participle or infinitive has the subject of the verb it hangs on.
    int governing = governingVerb(tokens, c);
    if (governing >= 0) {
      Speaker main = speakerOf(tokens, governing);
      if (main.known() || main.hasMention()) return main;
    }
    // "..., said X" is inverted; "X, a mayor, told reporters" is not: after "tell" stands the addressee.
    boolean afterQuote = c > 0 && (isQuoteMark(tokens.get(c - 1))
        || tokens.get(c - 1).word().equals(",") && c > 1 && isQuoteMark(tokens.get(c - 2)));
    boolean afterComma = c > 0 && tokens.get(c - 1).word().equals(",") && !tokens.get(c).lemma().equalsIgnoreCase("tell");
    boolean inverted = mayInvert && (afterQuote || afterComma);
    if (inverted && c + 1 < tokens.size()) {
      Speaker after = speakerAt(tokens, c + 1, true);
      // "Hester, a senior associate, said parents still want ...": after an apposition's comma the
      // words after the cue are its clause, not its speaker, when a verb follows them.
      if (after.known() && (afterQuote || !verbFollows(tokens, after.to()))) return after;
    }
    int i = c - 1;
    while (i >= 0 && (SKIPPABLE.contains(lower(tokens.get(i))) || tokens.get(i).pos().equals("RB"))) i--;
    if (i > 0 && tokens.get(i).pos().equals("CC")) {
      // "China condemned the test and warned ...": a second predicate has the subject of the first.
      int first = firstPredicate(tokens, i);
      if (first >= 0) return speakerOf(tokens, first);
    }
    if (i >= 0 && tokens.get(i).word().equals(",")) {
      int j = i - 1;
      while (j >= 0 && !tokens.get(j).word().equals(",") && !isQuoteMark(tokens.get(j))) j--;
      if (j > 0 && tokens.get(j).word().equals(",") && i - j > 1) {
        // "The mayor, Andriy Sadovyi, told": a name set off by commas is the speaker the role describes.
        Entity named = entities.at(tokens.get(j + 1).start(), tokens.get(i - 1).end());
        if (named != null && named.type().equals("PERSON") && !tokens.get(j - 1).pos().startsWith("NNP")) {
          return new Speaker(named, null, tokens.get(j + 1).start(), tokens.get(i - 1).end());
        }
        i = j - 1;
      }
    }
    if (i < 0) return Speaker.NONE;
    int who = relativePronounBefore(tokens, i, c);
    if (who > 0) {
      // "An ex-commander with Wagner who is seeking asylum in Norway described ...": the clause's own
      // verb comes before the cue, so the cue's subject is the phrase the clause hangs on.
      Speaker antecedent = antecedentOf(tokens, who);
      if (antecedent.known() || antecedent.hasMention()) return antecedent;
    }
    return speakerAt(tokens, i, false);
  }

  /**
   * The "who" that opens a relative clause ending at token {@code i} right before cue {@code c}, when
   * that clause has a finite verb of its own before the cue; else -1. No comma, quote or colon between.
   */
  private static int relativePronounBefore(List<Token> tokens, int i, int c) {
    boolean finite = false;
    for (int k = i; k >= 0 && k > i - 15; k--) {
      Token t = tokens.get(k);
      if (t.word().equals(",") || t.word().equals(";") || t.word().equals(":") || isQuoteMark(t)) return -1;
      if (t.pos().equals("WP") && lower(t).equals("who")) return finite && k > 0 ? k : -1;
      finite |= Words.FINITE_TAGS.contains(t.pos());
    }
    return -1;
  }

  /** The person a "who" clause hangs on: the nearest person's name, or a noun before a preposition or "who". */
  private Speaker antecedentOf(List<Token> tokens, int who) {
    for (int k = who - 1; k >= 0 && k >= who - 12; k--) {
      Token t = tokens.get(k);
      if (t.word().equals(",") || isQuoteMark(t) || t.pos().startsWith("VB")) break;
      Entity named = entities.at(t.start(), t.end());
      if (named != null && named.type().equals("PERSON")) return speakerAt(tokens, k, false);
      boolean common = t.pos().equals("NN") || t.pos().equals("NNS");
      if (common && named == null && (k == who - 1 || tokens.get(k + 1).pos().equals("IN"))) {
        return speakerAt(tokens, k, false);
      }
    }
    return Speaker.NONE;
  }

  /** Heads of time phrases after a cue ("said this month"), which name no speaker. */
  private static final Set<String> TIME_HEADS = Set.of("month", "week", "year", "day", "morning", "afternoon",
      "evening", "night", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "weekend", "time");

  /** Whether the token heads a time phrase ("this month", "Tuesday"), which names no speaker. */
  static boolean isTimeHead(Token t) {
    return TIME_HEADS.contains(lower(t));
  }

  /** Whether a finite verb stands after char offset {@code charEnd} before the next comma or the sentence end. */
  private static boolean verbFollows(List<Token> tokens, int charEnd) {
    for (Token t : tokens) {
      if (t.start() < charEnd) continue;
      if (t.word().equals(",") || t.word().equals(";") || isQuoteMark(t)) return false;
      if (Words.FINITE_TAGS.contains(t.pos())) return true;
    }
    return false;
  }

  /**
   * For a cue that is an adjunct participle (", saying", "while adding") or an infinitive ("to admit"),
   * the finite verb before it, outside quotation marks, whose subject speaks; else -1.
   */
  static int governingVerb(List<Token> tokens, int c) {
    if (c < 1) return -1;
    Token cue = tokens.get(c);
    String before = lower(tokens.get(c - 1));
    // "called on Dean to apologize for accusing him", "never tire of telling": a gerund after a preposition too.
    boolean afterPreposition = cue.pos().equals("VBG") && tokens.get(c - 1).pos().equals("IN");
    boolean participle = cue.pos().equals("VBG") && Set.of(",", "while", "by", "after", "before", "even", "also")
        .contains(before) || afterPreposition;
    boolean infinitive = cue.pos().equals("VB") && before.equals("to");
    if (!participle && !infinitive) return -1;
    int limit = c - 1;
    for (int i = limit - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (isQuoteMark(t)) return -1;
      // "called on Dean to apologize for accusing him": after an object and "to", the object acts.
      if (afterPreposition && t.pos().equals("TO") && i > 0 && (tokens.get(i - 1).pos().startsWith("NN")
          || tokens.get(i - 1).pos().equals("PRP"))) {
        return -1;
      }
      if (Words.FINITE_TAGS.contains(t.pos())) return i;
    }
    return -1;
  }

  /**
   * The finite verb of the predicate that a conjunction at {@code cc} follows: the nearest finite verb
   * before it in the same clause (no comma, quote or subordinator between), else -1.
   */
  private static int firstPredicate(List<Token> tokens, int cc) {
    for (int k = cc - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      if (isQuoteMark(t) || t.word().equals(";") || t.word().equals(":") || t.pos().equals("WDT")
          || t.pos().equals("WP") || t.pos().equals("IN") && Set.of("that", "because", "if", "when", "while")
              .contains(lower(t))) {
        return -1;
      }
      if (Words.FINITE_TAGS.contains(t.pos())) return k;
    }
    return -1;
  }

  /** The speaker the noun phrase starting at token {@code i} names ("according to [the poll]"). */
  Speaker namedBy(List<Token> tokens, int i) {
    return speakerAt(tokens, i, true);
  }

  /** The speaker a noun phrase starting ({@code forward}) or ending at token {@code i} names. */
  private Speaker speakerAt(List<Token> tokens, int i, boolean forward) {
    if (!forward && isCloseParen(tokens.get(i))) {
      // "Rep. Jim Jordan (R-Ohio) said": the party and state in brackets follow the name that speaks.
      int open = i - 1;
      while (open >= 0 && !isOpenParen(tokens.get(open))) open--;
      if (open <= 0 || i - open > 6) return Speaker.NONE;
      i = open - 1;
    }
    Token t = tokens.get(i);
    String word = lower(t);
    if (PERSON_PRONOUNS.contains(word)) {
      Entity person = entities.lastBefore(t.start(), "PERSON");
      return new Speaker(person, null, t.start(), t.end());
    }
    if (word.equals("who") && !forward && i > 1 && tokens.get(i - 1).word().equals(",")) {
      // "said Mr. Kamin, who emphasized that ...": the relative pronoun names the speaker before its comma.
      Speaker antecedent = speakerAt(tokens, i - 2, false);
      return new Speaker(antecedent.entity(), antecedent.name(), t.start(), t.end());
    }
    // "they said", "it says": no one to resolve to here, but these are the words that name the source.
    if (t.pos().equals("PRP")) return new Speaker(null, null, t.start(), t.end());
    if (t.pos().startsWith("PRP")) return Speaker.NONE;
    int from = i;
    int to = i + 1;
    if (forward) {
      while (to < tokens.size() && isPhraseToken(tokens.get(to))) to++;
    } else {
      while (from > 0 && isPhraseToken(tokens.get(from - 1))) from--;
      while (from < to && tokens.get(from).pos().equals("IN")) from++;
    }
    if (from >= to || forward && tokens.get(from).pos().equals("IN")) return Speaker.NONE;
    // The phrase's head decides: "a spokesman for the SDF" is the spokesman, not the SDF.
    int head = headOf(tokens, from, to);
    Entity named = entities.at(tokens.get(head).start(), tokens.get(head).end());
    int charFrom = tokens.get(from).start();
    int charTo = tokens.get(to - 1).end();
    if (named != null) return new Speaker(named, null, charFrom, charTo);
    Token headToken = tokens.get(head);
    if (!headToken.pos().startsWith("NN") || TIME_HEADS.contains(lower(headToken))) return Speaker.NONE;
    return new Speaker(null, text.substring(charFrom, charTo), charFrom, charTo);
  }

  private static int headOf(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).pos().equals("IN") && k > from) {
        int before = lastNoun(tokens, from, k);
        // "Many of his supporters", "eight of 10 voters": a quantifier's head is the noun after "of".
        return tokens.get(before).pos().startsWith("NN") || !Words.is(tokens.get(k), "of") ? before
            : lastNoun(tokens, k + 1, to);
      }
    }
    return lastNoun(tokens, from, to);
  }

  private static int lastNoun(List<Token> tokens, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      if (tokens.get(k).pos().startsWith("NN")) return k;
    }
    return to - 1;
  }

  private static boolean isPhraseToken(Token t) {
    String pos = t.pos();
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("POS") || pos.equals("CD")
        || pos.equals("HYPH") || pos.equals("PRP$")
        || pos.equals("IN") && Set.of("of", "for", "within", "at", "from", "in", "close").contains(lower(t));
  }

  private static boolean isCloseParen(Token t) {
    return t.word().equals(")") || t.word().equals("-RRB-");
  }

  private static boolean isOpenParen(Token t) {
    return t.word().equals("(") || t.word().equals("-LRB-");
  }
}
