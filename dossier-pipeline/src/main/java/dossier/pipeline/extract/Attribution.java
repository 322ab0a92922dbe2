package dossier.pipeline.extract;

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
      "quip", "joke", "shout", "exclaim", "whisper", "wonder", "lament", "agree", "disclose", "reveal", "indicate");

  /** Reporting verbs that take a that-clause of reported speech. */
  static final Set<String> INDIRECT_LEMMAS = Set.of(
      "say", "tell", "claim", "add", "insist", "warn", "announce", "argue", "explain", "acknowledge", "admit",
      "report", "state", "write", "note", "allege", "assert", "maintain", "confirm", "deny", "suggest",
      "predict", "concede", "reveal", "disclose", "indicate", "testify", "stress", "reiterate", "promise", "vow",
      // Attributed beliefs and findings are attributions too ("Smith believes the deal is dead", "polls show ...").
      "believe", "think", "hope", "expect", "fear", "know", "feel", "worry", "estimate", "find", "show", "learn",
      "contend", "recall", "agree", "guess", "suspect", "conclude", "understand");

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
  private static final Set<String> SKIPPABLE = Set.of("also", "later", "then", "again", "previously", "once",
      "has", "have", "had", "was", "were", "is", "would", "will", "further", "repeatedly", "publicly",
      "recently", "earlier", "reportedly", "allegedly", "apparently");

  /** A resolved speaker: the entity if known, and a name for people either way. */
  record Speaker(Entity entity, String name) {
    static final Speaker NONE = new Speaker(null, null);

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
    // "..., said X" is inverted; "X, a mayor, told reporters" is not: after "tell" stands the addressee.
    boolean afterQuote = c > 0 && (isQuoteMark(tokens.get(c - 1))
        || tokens.get(c - 1).word().equals(",") && c > 1 && isQuoteMark(tokens.get(c - 2)));
    boolean afterComma = c > 0 && tokens.get(c - 1).word().equals(",") && !tokens.get(c).lemma().equalsIgnoreCase("tell");
    boolean inverted = afterQuote || afterComma;
    if (inverted && c + 1 < tokens.size()) {
      Speaker after = speakerAt(tokens, c + 1, true);
      if (after.known()) return after;
    }
    int i = c - 1;
    while (i >= 0 && (SKIPPABLE.contains(lower(tokens.get(i))) || tokens.get(i).pos().equals("RB"))) i--;
    if (i >= 0 && tokens.get(i).word().equals(",")) {
      int j = i - 1;
      while (j >= 0 && !tokens.get(j).word().equals(",") && !isQuoteMark(tokens.get(j))) j--;
      if (j > 0 && tokens.get(j).word().equals(",") && i - j > 1) {
        // "The mayor, Andriy Sadovyi, told": a name set off by commas is the speaker the role describes.
        Entity named = entities.at(tokens.get(j + 1).start(), tokens.get(i - 1).end());
        if (named != null && named.type().equals("PERSON") && !tokens.get(j - 1).pos().startsWith("NNP")) {
          return new Speaker(named, null);
        }
        i = j - 1;
      }
    }
    return i < 0 ? Speaker.NONE : speakerAt(tokens, i, false);
  }

  /** The speaker a noun phrase starting ({@code forward}) or ending at token {@code i} names. */
  private Speaker speakerAt(List<Token> tokens, int i, boolean forward) {
    Token t = tokens.get(i);
    String word = lower(t);
    if (PERSON_PRONOUNS.contains(word)) {
      Entity person = entities.lastBefore(t.start(), "PERSON");
      return new Speaker(person, null);
    }
    if (t.pos().startsWith("PRP")) return Speaker.NONE;
    int from = i;
    int to = i + 1;
    if (forward) {
      while (to < tokens.size() && isPhraseToken(tokens.get(to))) to++;
    } else {
      while (from > 0 && isPhraseToken(tokens.get(from - 1))) from--;
      while (from < to && tokens.get(from).pos().equals("IN")) from++;
    }
    if (from >= to) return Speaker.NONE;
    // The phrase's head decides: "a spokesman for the SDF" is the spokesman, not the SDF.
    int head = headOf(tokens, from, to);
    Entity named = entities.at(tokens.get(head).start(), tokens.get(head).end());
    if (named != null) return new Speaker(named, null);
    Token headToken = tokens.get(head);
    if (!headToken.pos().startsWith("NN")) return Speaker.NONE;
    String phrase = text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    return new Speaker(null, phrase);
  }

  private static int headOf(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).pos().equals("IN") && k > from) return lastNoun(tokens, from, k);
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

  static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
