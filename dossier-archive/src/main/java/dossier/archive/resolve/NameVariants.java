package dossier.archive.resolve;

import dossier.archive.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How two names of the same type can name the same thing: equal keys, spelling variants, article
 * and suffix variants ("the Wagner Group" / "Wagner"), acronyms (SDF / Syrian Democratic Forces),
 * and for people surname only, initials and middle names. Pure functions, no state.
 */
public final class NameVariants {
  private NameVariants() {}

  /** A way two names match, and how much it says (1 = same name). */
  public record Match(String method, double score) {}

  /**
   * A name with its key and tokens, computed once: the resolver compares each cached profile's
   * names with every article entity sharing its surname, and looking the key up each time was its top cost.
   */
  public record Form(String name, String key, List<String> tokens) {
    public static Form of(String name) {
      return new Form(name, Names.key(name), NameVariants.tokens(name));
    }
  }

  /** Common spelling variants, transliterations and abbreviations ("Mt Cook"), folded key -> preferred folded key (token level). */
  static final Map<String, String> SPELLINGS = Map.ofEntries(
      Map.entry("kiev", "kyiv"), Map.entry("kharkov", "kharkiv"), Map.entry("odessa", "odesa"),
      Map.entry("lvov", "lviv"), Map.entry("gadhafi", "gaddafi"), Map.entry("qaddafi", "gaddafi"),
      Map.entry("kadhafi", "gaddafi"), Map.entry("qadhafi", "gaddafi"), Map.entry("zelenskiy", "zelensky"),
      Map.entry("zelenskyy", "zelensky"), Map.entry("zelenskii", "zelensky"), Map.entry("prigozhine", "prigozhin"),
      Map.entry("mohammad", "muhammad"), Map.entry("mohammed", "muhammad"), Map.entry("mohamed", "muhammad"),
      Map.entry("muhammed", "muhammad"), Map.entry("osama", "usama"), Map.entry("tchaikovsky", "chaikovsky"),
      Map.entry("peking", "beijing"), Map.entry("bombay", "mumbai"), Map.entry("burma", "myanmar"),
      Map.entry("aleksandr", "alexander"), Map.entry("alexandr", "alexander"), Map.entry("sergey", "sergei"),
      Map.entry("dmitri", "dmitry"), Map.entry("dmitriy", "dmitry"), Map.entry("yevgeniy", "yevgeny"),
      Map.entry("evgeny", "yevgeny"), Map.entry("andrey", "andrei"), Map.entry("alexey", "alexei"),
      Map.entry("aleksei", "alexei"), Map.entry("hezbollah", "hizbollah"), Map.entry("hizballah", "hizbollah"),
      Map.entry("al", "al"), Map.entry("mt", "mount"),
      // British and American spellings of the heads of venue names: "Betty Ford Centre", "Kodak Theatre".
      Map.entry("centre", "center"), Map.entry("theatre", "theater"));

  /** Words an organization or place name may have or lack without naming something else. */
  static final Set<String> ORG_FILLERS = Set.of("the", "group", "inc", "incorporated", "corp", "corporation", "ltd",
      "limited", "co", "company", "plc", "llc", "ag", "sa", "gmbh", "organization", "organisation");

