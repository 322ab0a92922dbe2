package dossier.pipeline.extract;

import dossier.pipeline.annotate.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Closed word lists the extractors share; each says what kind of evidence its words give. */
final class Words {
  private Words() {}

  /** The token's word in lower case, for lookups in the lists. */
  static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  /** Whether the token (if any) is {@code word}, in any case. */
  static boolean is(Token t, String word) {
    return t != null && t.word().equalsIgnoreCase(word);
  }

  /** A headline in title case: every word of four letters or more is capitalized. */
  static boolean titleCase(List<Token> tokens) {
    int words = 0;
    for (Token t : tokens) {
      if (t.word().length() < 4 || !Character.isLetter(t.word().codePointAt(0))) continue;
      if (!Character.isUpperCase(t.word().codePointAt(0))) return false;
      words++;
    }
    return words >= 2;
  }

  /**
   * The sentence's tokens on the line of token {@code i}: a headline without a full stop runs into the
   * next line's sentence ("... Rehires Attorney\nAfter she abruptly left ..."), but stands on its own line.
   */
  static List<Token> lineOf(List<Token> tokens, int i, String text) {
    int at = tokens.get(i).start();
    int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    int lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length();
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) if (t.start() >= lineStart && t.end() <= lineEnd) out.add(t);
    return out;
  }

  /** Part-of-speech tags of a finite verb or a modal: a verb with a clause, and a subject, of its own. */
  static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

  /** Nouns that name a kind of organization: "group Wagner", "NGO Gulagu.net", "the mercenary group". */
  static final Set<String> ORGANIZATION_HEADS = Set.of(
      "group", "force", "forces", "company", "firm", "ngo", "organization", "organisation", "agency",
      "party", "militia", "army", "ministry", "department", "movement", "union", "association",
      "network", "outlet", "newspaper", "broadcaster", "channel", "website", "site", "charity",
      "foundation", "institute", "council", "committee", "bank", "corporation", "club", "team",
      "coalition", "alliance", "faction", "brigade", "battalion", "regiment", "unit", "service",
      "operator", "carrier", "airline", "startup", "conglomerate", "publisher", "watchdog", "court");

  /** Tokens that end an organization's name, so "Wagner" is short for "Wagner Group". */
  static final Set<String> ORGANIZATION_SUFFIXES = Set.of(
      "group", "inc", "inc.", "corp", "corp.", "corporation", "company", "co", "co.", "ltd", "ltd.",
      "llc", "plc", "party", "pmc", "organization", "organisation", "foundation", "movement",
      "agency", "force", "forces", "army", "network", "association", "union", "institute");

  /** Members or parts of an organization: "Wagner fighters" says Wagner is an organization. */
  static final Set<String> MEMBER_NOUNS = Set.of(
      "fighters", "fighter", "soldiers", "mercenaries", "mercenary", "militants", "troops",
      "commander", "commanders", "members", "recruits", "units", "spokesman", "spokeswoman",
      "spokesperson", "employees", "staff", "officials", "executives", "headquarters", "boss",
      "chief", "founder", "leadership", "cemeteries");

  /** Roles held in an organization: "head of X", "member of X". */
  static final Set<String> ROLE_OF_NOUNS = Set.of(
      "head", "leader", "member", "members", "chief", "founder", "boss", "commander", "director",
      "chairman", "chairwoman", "president", "ceo", "owner", "spokesman", "spokeswoman",
      "spokesperson", "fighters", "ranks", "part", "employee", "employees", "officials");

  /** Words after "The X" that make it a newspaper, not the place X: "The Moscow Times". */
  static final Set<String> MEDIA_SUFFIXES = Set.of(
      "times", "post", "herald", "journal", "tribune", "gazette", "telegraph", "guardian", "chronicle",
      "news", "daily", "observer", "independent", "mirror", "express", "standard", "star", "sun",
      "monitor", "review", "insider", "record", "courier", "inquirer", "examiner", "dispatch",
      "bulletin", "today", "weekly", "register", "globe", "mail", "reporter");

  /** Heads of descriptors that give an organization's subtype. */
  static String organizationSubtype(String head, Set<String> words) {
    if (words.stream().anyMatch(ARMED_MODIFIERS::contains) && Set.of("group", "force", "forces", "organization",
        "organisation", "movement", "network").contains(head)) {
      return "ARMED_GROUP";
    }
    if (words.contains("news") && head.equals("agency") || words.contains("media")) return "MEDIA";
    return switch (head) {
      case "ngo", "charity", "watchdog", "foundation" -> "NGO";
      case "newspaper", "outlet", "broadcaster", "channel", "website", "publisher" -> "MEDIA";
      case "militia", "army", "brigade", "battalion", "regiment", "unit", "force", "forces", "faction" ->
          "ARMED_GROUP";
      case "party" -> "POLITICAL_PARTY";
      case "company", "firm", "corporation", "bank", "airline", "startup", "conglomerate", "carrier",
          "operator" -> "COMPANY";
      case "ministry", "department", "council", "court" -> "GOVERNMENT";
      default -> null;
    };
  }

  /** Words that make a group an armed one: "mercenary group", "rebel force". */
  static final Set<String> ARMED_MODIFIERS = Set.of(
      "mercenary", "militant", "rebel", "armed", "paramilitary", "terrorist", "jihadist", "insurgent", "military");

  /** Titles before a name that mark a person: "Mr", "President". */
  static final Set<String> PERSON_TITLES = Set.of(
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "president", "minister",
      "senator", "sen.", "rep.", "governor", "gov.", "general", "gen.", "colonel", "col.", "lieutenant",
      "captain", "sergeant", "judge", "prince", "princess", "king", "queen", "pope", "bishop",
      "mayor", "chancellor", "premier", "professor", "prof.", "ambassador", "secretary", "commissioner",
      "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "leader", "coach");

  static final Set<String> DETERMINERS = Set.of("a", "an", "the");

  /** Where words are said: "in a statement", "in an interview" belongs to the frame, not to what was said. */
  static final Set<String> SPEECH_MEDIA = Set.of(
      "statement", "interview", "letter", "tweet", "speech", "email", "e-mail", "post", "op-ed", "memo", "video",
      "radio", "televised", "phone", "telephone", "news", "press", "conference", "briefing", "hearing", "filing");
}