  /** Words skipped when forming an acronym. */
  static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le",
      "el", "al", "a", "an", "to", "&");

  /** The folded tokens of a name ({@link Names#key}) with spelling variants mapped. */
  public static List<String> tokens(String name) {
    String key = Names.key(name);
    List<String> known = TOKENS.get(key);
    if (known != null) return known;
    if (TOKENS.size() >= MAX_TOKENS) TOKENS.clear();
    List<String> out = new ArrayList<>();
    if (!key.isEmpty()) for (String t : key.split(" ")) out.add(SPELLINGS.getOrDefault(t, t));
    known = List.copyOf(out);
    TOKENS.put(key, known);
    return known;
  }

  /** Tokens by key, computed once (the resolver compares the same names over and over). */
  private static final Map<String, List<String>> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_TOKENS = 200_000;

  private static boolean isLetter(String token) {
    return token.length() == 1 && Character.isLetter(token.charAt(0));
  }

  /** Tokens without articles and corporate suffixes (for organizations, places and others; not people). */
  static List<String> core(List<String> tokens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (ORG_FILLERS.contains(t)) continue;
      // "U.S." is "US", "U.S. Geological Survey" the "US Geological Survey": letters written with full stops.
      if (isLetter(t) && i + 1 < tokens.size() && isLetter(tokens.get(i + 1))) {
        StringBuilder letters = new StringBuilder(t);
        while (i + 1 < tokens.size() && isLetter(tokens.get(i + 1))) letters.append(tokens.get(++i));
        out.add(letters.toString());
        continue;
      }
      out.add(t);
    }
    if (!out.isEmpty() && out.get(out.size() - 1).equals("s")) out.remove(out.size() - 1); // "Reuters'" -> "reuters s"
    return out.isEmpty() ? tokens : out;
  }

  /** "Syrian Democratic Forces" -> "sdf"; null when the name has fewer than two initials. */
  public static String initials(List<String> tokens) {
    StringBuilder b = new StringBuilder();
    for (String t : tokens) if (!ACRONYM_SKIP.contains(t) && !t.isEmpty()) b.append(t.charAt(0));
    return b.length() >= 2 ? b.toString() : null;
  }

  /** Whether a single-token name looks like an acronym in its written form ("SDF", "U.N."). */
  static boolean looksLikeAcronym(String name) {
    String letters = name.replaceAll("[^\\p{L}]", "");
    return letters.length() >= 2 && letters.length() <= 7 && letters.equals(letters.toUpperCase(Locale.ROOT))
        && tokens(name).size() <= 1 || name.matches("(\\p{Lu}\\.){2,}");
  }

  /** The best way the names {@code a} and {@code b} of the given type match, or null when they do not. */
  public static Match match(String a, String b, String type) {
    return match(Form.of(a), Form.of(b), type);
  }

  /** The same for names whose key and tokens are known. */
  public static Match match(Form a, Form b, String type) {
    String ka = a.key(), kb = b.key();
    if (ka.isEmpty() || kb.isEmpty()) return null;
    if (ka.equals(kb)) return new Match("name", 1.0);
    List<String> ta = a.tokens(), tb = b.tokens();
    if (ta.equals(tb)) return new Match("spelling", 0.95);
    boolean person = "PERSON".equals(type);
    if (!person) {
      List<String> ca = core(ta), cb = core(tb);
      if (singular(ca).equals(singular(cb))) return new Match("org-variant", 0.9); // equal, or but for plurals
      // "SeaMicro" / "Sea Micro", "FoxSports" / "Fox Sports": one word written as two.
      if ((ca.size() == 1 || cb.size() == 1) && String.join("", ca).equals(String.join("", cb))) {
        return new Match("org-variant", 0.9);
      }
      List<String> pa = placeForm(ca), pb = placeForm(cb);
      if ((pa != ca || pb != cb) && pa.equals(pb)) return new Match("place-variant", 0.9);
      Match facility = facility(ca, cb);
      if (facility != null) return facility;
      if ("LOCATION".equals(type) && (waterBase(ca).equals(cb) || waterBase(cb).equals(ca))) {
        return new Match("water-variant", 0.4);
      }
      Match dual = dualName(a.name(), cb);
      if (dual == null) dual = dualName(b.name(), ca);
      if (dual != null) return dual;
      Match acronym = acronym(a.name(), ca, cb);
      if (acronym == null) acronym = acronym(b.name(), cb, ca);
      if (acronym != null) return acronym;
      return "ORGANIZATION".equals(type) ? tail(ca, cb) : null;
    }
    return personMatch(ta, tb);
  }

  /**
   * The words with a plural "s" dropped: "Central Elections Commission" is the "Central Election
   * Commission" (not "ss", "us", "is": "Congress", "Reuters" is already cut by {@link #core}).
   */
  static List<String> singular(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      boolean plural = t.length() > 3 && t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us") && !t.endsWith("is");
      out.add(plural ? t.substring(0, t.length() - 1) : t);
    }
    return out;
  }

  /** Index keys under which {@link #singular} and {@link #placeForm} variants of a name's core tokens find each other. */
  static List<String> variantKeys(List<String> core) {
    List<String> out = new ArrayList<>(2);
    out.add("~" + String.join(" ", singular(core)));
    out.add("=" + String.join("", core));
    List<String> place = placeForm(core);
    if (place != core) out.add(String.join(" ", place));
    return out;
  }

  /** Heads of place names that stand before "of" or after the name: "the island of Qeshm", "Qeshm island". */
  static final Set<String> PLACE_HEADS = Set.of("island", "islands", "province", "state", "county", "region", "district",
      "city", "town", "village", "prefecture", "governorate", "territory", "peninsula", "valley");

  /**
   * A place name in the order "X head": "Iranian Island of Qeshm" and "the southern Iranian island of
   * Qeshm" -> "qeshm island", "Indonesian province of Aceh" -> "aceh province", "Sumatra's Aceh
   * province" -> "aceh province" (a possessive place before a name that ends in a head). The same list
   * when the name has neither form ("New York City" stays itself, so it is no "New York").
   */
  static List<String> placeForm(List<String> tokens) {
    int of = tokens.indexOf("of");
    if (of >= 1 && of + 1 < tokens.size() && PLACE_HEADS.contains(tokens.get(of - 1))) {
      List<String> out = new ArrayList<>(tokens.subList(of + 1, tokens.size()));
      out.add(tokens.get(of - 1));
      return out;
    }
    if (tokens.size() >= 4 && tokens.get(1).equals("s") && PLACE_HEADS.contains(tokens.get(tokens.size() - 1))) {
      return tokens.subList(2, tokens.size());
    }
    return tokens;
  }

  /** Words that say what kind of facility a name is, not which: "Betty Ford Center" is the "Betty Ford Clinic". */
  static final Set<String> FACILITY_WORDS = Set.of("center", "clinic", "treatment", "rehab", "rehabilitation", "facility");

  /** A name's core tokens without {@link #FACILITY_WORDS}; the same list when it has none, empty when it has nothing else. */
  static List<String> facilityBase(List<String> core) {
    List<String> out = new ArrayList<>(core.size());
    for (String t : core) if (!FACILITY_WORDS.contains(t)) out.add(t);
    return out.size() == core.size() ? core : out;
  }

  /**
   * Two names of one facility that differ only in the words saying what kind it is ("Betty Ford Center",
   * "Betty Ford Clinic", "Betty Ford Treatment Center"; "Cliffside" and "Cliffside Rehab Center"): 0.7
   * when what is left has two words or more; one word left ("Cliffside", "Lincoln") counts as much as a
   * description, so the two need two shared named co-mentions.
   */
  static Match facility(List<String> ca, List<String> cb) {
    List<String> ba = facilityBase(ca), bb = facilityBase(cb);
    if (ba == ca && bb == cb || ba.isEmpty() || !ba.equals(bb)) return null;
    return new Match("facility-variant", ba.size() >= 2 ? 0.7 : 0.4);
  }

  /** Heads of the names of seas: "the Mediterranean" is the "Mediterranean Sea". */
  static final Set<String> WATER_HEADS = Set.of("sea", "ocean");

  /**
   * The one word of a sea's name before its head ("Mediterranean Sea" -> "mediterranean"), else the
   * same list. Only one word: "South China Sea" is no "South China". It counts as much as a description
   * (two shared named co-mentions), since "the North" is no "North Sea".
   */
  static List<String> waterBase(List<String> core) {
    return core.size() == 2 && WATER_HEADS.contains(core.get(1)) ? core.subList(0, 1) : core;
  }

  /** A dash between spaces, or a slash: the mark between the two names of a dual name. */
  private static final Pattern DUAL_MARK = Pattern.compile("\\s+[-\u2013\u2014]\\s+|\\s*/\\s*");

  /**
   * The parts of a dual name that are names of two words or more ("Aoraki / Mount Cook", "Aoraki -
   * Mount Cook" -> "Mount Cook"): a place or body known by two names, either of which names it alone.
   * Empty for anything else; a part of one word stays no name of its own ("Guinea - Bissau" is no
   * "Guinea", "Rolls - Royce" no "Royce").
   */
  static List<String> dualParts(String name) {
    // Most names have no mark at all: no regex for them (this runs for every non-person name indexed).
    if (name.indexOf('/') < 0 && name.indexOf('-') < 0 && name.indexOf('\u2013') < 0 && name.indexOf('\u2014') < 0) {
      return List.of();
    }
    String[] parts = DUAL_MARK.split(name);
    if (parts.length != 2) return List.of();
    List<String> out = new ArrayList<>(2);
    for (String part : parts) if (tokens(part).size() >= 2) out.add(part);
    return out;
  }

  /** "Mount Cook" is a name of "Aoraki - Mount Cook" ({@link #dualParts}); null when {@code otherCore} is no part of it. */
  private static Match dualName(String dual, List<String> otherCore) {
    for (String part : dualParts(dual)) {
      if (core(tokens(part)).equals(otherCore)) return new Match("dual-name", 0.9);
    }
    return null;
  }

  private static Match acronym(String shortName, List<String> shortTokens, List<String> longTokens) {
    if (shortTokens.size() != 1 && !shortName.matches("(\\p{Lu}\\.\\s?){2,}")) return null;
    if (longTokens.size() < 2) return null;
    String letters = String.join("", shortTokens);
    if (!looksLikeAcronym(shortName)) return null;
    String init = initials(longTokens);
    return init != null && init.equals(letters) ? new Match("acronym", 0.85) : null;
  }

  /** What a short name must add in context to join a longer one it ends ({@link #tail}). */
  public static final double TAIL_SCORE = 0.5;

  /**
   * An organization's short name ending its full one: "Chargers" / "San Diego Chargers", "76ers" /
   * "Philadelphia 76ers". Weaker than any other rule ({@link #TAIL_SCORE}: the articles must share a
   * named co-mention), since "United" ends several clubs' names; never after a linking word ("Bank of
   * America" is no "America") nor for places ("Korea" may be either Korea), which the type excludes.
   */
  static Match tail(List<String> a, List<String> b) {
    List<String> shorter = a.size() < b.size() ? a : b, longer = a.size() < b.size() ? b : a;
    if (shorter.isEmpty() || shorter.size() == longer.size()) return null;
    int cut = longer.size() - shorter.size();
    if (!longer.subList(cut, longer.size()).equals(shorter) || ACRONYM_SKIP.contains(longer.get(cut - 1))) return null;
    for (String t : shorter) if (ACRONYM_SKIP.contains(t)) return null;
    return new Match("org-tail", TAIL_SCORE);
  }

  /** The proper tails of an organization's core tokens that could be its short name ("San Diego Chargers" -> "diego chargers", "chargers"). */
  static List<String> tails(List<String> core) {
    List<String> out = new ArrayList<>();
    for (int cut = 1; cut < core.size(); cut++) {
      if (ACRONYM_SKIP.contains(core.get(cut - 1)) || ACRONYM_SKIP.contains(core.get(cut))) continue;
      out.add(String.join(" ", core.subList(cut, core.size())));
    }
    return out;
  }

  /** Generational suffixes after a surname: "Joseph Comeaux Jr", "Anthony LaCalamita III". */
  static final Set<String> GENERATIONS = Set.of("jr", "sr", "ii", "iii", "iv");

  /**
   * A person's tokens without a generational suffix ("Arcade Joseph Comeaux Jr" -> arcade joseph
   * comeaux), so that the surname is the surname ("Comeaux", not "Jr"); a two-word name ("Charles
   * III") keeps it.
   */
  static List<String> withoutGeneration(List<String> tokens) {
    int n = tokens.size();
    return n >= 3 && GENERATIONS.contains(tokens.get(n - 1)) ? tokens.subList(0, n - 1) : tokens;
  }

  /** A person's surname: the last token before any generational suffix. */
  public static String surname(List<String> tokens) {
    List<String> t = withoutGeneration(tokens);
    return t.get(t.size() - 1);
  }

  /** The generational suffix a person's name ends with, else null. */
  static String generation(List<String> tokens) {
    return withoutGeneration(tokens) == tokens ? null : tokens.get(tokens.size() - 1);
  }

  /**
   * Surname only, initials, middle names, short forms of a given name; other given names do not
   * match, nor two different generational suffixes (a father and his son, "Jr" and "Sr"); one name
   * without a suffix matches one with it ("Joseph Comeaux" is "Joseph Comeaux Jr").
   */
  static Match personMatch(List<String> ta, List<String> tb) {
    if (ta.isEmpty() || tb.isEmpty()) return null;
    String ga = generation(ta), gb = generation(tb);
    if (ga != null && gb != null && !ga.equals(gb)) return null;
    ta = withoutGeneration(ta);
    tb = withoutGeneration(tb);
    String lastA = ta.get(ta.size() - 1), lastB = tb.get(tb.size() - 1);
    if (!lastA.equals(lastB)) return null;
    if (ta.size() == 1 || tb.size() == 1) return new Match("surname", 0.7);
    String firstA = ta.get(0), firstB = tb.get(0);
    if (firstA.equals(firstB)) return new Match("full-name", 0.9);
    if ((firstA.length() == 1 && firstB.startsWith(firstA)) || (firstB.length() == 1 && firstA.startsWith(firstB))) {
      return new Match("initials", 0.8);
    }
    if (nickname(firstA, firstB) || nickname(firstB, firstA)) return new Match("nickname", 0.8);
    return null; // Andrei Medvedev vs Dmitry Medvedev
  }

  /**
   * English given names and their usual short forms ("Mo Cheeks" is Maurice Cheeks, "Bill Clinton"
   * William Clinton): folded short form -> the folded full names it stands for (spellings mapped as
   * {@link #tokens} maps them). A short form may stand for several names; context decides between them.
   */
  static final Map<String, Set<String>> NICKNAMES = Map.ofEntries(
      Map.entry("bill", Set.of("william")), Map.entry("billy", Set.of("william")), Map.entry("will", Set.of("william")),
      Map.entry("bob", Set.of("robert")), Map.entry("bobby", Set.of("robert")), Map.entry("rob", Set.of("robert")),
      Map.entry("dick", Set.of("richard")), Map.entry("rick", Set.of("richard")), Map.entry("rich", Set.of("richard")),
      Map.entry("jim", Set.of("james")), Map.entry("jimmy", Set.of("james")), Map.entry("mike", Set.of("michael")),
      Map.entry("tom", Set.of("thomas")), Map.entry("tommy", Set.of("thomas")), Map.entry("joe", Set.of("joseph")),
      Map.entry("dave", Set.of("david")), Map.entry("dan", Set.of("daniel")), Map.entry("danny", Set.of("daniel")),
      Map.entry("chris", Set.of("christopher", "christian", "christine", "christina")),
      Map.entry("matt", Set.of("matthew")), Map.entry("nick", Set.of("nicholas")), Map.entry("tony", Set.of("anthony")),
      Map.entry("steve", Set.of("steven", "stephen")), Map.entry("ed", Set.of("edward")), Map.entry("ted", Set.of("edward", "theodore")),
      Map.entry("alex", Set.of("alexander", "alexandra")), Map.entry("sam", Set.of("samuel", "samantha")),
      Map.entry("ben", Set.of("benjamin")), Map.entry("andy", Set.of("andrew")), Map.entry("pat", Set.of("patrick", "patricia")),
      Map.entry("kate", Set.of("katherine", "catherine", "kathryn")), Map.entry("kathy", Set.of("katherine", "kathleen", "kathryn")),
      Map.entry("katie", Set.of("katherine", "catherine", "kathryn", "kathleen")),
      Map.entry("liz", Set.of("elizabeth")), Map.entry("beth", Set.of("elizabeth")), Map.entry("jen", Set.of("jennifer")),
      Map.entry("sue", Set.of("susan")), Map.entry("maggie", Set.of("margaret")), Map.entry("peggy", Set.of("margaret")),
      Map.entry("larry", Set.of("lawrence")), Map.entry("jerry", Set.of("gerald", "jerome")), Map.entry("greg", Set.of("gregory")),
      Map.entry("jeff", Set.of("jeffrey")), Map.entry("ken", Set.of("kenneth")), Map.entry("ron", Set.of("ronald")),
      Map.entry("don", Set.of("donald")), Map.entry("doug", Set.of("douglas")), Map.entry("phil", Set.of("philip", "phillip")),
      Map.entry("fred", Set.of("frederick")), Map.entry("frank", Set.of("francis", "franklin")), Map.entry("hank", Set.of("henry")),
      Map.entry("harry", Set.of("harold", "henry")), Map.entry("jack", Set.of("john")), Map.entry("johnny", Set.of("john")),
      Map.entry("jon", Set.of("jonathan")), Map.entry("pete", Set.of("peter")), Map.entry("ray", Set.of("raymond")),
      Map.entry("vince", Set.of("vincent")), Map.entry("walt", Set.of("walter")), Map.entry("zach", Set.of("zachary")),
      Map.entry("mo", Set.of("maurice", "morris", "muhammad")));

  /** The short forms of a full given name ({@link #NICKNAMES} inverted). */
  static Set<String> shortForms(String full) {
    return SHORT_FORMS.getOrDefault(full, Set.of());
  }

  private static final Map<String, Set<String>> SHORT_FORMS = invert(NICKNAMES);

  private static Map<String, Set<String>> invert(Map<String, Set<String>> nicknames) {
    Map<String, Set<String>> out = new HashMap<>();
    nicknames.forEach((shortForm, fulls) -> {
      for (String full : fulls) out.computeIfAbsent(full, k -> new HashSet<>()).add(shortForm);
    });
    return out;
  }

  /** Whether the given name {@code short} is a usual short form of {@code full}. */
  static boolean nickname(String shortName, String full) {
    return NICKNAMES.getOrDefault(shortName, Set.of()).contains(full);
  }

  /** Whether two people's names (their {@link #tokens}) have the same surname but different given names (a homonym, not a variant). */
  static boolean differentGivenNames(List<String> ta, List<String> tb) {
    return ta.size() > 1 && tb.size() > 1 && surname(ta).equals(surname(tb)) && personMatch(ta, tb) == null;
  }

  /** Whether two people's names have one surname and different generational suffixes: a father and his son. */
  static boolean differentGenerations(List<String> ta, List<String> tb) {
    String ga = generation(ta), gb = generation(tb);
    return ga != null && gb != null && !ga.equals(gb) && surname(ta).equals(surname(tb));
  }

  static List<String> words(String text) {
    return Arrays.stream(Names.key(text).split(" ")).filter(w -> w.length() > 2).toList();
  }
}
