package dossier.pipeline.extract;

import static dossier.pipeline.extract.Words.is;
import static dossier.pipeline.extract.Words.lineOf;
import static dossier.pipeline.extract.Words.lower;
import static dossier.pipeline.extract.Words.titleCase;

import dossier.model.CodePoints;
import dossier.model.Entity;
import dossier.model.Span;
import dossier.pipeline.annotate.Annotated;
import dossier.pipeline.annotate.NamedMention;
import dossier.pipeline.annotate.Sentence;
import dossier.pipeline.annotate.Token;
import dossier.pipeline.annotate.Zone;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the people, organizations, places and other named things of an article: one entity per
 * real-world thing, with all its mentions, its type corrected by the context the names stand in,
 * and the descriptors and attributes the text gives it.
 */
public final class EntityExtractor {

  private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  private static final List<String> TYPE_ORDER = List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  /** A capitalized domain used as a name ("Gulagu.net"); lowercase ones are handles or links. */
  private static final Pattern DOMAIN_NAME = Pattern.compile("[A-Z][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*\\.[a-z]{2,6}");
  /** Any domain, when a category noun introduces it as a name: "the outlet iStories.media". */
  private static final Pattern DOMAIN_AFTER_CATEGORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*\\.[a-z]{2,6}");
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  private static final int STRONG = 4;
  /** Prepositions that continue a descriptor after its noun: "head of X", "spokesman for X", "ex-commander with X". */
  private static final Set<String> PHRASE_PREPOSITIONS = Set.of("of", "for", "at", "with");
  private static final int MAX_DESCRIPTOR_TOKENS = 16;

  private final Gazetteer gazetteer;

  public EntityExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The entities of an annotated article, in order of first mention, with ids e1, e2, .... */
  public List<Entity> extract(Annotated article) {
    return new Run(article.text()).extract(article);
  }

  /** The state of one extraction, so that one extractor serves many threads. */
  private final class Run {
    private final String currentText;
    private final Map<Mention, List<String>> nameTokenCache = new HashMap<>();
    /** PRODUCT or WORK for the names {@link ProductNames} found, and for their repeats. */
    private final Map<Mention, String> subtypes = new java.util.IdentityHashMap<>();
    /** Quoted nicknames inside persons' names ("the Chin" of "Vincent 'The Chin' Gigante"), by their name tokens. */
    private final Map<String, Mention> nicknames = new HashMap<>();

    Run(String text) {
      this.currentText = text;
    }

  List<Entity> extract(Annotated article) {
    List<Mention> names = findNames(article);
    List<Cluster> clusters = cluster(names);
    for (Cluster c : clusters) {
      for (Mention m : c.mentions) describe(article, m, c);
    }
    describeRoles(article, clusters);
    describeLives(article, clusters);
    addLedeMention(article, clusters);
    addNominalMentions(article, clusters);
    return toEntities(article, clusters);
  }

  // ---- names ----------------------------------------------------------------------------------

  /** A stretch of tokens that names (or, if nominal, describes) an entity. */
  private record Mention(int sentence, int first, int end, int start, int stop, String tag, Map<String, Integer> votes,
      boolean nominal) {
    int tokens() {
      return end - first;
    }
  }

  private List<Mention> findNames(Annotated a) {
    List<Mention> found = new ArrayList<>();
    Set<String> personNames = new HashSet<>();
    for (NamedMention n : a.names()) if (n.tag().equals("PERSON")) personNames.add(n.text());
    Set<String> teamNames = new HashSet<>();
    Map<String, String> namesByText = new HashMap<>();
    Map<String, Integer> nameCounts = new HashMap<>();
    for (NamedMention n : a.names()) {
      if (!NAME_TAGS.contains(n.tag())) continue;
      namesByText.putIfAbsent(n.text(), n.tag());
      nameCounts.merge(n.text(), 1, Integer::sum);
    }
    BodyWords body = bodyWords(a);
    for (NamedMention n : byLine(a, namesByText)) {
      if (!NAME_TAGS.contains(n.tag())) continue;
      Sentence s = a.sentences().get(n.sentence());
      if (!Character.isUpperCase(n.text().codePointAt(0)) && !Character.isDigit(n.text().codePointAt(0))) continue;
      if (isPronoun(s, n) || isHyphenatedAdjective(s, n)) continue;
      if (isCategoryWordBeforeName(s, n) || isOfficeTitle(s, n)) continue;
      int first = n.tag().equals("PERSON") ? personNameStart(s, n, personNames) : n.firstToken();
      int end = n.endToken();
      String tag = n.tag();
      Map<String, Integer> votes = new HashMap<>();
      // "The Moscow Times": a place name inside a newspaper's name.
      int mediaEnd = end;
      while (mediaEnd < s.tokens().size() && isCapitalized(s.tokens().get(mediaEnd))
          && Words.MEDIA_SUFFIXES.contains(lower(s.tokens().get(mediaEnd)))) {
        mediaEnd++;
      }
      boolean mediaName = mediaEnd > end || Words.MEDIA_SUFFIXES.contains(lower(s.tokens().get(end - 1)));
      if (mediaName && first > 0 && s.tokens().get(first - 1).word().equals("The")) {
        first--;
        end = mediaEnd;
        tag = "ORGANIZATION";
        votes.merge("ORGANIZATION", STRONG, Integer::sum);
      }
      if (tag.equals("PERSON") && isMountain(s, first)) {
        // "Mt Cook": the tagger takes the mountain for a person named Cook.
        first--;
        tag = "LOCATION";
        votes.merge("LOCATION", STRONG, Integer::sum);
      } else if (tag.equals("PERSON") && GEOGRAPHIC_HEADS.contains(s.tokens().get(end - 1).word()) && end - first > 1) {
        // "Mueller Glacier", "Tasman Glacier": a geographic head ends a place's name, not a person's.
        tag = "LOCATION";
        votes.merge("LOCATION", STRONG, Integer::sum);
      }
      if (tag.equals("LOCATION") && isTeamName(s, end)) {
        // "the Philadelphia 76ers": the tagger takes the city and leaves the team's plural name out.
        teamNames.add(s.tokens().get(end).word());
        end++;
        tag = "ORGANIZATION";
        votes.merge("ORGANIZATION", STRONG, Integer::sum);
      }
      int[] headline = nameCounts.getOrDefault(n.text(), 1) > 1 ? null : headlineSentence(s, first, end, n.text(), namesByText, a.text());
      if (headline != null) {
        // "Lindsay Lohan Checks Into Betty Ford Clinic": a headline the tagger took for one name.
        String lead = words(s.tokens(), first, headline[0]);
        found.add(mention(s, first, headline[0], namesByText.get(lead), new HashMap<>()));
        if (headline[1] >= 0) {
          String rest = words(s.tokens(), headline[1], end);
          found.add(mention(s, headline[1], end, namesByText.getOrDefault(rest, tag), new HashMap<>()));
        }
        continue;
      }
      if (nameCounts.getOrDefault(n.text(), 1) == 1 && titleCase(lineOf(s.tokens(), first, a.text()))) {
        int[] name = nameInHeadline(s.tokens(), first, end, namesByText, body);
        if (name == null) continue;
        if (name[0] != first || name[1] != end) {
          first = name[0];
          end = name[1];
          tag = namesByText.get(words(s.tokens(), first, end));
          votes = new HashMap<>();
        }
      }
      found.add(mention(s, first, end, tag, votes));
    }
    // "the 76ers" after "the Philadelphia 76ers": the team's plural name alone, which the tagger leaves out too.
    for (Sentence s : a.sentences()) {
      if (s.zone() == Zone.CREDIT) continue;
      for (Token t : s.tokens()) {
        if (teamNames.contains(t.word()) && t.ner().equals("O")
            && found.stream().noneMatch(m -> m.start < t.end() && t.start() < m.stop)) {
          found.add(mention(s, t.index(), t.index() + 1, "ORGANIZATION", new HashMap<>(Map.of("ORGANIZATION", STRONG))));
        }
      }
    }
    for (Sentence s : a.sentences()) {
      if (s.zone() == Zone.CREDIT) continue;
      for (Token t : s.tokens()) {
        boolean named = DOMAIN_NAME.matcher(t.word()).matches()
            || DOMAIN_AFTER_CATEGORY.matcher(t.word()).matches() && t.index() > 0
                && Words.ORGANIZATION_HEADS.contains(lower(s.tokens().get(t.index() - 1)));
        if (named && found.stream().noneMatch(m -> m.start < t.end() && t.start() < m.stop)) {
          found.add(mention(s, t.index(), t.index() + 1, "ORGANIZATION", new HashMap<>(Map.of("ORGANIZATION", 1))));
        }
      }
    }
    addQuotedNicknames(a, found);
    addShapedNames(a, found);
    addRepeatedNames(a, found);
    found.sort(Comparator.comparingInt(Mention::start));
    for (Mention m : found) addContextVotes(a, m);
    return found;
  }

  /** "Vincent 'The Chin' Gigante", "Joaquin \"El Chapo\" Guzman": a given name, a quoted nickname, a surname. */
  private static final Pattern QUOTED_NICKNAME = Pattern.compile("(\\p{Lu}[\\p{L}.-]+(?: \\p{Lu}[\\p{L}.-]*)?) ?['\"‘“`]{1,2} ?"
      + "((?:[Tt]he |El |La |Il )?\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?) ?['\"’”]{1,2} (\\p{Lu}[\\p{L}'-]+)");

  /**
   * A person's name with a quoted nickname inside ("Vincent 'The Chin' Gigante"), which the tagger cuts
   * into pieces ("Vincent", "Chin", "Chin' Gigante"): one person mention over the whole name, when the
   * tagger calls a word before and a word after the quote a person. The nickname alone ("the Chin") then joins
   * it ({@link #cluster}).
   */
  private void addQuotedNicknames(Annotated a, List<Mention> found) {
    java.util.regex.Matcher m = QUOTED_NICKNAME.matcher(a.text());
    for (int from = 0; from < a.text().length() && m.find(from); from = m.end()) {
      Sentence s = null;
      int first = -1, end = -1;
      for (Sentence candidate : a.sentences()) {
        if (candidate.zone() == Zone.CREDIT || candidate.tokens().isEmpty()) continue;
        List<Token> tokens = candidate.tokens();
        if (tokens.get(0).start() > m.start() || tokens.get(tokens.size() - 1).end() < m.end()) continue;
        s = candidate;
        for (Token t : tokens) {
          if (first < 0 && t.end() > m.start()) first = t.index();
          if (t.start() < m.end()) end = t.index() + 1;
        }
      }
      if (s == null || first < 0) continue;
      // The tagger's person on both sides: "Jennifer Lawrence 'Catching Fire' Interview" is no name.
      boolean before = false, after = false;
      for (Token t : s.tokens().subList(first, end)) {
        before |= t.end() <= m.end(1) && t.ner().equals("PERSON");
        after |= t.start() >= m.start(3) && t.ner().equals("PERSON");
      }
      boolean person = before && after;
      int start = s.tokens().get(first).start(), stop = s.tokens().get(end - 1).end();
      List<Mention> inside = found.stream().filter(x -> x.start < stop && start < x.stop).toList();
      if (!person || inside.stream().anyMatch(x -> x.start < start || x.stop > stop)) continue;
      found.removeAll(inside);
      Mention name = mention(s, first, end, "PERSON", new HashMap<>(Map.of("PERSON", STRONG)));
      found.add(name);
      nicknames.putIfAbsent(String.join(" ", nameTokensOf(m.group(2))), name);
    }
  }

  /**
   * Products, companies and works the tagger missed or cut ({@link ProductNames}): each replaces the
   * tagger's names inside it ("MacBook Pro" was a company), unless one of them reaches beyond it.
   */
  private void addShapedNames(Annotated a, List<Mention> found) {
    for (Sentence s : a.sentences()) {
      if (s.zone() == Zone.CREDIT) continue;
      for (ProductNames.Found f : ProductNames.find(s)) {
        int start = s.tokens().get(f.first()).start(), stop = s.tokens().get(f.end() - 1).end();
        List<Mention> inside = found.stream().filter(m -> m.start < stop && start < m.stop).toList();
        if (inside.stream().anyMatch(m -> m.start < start || m.stop > stop)) continue;
        if (f.subtype() == null && inside.stream().anyMatch(m -> m.start == start && m.stop == stop)) continue;
        found.removeAll(inside);
        Mention m = mention(s, f.first(), f.end(), f.type(), new HashMap<>(Map.of(f.type(), STRONG)));
        found.add(m);
        if (f.subtype() != null) subtypes.put(m, f.subtype());
      }
    }
  }

  /**
   * A name the tagger tagged once and left untagged elsewhere in the article ("Catching Fire", "Doctor
   * Who" after "the show Doctor Who"), a person's surname alone ("Luck" after "Andrew Luck"), a
   * product's model code alone ("the Q10" after "BlackBerry Q10") and the
   * acronym of a company's or product's name ("IE" after "Internet Explorer"): the
   * same words, untagged, make another mention. A single word must be capitalized as a name ("Young
   * players" opening a sentence is no Neil Young).
   */
  private void addRepeatedNames(Annotated a, List<Mention> found) {
    Map<List<String>, Mention> byWords = new LinkedHashMap<>();
    for (Mention m : List.copyOf(found)) {
      List<Token> tokens = a.sentences().get(m.sentence).tokens().subList(m.first, m.end);
      List<String> words = tokens.stream().map(Token::word).toList();
      if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) words = words.subList(1, words.size());
      byWords.putIfAbsent(words, m);
      List<String> tail = words.subList(words.size() - 1, words.size());
      boolean modelCode = "PRODUCT".equals(subtypes.get(m)) && ProductNames.isModelCode(tail.get(0));
      if (words.size() > 1 && (m.tag.equals("PERSON") || modelCode)) byWords.putIfAbsent(tail, m);
      String acronym = acronymOf(words);
      if (acronym != null && (m.tag.equals("ORGANIZATION") || m.tag.equals("MISC"))) byWords.putIfAbsent(List.of(acronym), m);
    }
    List<Map.Entry<List<String>, Mention>> longestFirst = new ArrayList<>(byWords.entrySet());
    longestFirst.sort(Comparator.comparingInt(e -> -e.getKey().size()));
    for (Sentence s : a.sentences()) {
      if (s.zone() == Zone.CREDIT) continue;
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        for (var name : longestFirst) {
          List<String> words = name.getKey();
          int end = i + words.size();
          if (end > tokens.size() || !isUntaggedRepeat(tokens, i, end, words)) continue;
          int start = tokens.get(i).start(), stop = tokens.get(end - 1).end();
          if (found.stream().anyMatch(m -> m.start < stop && start < m.stop)) continue;
          Mention source = name.getValue();
          Mention m = mention(s, i, end, source.tag, new HashMap<>());
          found.add(m);
          if (subtypes.containsKey(source)) subtypes.put(m, subtypes.get(source));
          i = end - 1;
          break;
        }
      }
    }
  }

  /** "IE" for "Internet Explorer": the {@link #initials} of a name of capitalized words, else null. */
  private static String acronymOf(List<String> words) {
    boolean capitalized = words.stream().filter(w -> !INITIALS_SKIP.contains(w))
        .allMatch(w -> Character.isUpperCase(w.codePointAt(0)) && Character.isLetter(w.codePointAt(0)));
    String initials = initials(words);
    return capitalized && initials.length() >= 2 ? initials : null;
  }

  /**
   * Whether a capitalized word is so as a name: inside a sentence that is no title-case headline, or
   * opening one before its verb ("Luck had struggled"; not "Young players").
   */
  private static boolean isCapitalizedAsName(List<Token> tokens, int i) {
    if (titleCase(tokens)) return false;
    boolean opens = i == 0 || Set.of("``", "\"", "(", ":", "--", "'").contains(tokens.get(i - 1).word());
    return !opens || i + 1 < tokens.size() && tokens.get(i + 1).isVerb();
  }

  /** Whether tokens {@code [i, end)} spell {@code words}, untagged, capitalized, and not inside a longer name. */
  private static boolean isUntaggedRepeat(List<Token> tokens, int i, int end, List<String> words) {
    for (int k = i; k < end; k++) {
      if (!tokens.get(k).word().equals(words.get(k - i)) || !tokens.get(k).ner().equals("O")) return false;
    }
    Token first = tokens.get(i);
    if (!Character.isUpperCase(first.word().codePointAt(0)) && !ProductNames.isModelCode(first.word())) return false;
    if (words.size() == 1 && !isCapitalizedAsName(tokens, i)) return false;
    boolean nameBefore = i > 0 && tokens.get(i - 1).pos().startsWith("NNP");
    boolean nameAfter = end < tokens.size() && tokens.get(end).pos().startsWith("NNP");
    return !nameBefore && !nameAfter;
  }

  /**
   * Where a person's name begins, past words the tagger took in with it: a capitalized sentence
   * opener ("Under O'Brien, the Sixers ..."; a preposition, determiner or conjunction) and a
   * title-case headline's word before a name the article gives without it ("Sixers Hire Maurice
   * Cheeks as Head Coach" ... "Maurice Cheeks"). Not "Will Smith": only closed-class words go by
   * their tag alone.
   */
  private static int personNameStart(Sentence s, NamedMention n, Set<String> personNames) {
    List<Token> tokens = s.tokens();
    int first = n.firstToken();
    while (first < n.endToken() - 1 && Set.of("IN", "DT", "CC", "TO", "WRB").contains(tokens.get(first).pos())) first++;
    if (n.endToken() - first >= 3 && titleCase(tokens)) {
      StringBuilder rest = new StringBuilder();
      for (int k = first + 1; k < n.endToken(); k++) rest.append(k > first + 1 ? " " : "").append(tokens.get(k).word());
      if (personNames.contains(rest.toString())) first++;
    }
    return first;
  }

  /** Words after a headline's verb before the name of its object or place: "Checks Into Betty Ford Clinic". */
  private static final Set<String> HEADLINE_LINKS = Set.of("into", "for", "at", "to", "in", "on", "with", "from", "after",
      "over", "against", "by", "as");

  /**
   * A title-case headline that the tagger took for one name ("Lindsay Lohan Checks Into Betty Ford
   * Clinic", "Microsoft Launches Emergency Patch for Internet Explorer", "Lohan Checks"; its line in
   * title case): the name
   * tokens {@code [first, end)} begin with a whole name the article's tagger gives elsewhere, followed
   * by a verb ("Checks", "Launches", "Hires"). Returns {end of that name, first token of the name after
   * the verb (or after its preposition) or -1}: the name after it counts when it is a name the article
   * gives elsewhere, or follows the preposition with two words or more ("Betty Ford Clinic"; not
   * "Court"). Null when the mention is no such headline: not title case, no known name first, no verb
   * after it, or a verb that is a word of another known name ("the Eagles"); the caller also keeps a
   * name the article gives twice whole.
   */
  private static int[] headlineSentence(Sentence s, int first, int end, String text, Map<String, String> namesByText,
      String articleText) {
    List<Token> tokens = s.tokens();
    if (end - first < 2 || !titleCase(lineOf(tokens, first, articleText))) return null;
    int known = -1;
    StringBuilder b = new StringBuilder();
    for (int k = first; k < end - 1; k++) {
      b.append(k > first ? " " : "").append(tokens.get(k).word());
      String lead = b.toString();
      if (!lead.equals(text) && namesByText.containsKey(lead)) known = k + 1;
    }
    if (known < 0 || !isHeadlineVerb(tokens.get(known))) return null;
    // "Philadelphia Eagles Fire Andy Reid" after "the Eagles": a word of another known name is no verb
    // (not of the tagger's name over two lines this one was cut from).
    String verb = tokens.get(known).word();
    for (String name : namesByText.keySet()) {
      if (!name.contains(text) && List.of(name.split(" ")).contains(verb)) return null;
    }
    int tail = known + 1 < end ? known + 1 : -1;
    boolean linked = false;
    for (int k = known + 1; k < end - 1; k++) {
      if (HEADLINE_LINKS.contains(lower(tokens.get(k)))) {
        tail = k + 1;
        linked = true;
        break;
      }
    }
    if (tail >= 0) {
      String rest = words(tokens, tail, end);
      if (!namesByText.containsKey(rest) && (!linked || end - tail < 2)) tail = -1;
    }
    return new int[] {known, tail};
  }

  /**
   * The tagger's names, each cut at its line breaks: a headline without a full stop runs into the next
   * line ("Driver Charged\nUpdated", "PM\nChargers"), a name does not. Of a name over two lines, a part
   * of one word the article gives nowhere else as a name ("Updated", "PM") is left out.
   */
  private static List<NamedMention> byLine(Annotated a, Map<String, String> namesByText) {
    List<NamedMention> out = new ArrayList<>();
    for (NamedMention n : a.names()) {
      List<Token> tokens = a.sentences().get(n.sentence()).tokens();
      List<NamedMention> parts = new ArrayList<>();
      int from = n.firstToken();
      for (int k = from + 1; k <= n.endToken(); k++) {
        int newline = k < n.endToken() ? a.text().indexOf('\n', tokens.get(k - 1).end()) : -1;
        if (k < n.endToken() && (newline < 0 || newline > tokens.get(k).start())) continue;
        String text = a.text().substring(tokens.get(from).start(), tokens.get(k - 1).end());
        if (k - from >= 2 || namesByText.containsKey(text)) {
          parts.add(new NamedMention(n.sentence(), from, k, tokens.get(from).start(), tokens.get(k - 1).end(), text, n.tag()));
        }
        from = k;
      }
      boolean whole = parts.isEmpty() || parts.size() == 1 && parts.get(0).firstToken() == n.firstToken()
          && parts.get(0).endToken() == n.endToken();
      out.addAll(whole ? List.of(n) : parts);
    }
    return out;
  }

  /**
   * A name in a title-case headline the tagger ran into the headline's other words ("Queens Woman
   * Killed", "Esther Williams Dead", "Hire Maurice Cheeks", "Driver Charged"): the longest name the
   * article gives elsewhere that remains when {@link #isHeadlineWord headline words} are cut from either
   * end, as {first, end}; null when only such words remain (no name at all); the tokens unchanged when
   * no known name remains ("Mount Cook" stays whole though the text says "to mount a rescue").
   */
  private static int[] nameInHeadline(List<Token> tokens, int first, int end, Map<String, String> namesByText,
      BodyWords body) {
    int[] best = null;
    for (int from = first; from < end; from++) {
      if (from > first && !isHeadlineWord(tokens.get(from - 1), body)) break;
      for (int to = end; to > from; to--) {
        if (to < end && !isHeadlineWord(tokens.get(to), body)) break;
        if ((from > first || to < end) && namesByText.containsKey(words(tokens, from, to))
            && (best == null || to - from > best[1] - best[0])) {
          best = new int[] {from, to};
        }
      }
    }
    if (best != null) return best;
    boolean allHeadlineWords = true;
    for (int k = first; k < end; k++) allHeadlineWords &= isHeadlineWord(tokens.get(k), body);
    return allHeadlineWords ? null : new int[] {first, end};
  }

  /**
   * A headline's word that is no word of a name: a sign ("&"), a word the article writes in lower case
   * ("Woman": "a woman", "Nominates": "nominated"), or a verb or adverb ("Killed", "Allegedly") the
   * article never capitalizes inside a sentence ("Fred" of "Fred LaRue" would look like "Killed").
   */
  private static boolean isHeadlineWord(Token t, BodyWords body) {
    String w = lower(t);
    if (!Character.isLetterOrDigit(w.codePointAt(0))) return true;
    if (HYPHENATED.matcher(w).matches()) {
      // "Hit-And-Run": each part a headline word.
      for (String part : w.split("-")) {
        if (!isHeadlineWord(new Token(t.index(), part, part, t.pos(), t.ner(), t.start(), t.end()), body)) return false;
      }
      return true;
    }
    for (String ending : ENDINGS) {
      if (w.endsWith(ending) && (ending.isEmpty() || w.length() - ending.length() >= 3)
          && body.lowerCase().contains(w.substring(0, w.length() - ending.length()))) {
        return true;
      }
    }
    boolean verbal = t.isVerb() || t.pos().startsWith("RB") || PAST_FORM.matcher(t.word()).matches();
    return verbal && !body.capitalized().contains(t.word());
  }

  private static final Pattern PAST_FORM = Pattern.compile("\\p{Lu}\\p{Ll}+ed");
  private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(-\\p{L}+)+");
  /** Endings cut to find a headline word's lower-case form in the body ("Nominates": "nominate"). */
  private static final List<String> ENDINGS = List.of("", "s", "es", "d", "ed", "ing");

  /**
   * The words (and lemmas) an article writes in lower case, and those it capitalizes inside a sentence,
   * outside title-case lines and lines with a web address (whose words are the headline's:
   * "woman-killed-in-queens").
   */
  private record BodyWords(Set<String> lowerCase, Set<String> capitalized) {}

  private static BodyWords bodyWords(Annotated a) {
    Set<String> lowerCase = new HashSet<>(), capitalized = new HashSet<>();
    String text = a.text();
    int lineStart = 0, lineEnd = -1;
    boolean inBody = false;
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        if (t.start() > lineEnd && lineEnd < text.length()) {
          lineStart = text.lastIndexOf('\n', Math.max(0, t.start() - 1)) + 1;
          lineEnd = text.indexOf('\n', t.start());
          if (lineEnd < 0) lineEnd = text.length();
          String line = text.substring(lineStart, lineEnd);
          inBody = !line.contains("http") && !line.contains("www") && !titleCase(lineOf(s.tokens(), t.index(), text));
        }
        if (!inBody) continue;
        if (Character.isLowerCase(t.word().codePointAt(0))) {
          lowerCase.add(t.word().toLowerCase(Locale.ROOT));
          lowerCase.add(t.lemma().toLowerCase(Locale.ROOT));
        } else if (t.index() > 0 && t.start() > lineStart) {
          capitalized.add(t.word());
        }
      }
    }
    return new BodyWords(lowerCase, capitalized);
  }

  /** The words of {@code tokens[from, to)}, joined by spaces as the tagger's name texts are. */
  private static String words(List<Token> tokens, int from, int to) {
    return String.join(" ", tokens.subList(from, to).stream().map(Token::word).toList());
  }

  private static final Pattern VERB_FORM = Pattern.compile("\\p{Lu}\\p{Ll}+(s|ed)"), NOT_VERB_S = Pattern.compile(".*(ss|us|is)");

  /** A headline's verb, which the tagger often tags as a proper noun in title case: "Checks", "Launches", "Hired". */
  private static boolean isHeadlineVerb(Token t) {
    return t.isVerb() || VERB_FORM.matcher(t.word()).matches() && !NOT_VERB_S.matcher(t.word()).matches();
  }

  /**
   * "Surgeon General", "U.S. Surgeon General": an office's title the tagger takes for an organization
   * is no name; {@link Coreference} makes the office an unnamed participant. "Office of the Surgeon
   * General" is a name (the title does not start it), and a person's name keeps its title.
   */
  private boolean isOfficeTitle(Sentence s, NamedMention n) {
    if (n.tag().equals("PERSON")) return false;
    List<Token> tokens = s.tokens();
    int first = n.firstToken();
    // A country before the title: "U.S. Surgeon General", "US Surgeon General".
    while (first < n.endToken() - 1 && (gazetteer.is(tokens.get(first).word(), "COUNTRY")
        || tokens.get(first).word().replace(".", "").equals("US"))) {
      first++;
    }
    return Coreference.officeEnd(tokens, first) == n.endToken();
  }

  /**
   * Capitalized heads that end a place's name and no common surname ("Lake", "Bay", "Hill", "Park" and
   * "Ridge" are surnames too: Ricki Lake, Michael Bay, Tom Ridge).
   */
  private static final Set<String> GEOGRAPHIC_HEADS = Set.of("Glacier", "River", "Mountain", "Mountains", "Peak",
      "Island", "Islands", "Valley", "Creek", "Canyon", "Gulf", "Ocean", "Desert", "Strait", "Peninsula", "Volcano");

  /** Whether a person's name starting at {@code first} follows "Mt" or "Mount": a mountain ("Mt Cook", "Mount Cook"). */
  private static boolean isMountain(Sentence s, int first) {
    if (first == 0) return false;
    String w = s.tokens().get(first - 1).word();
    return (w.equals("Mt") || w.equals("Mt.") || w.equals("Mount")) && s.tokens().get(first - 1).ner().equals("O");
  }

  /**
   * Whether the token at {@code i}, right after a place name, is a team's plural name the tagger left
   * untagged ("Philadelphia 76ers", "San Francisco 49ers"): a plural proper noun or a number-led plural,
   * not in a title-case headline, whose verbs ("Russia Says") the tagger may take for plural nouns.
   */
  private static boolean isTeamName(Sentence s, int i) {
    if (i >= s.tokens().size()) return false;
    Token t = s.tokens().get(i);
    if (!t.ner().equals("O") || !t.word().endsWith("s") || t.word().length() < 3) return false;
    boolean numbered = Character.isDigit(t.word().codePointAt(0)) && t.word().matches("\\d+[a-z]+");
    boolean plural = t.pos().equals("NNPS") && Character.isUpperCase(t.word().codePointAt(0));
    return (numbered || plural) && !titleCase(s.tokens());
  }

  /** "She" at the start of a sentence is capitalized, but no name. */
  private static boolean isPronoun(Sentence s, NamedMention n) {
    return s.tokens().subList(n.firstToken(), n.endToken()).stream().allMatch(t -> t.pos().startsWith("PRP"));
  }

  /** "Kremlin-linked", "Iran-backed": an adjective built on a name describes something else. */
  private static boolean isHyphenatedAdjective(Sentence s, NamedMention n) {
    Token last = s.tokens().get(n.endToken() - 1);
    return n.tag().equals("MISC") && (last.pos().startsWith("JJ") || last.pos().equals("VBN")) && n.text().contains("-");
  }

  /** "NGO" in "NGO Gulagu.net" is the kind of thing the name names, not a name itself. */
  private static boolean isCategoryWordBeforeName(Sentence s, NamedMention n) {
    if (n.endToken() - n.firstToken() != 1 || n.endToken() >= s.tokens().size()) return false;
    Token next = s.tokens().get(n.endToken());
    return Words.ORGANIZATION_HEADS.contains(n.text().toLowerCase(Locale.ROOT))
        && (isCapitalized(next) || DOMAIN_NAME.matcher(next.word()).matches());
  }

  private static Mention mention(Sentence s, int first, int end, String tag, Map<String, Integer> votes) {
    votes.merge(tag, 1, Integer::sum);
    return new Mention(s.index(), first, end, s.tokens().get(first).start(), s.tokens().get(end - 1).end(), tag,
        votes, false);
  }

  /** Evidence from the words around a name: "group Wagner", "Wagner, which", "head of Wagner", "Wagner fighters". */
  private void addContextVotes(Annotated a, Mention m) {
    List<Token> tokens = a.sentences().get(m.sentence).tokens();
    Token before = m.first > 0 ? tokens.get(m.first - 1) : null;
    Token after = m.end < tokens.size() ? tokens.get(m.end) : null;
    Token afterNext = m.end + 1 < tokens.size() ? tokens.get(m.end + 1) : null;
    Token afterThird = m.end + 2 < tokens.size() ? tokens.get(m.end + 2) : null;
    boolean place = m.tag.equals("LOCATION");
    String name = a.text().substring(m.start, m.stop);
    gazetteer.classOf(name).ifPresent(c -> {
      if (c.equals("MEDIA") || c.equals("NGO")) m.votes.merge("ORGANIZATION", 2 * STRONG, Integer::sum);
    });
    if (before != null && before.pos().startsWith("NN") && !isCapitalized(before)
        && Words.ORGANIZATION_HEADS.contains(lower(before))) {
      m.votes.merge("ORGANIZATION", STRONG, Integer::sum);
    }
    if (!place && after != null && (is(after, "which") || is(after, ",") && afterNext != null && is(afterNext, "which"))) {
      m.votes.merge("ORGANIZATION", STRONG, Integer::sum);
    }
    if (!place && m.first >= 2 && is(before, "of") && Words.ROLE_OF_NOUNS.contains(lower(tokens.get(m.first - 2)))) {
      m.votes.merge("ORGANIZATION", STRONG, Integer::sum);
    }
    boolean nationality = m.tag.equals("MISC") || gazetteer.is(name, "NATIONALITY");
    if (!place && !nationality && after != null && after.pos().startsWith("NN") && Words.MEMBER_NOUNS.contains(lower(after))) {
      m.votes.merge("ORGANIZATION", STRONG, Integer::sum);
    }
    if (after != null && is(after, ",") && afterNext != null && age(afterNext) != null && afterThird != null
        && (is(afterThird, ",") || is(afterThird, "."))) {
      m.votes.merge("PERSON", STRONG, Integer::sum);
    }
    if (before != null && Words.PERSON_TITLES.contains(lower(before)) && m.tag.equals("PERSON")) {
      m.votes.merge("PERSON", 2, Integer::sum);
    }
  }

  // ---- one entity per thing ------------------------------------------------------------------

  /** The mentions of one entity and what the text says of it. */
  private static final class Cluster {
    final List<Mention> mentions = new ArrayList<>();
    final Map<String, Integer> votes = new HashMap<>();
    final LinkedHashSet<String> descriptors = new LinkedHashSet<>();
    final Set<String> descriptorHeads = new LinkedHashSet<>();
    final Set<String> descriptorWords = new LinkedHashSet<>();
    final Map<String, String> attributes = new LinkedHashMap<>();
    final Map<String, int[]> evidence = new HashMap<>();
    boolean knownPlace;

    /** Records an attribute and the char range of the text that states it; the first statement wins. */
    void attribute(String key, String value, int start, int end) {
      if (attributes.putIfAbsent(key, value) == null) evidence.put(key, new int[] {start, end});
    }
    String subtype;

    void add(Mention m) {
      mentions.add(m);
      m.votes.forEach((k, v) -> votes.merge(k, v, Integer::sum));
    }

    void addAll(Cluster other) {
      other.mentions.forEach(this::add);
    }

    String type() {
      return TYPE_ORDER.stream()
          .max(Comparator.<String>comparingInt(t -> votes.getOrDefault(t, 0))
              .thenComparing(t -> -TYPE_ORDER.indexOf(t)))
          .orElseThrow();
    }

    int firstStart() {
      return mentions.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
    }
  }

  private List<Cluster> cluster(List<Mention> names) {
    // Same name, same thing.
    Map<String, Cluster> byKey = new LinkedHashMap<>();
    Map<Cluster, List<String>> tokensOf = new HashMap<>();
    for (Mention m : names) {
      List<String> key = nameTokens(m);
      Cluster c = byKey.computeIfAbsent(String.join(" ", key), k -> new Cluster());
      c.add(m);
      if (subtypes.containsKey(m)) c.subtype = subtypes.get(m);
      c.knownPlace |= gazetteer.classOf(textOf(m)).filter(Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY")::contains)
          .isPresent();
      tokensOf.putIfAbsent(c, key);
    }
    // A short name joins the longer name it abbreviates: "Medvedev" -> "Andrei Medvedev", "Wagner" -> "Wagner Group".
    // "the Chin" after "Vincent 'The Chin' Gigante": a quoted nickname alone is the person.
    for (var nickname : nicknames.entrySet()) {
      Cluster alone = byKey.get(nickname.getKey());
      Cluster full = byKey.get(String.join(" ", nameTokens(nickname.getValue())));
      if (alone != null && full != null && alone != full) {
        full.addAll(alone);
        byKey.remove(nickname.getKey());
      }
    }
    List<Cluster> result = new ArrayList<>(byKey.values());
    List<Cluster> shortestFirst = new ArrayList<>(result);
    shortestFirst.sort(Comparator.comparingInt(c -> tokensOf.get(c).size()));
    for (Cluster shortName : shortestFirst) {
      List<Cluster> longer = new ArrayList<>();
      for (Cluster longName : result) {
        if (longName != shortName && isShortFor(tokensOf.get(shortName), shortName, tokensOf.get(longName), longName)) {
          longer.add(longName);
        }
      }
      if (longer.isEmpty()) continue;
      result.remove(shortName);
      if (longer.size() == 1 && longer.get(0).type().equals("PERSON") && !shortName.type().equals("PERSON")) {
        // The person's surname the tagger called a company: its mentions, not the tagger's votes, join.
        longer.get(0).mentions.addAll(shortName.mentions);
      } else if (longer.size() == 1) {
        longer.get(0).addAll(shortName);
      } else {
        // Homonyms: each short mention goes to the nearest full name before it (else after it).
        for (Mention m : shortName.mentions) nearest(longer, m.start).add(m);
      }
    }
    return result;
  }

  private static Cluster nearest(List<Cluster> candidates, int position) {
    Cluster best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Cluster c : candidates) {
      for (Mention m : c.mentions) {
        int distance = m.start <= position ? position - m.start : Integer.MAX_VALUE / 2 + (m.start - position);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = c;
        }
      }
    }
    return best;
  }

  private static boolean isShortFor(List<String> shortName, Cluster shortCluster, List<String> longName, Cluster longCluster) {
    if (shortName.size() >= longName.size() || shortName.isEmpty()) return false;
    String shortType = shortCluster.type();
    String longType = longCluster.type();
    if (shortType.equals("PERSON") && longType.equals("LOCATION")) return false;
    if (shortType.equals("LOCATION") && longType.equals("PERSON")) {
      // "Paweł, we are with you" after "Paweł Adamowicz": a first name the tagger took for a place,
      // unless it is a place the gazetteer knows ("Jordan" stays a country).
      return shortName.size() == 1 && longName.get(0).equals(shortName.get(0)) && !shortCluster.knownPlace;
    }
    if (longType.equals("PERSON") && shortType.equals("PERSON")) {
      // "Comeaux" and "Joseph Comeaux" after "Arcade Joseph Comeaux Jr": the surname comes before the suffix.
      int n = longName.size();
      if (n >= 3 && GENERATIONS.contains(longName.get(n - 1)) && shortName.size() <= n - 1
          && longName.subList(n - 1 - shortName.size(), n - 1).equals(shortName)) {
        return true;
      }
      return longName.subList(longName.size() - shortName.size(), longName.size()).equals(shortName)
          || shortName.size() == 1 && longName.get(0).equals(shortName.get(0));
    }
    if (longType.equals("PERSON") && shortName.size() == 1 && longName.get(longName.size() - 1).equals(shortName.get(0))) {
      // "UNC legend Phil Ford ... Ford said": the tagger calls the surname alone a company, the article
      // names the person (a place stays one, above: "Washington" is no Denzel Washington).
      return true;
    }
    if (longType.equals("ORGANIZATION") || longType.equals("MISC")) {
      if (longName.subList(0, shortName.size()).equals(shortName)
          && longName.subList(shortName.size(), longName.size()).stream().allMatch(Words.ORGANIZATION_SUFFIXES::contains)) {
        return true;
      }
      if (shortName.size() == 1 && shortName.get(0).length() >= 2 && shortName.get(0).equals(initials(longName))) return true;
      // "the Academy" after "the Academy of Motion Picture Arts and Sciences": the name's head before its "of".
      if (shortType.equals(longType) && longName.get(shortName.size()).equals("of")
          && longName.subList(0, shortName.size()).equals(shortName)) {
        return true;
      }
      // "the Chargers" after "the San Diego Chargers": an organization's short name ends its full one
      // (not after a linking word: "Bank of America" is no "America").
      // Likewise a product's model code ("the Q10" after "BlackBerry Q10").
      int cut = longName.size() - shortName.size();
      boolean sameKind = shortType.equals("ORGANIZATION") && longType.equals("ORGANIZATION")
          || shortType.equals("MISC") && longType.equals("MISC") && shortName.size() == 1
              && ProductNames.isModelCode(shortName.get(0).toUpperCase(Locale.ROOT));
      return sameKind && longName.subList(cut, longName.size()).equals(shortName)
          && !Set.of("of", "the", "and", "for", "de", "du", "des", "la", "le", "el", "al", "&").contains(longName.get(cut - 1));
    }
    return false;
  }

  /** Generational suffixes after a surname ("Jr", "Jr.", "III"), as name tokens. */
  private static final Set<String> GENERATIONS = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

  /** Small words an acronym skips: "Bank of America" is BOA. */
  private static final Set<String> INITIALS_SKIP = Set.of("of", "the", "and", "for");

  private static String initials(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (!INITIALS_SKIP.contains(w)) b.appendCodePoint(w.codePointAt(0));
    }
    return b.toString();
  }

  /** The words of a name, lower-cased, without accents, a leading "the" or a trailing "'s". */
  private List<String> nameTokensOf(String name) {
    String folded = DIACRITICS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT).replace('’', '\'');
    List<String> out = new ArrayList<>(List.of(folded.trim().split("\\s+")));
    if (out.size() > 1 && out.get(0).equals("the")) out.remove(0);
    // "Mayor Adamowicz" is Adamowicz: a leading title is not part of the name.
    while (out.size() > 1 && Words.PERSON_TITLES.contains(out.get(0))) out.remove(0);
    return out;
  }

  private List<String> nameTokens(Mention m) {
    return nameTokenCache.computeIfAbsent(m, k -> nameTokensOf(textOf(k)));
  }

  private String textOf(Mention m) {
    return currentText.substring(m.start, m.stop);
  }

  // ---- descriptors and attributes --------------------------------------------------------------

  private void describe(Annotated a, Mention m, Cluster c) {
    Sentence s = a.sentences().get(m.sentence);
    if (s.zone() == Zone.CREDIT) return;
    List<Token> tokens = s.tokens();
    describeBefore(tokens, m, c);
    describeAfter(tokens, m, c);
  }

  /** "Russian President Vladimir Putin", "mercenary group Wagner", "the city of Bakhmut", "Tomsk region". */
  private void describeBefore(List<Token> tokens, Mention m, Cluster c) {
    int i = m.first - 1;
    if (i >= 1 && is(tokens.get(i), "of")) {
      String placeNoun = lower(tokens.get(i - 1));
      String subtype = placeSubtype(placeNoun);
      if (subtype != null) {
        c.subtype = subtype;
        addDescriptor(c, tokens, modifiersBefore(tokens, i - 1), i);
        return;
      }
    }
    if (m.end < tokens.size()) {
      String subtype = placeSubtype(lower(tokens.get(m.end)));
      if (subtype != null && !subtype.equals("COUNTRY") && c.subtype == null) c.subtype = subtype;
    }
    // "what crimes Wagner soldiers": a name that modifies a noun heads no phrase, so nothing before it describes it.
    boolean modifiesNoun = m.end < tokens.size() && tokens.get(m.end).pos().startsWith("NN");
    if (i >= 1 && is(tokens.get(i), ",") && m.end < tokens.size() && is(tokens.get(m.end), ",")) {
      // "The company's spokesperson, Maria Lopez, declined": a role phrase set off before the name.
      int roleStart = modifiersBefore(tokens, i);
      if (roleStart < i && isRole(tokens.get(i - 1))) addDescriptor(c, tokens, roleStart, i);
      return;
    }
    int from = modifiersBefore(tokens, m.first);
    if (from < m.first && !modifiesNoun && !tokens.get(m.first - 1).pos().equals("NNS")) {
      addDescriptor(c, tokens, from, m.first);
    }
  }

  private static String placeSubtype(String noun) {
    return switch (noun) {
      case "city", "town", "village", "capital", "port", "settlement" -> "CITY";
      case "region", "province", "oblast", "state", "county", "district", "krai", "governorate" -> "STATE_OR_PROVINCE";
      case "country", "nation" -> "COUNTRY";
      default -> null;
    };
  }

  /** The first token of the run of adjectives, nouns, titles and possessors ending just before {@code end}. */
  private int modifiersBefore(List<Token> tokens, int end) {
    int i = end - 1;
    while (i >= 0 && end - i <= MAX_DESCRIPTOR_TOKENS) {
      Token t = tokens.get(i);
      String pos = t.pos();
      boolean modifier = pos.equals("JJ") || pos.equals("JJR") || pos.equals("JJS") || pos.equals("NN")
          || pos.equals("NNS") || pos.equals("HYPH") || pos.equals("VBN") && i < end - 1;
      boolean possessor = pos.startsWith("NNP") && i + 1 < end && tokens.get(i + 1).pos().equals("POS");
      boolean title = pos.startsWith("NNP")
          && (gazetteer.is(t.word(), "TITLE") || Words.ORGANIZATION_HEADS.contains(lower(t)));
      if (pos.equals("POS") && i > 0 && tokens.get(i - 1).pos().startsWith("NN")) {
        i--;
        continue;
      }
      boolean timeWord = !t.ner().equals("O") && !t.ner().equals("MISC") && !t.ner().equals("LOCATION")
          && !t.ner().equals("ORGANIZATION") && !t.ner().equals("PERSON");
      if (timeWord || !(modifier || possessor || title)) break;
      i--;
    }
    return i + 1;
  }

  /** ", 26," (age), ", a former chef", ", the head of Russia's Wagner mercenary force", " is a journalist". */
  private void describeAfter(List<Token> tokens, Mention m, Cluster c) {
    int i = m.end;
    if (i < tokens.size() && is(tokens.get(i), ",")) {
      i++;
      if (i + 1 < tokens.size() && age(tokens.get(i)) != null && (is(tokens.get(i + 1), ",") || is(tokens.get(i + 1), "."))) {
        c.attribute("age", age(tokens.get(i)), m.start, tokens.get(i + 1).start());
        i += 2;
      }
    } else if (i + 1 < tokens.size() && Set.of("is", "was").contains(lower(tokens.get(i)))) {
      i++;
    } else {
      return;
    }
    int end = nounPhraseEnd(tokens, i);
    if (end > i) addDescriptor(c, tokens, i, end);
  }

  /** The end of a descriptive noun phrase starting at {@code from} ("a former chef", "the head of X's Y"), or {@code from}. */
  private int nounPhraseEnd(List<Token> tokens, int from) {
    if (from >= tokens.size()) return from;
    Token first = tokens.get(from);
    boolean starts = Words.DETERMINERS.contains(lower(first)) || first.pos().startsWith("JJ")
        || (first.pos().equals("NN") || first.pos().equals("NNS")) && !isCapitalized(first);
    if (!starts) return from;
    int i = from;
    int lastNoun = -1;
    while (i < tokens.size() && i - from < MAX_DESCRIPTOR_TOKENS) {
      Token t = tokens.get(i);
      String pos = t.pos();
      if (pos.startsWith("NN")) {
        lastNoun = i;
      } else if (pos.equals("IN") && PHRASE_PREPOSITIONS.contains(lower(t)) && lastNoun == i - 1 || pos.equals("POS") || pos.equals("DT") || pos.startsWith("JJ")
          || pos.equals("CD") || pos.equals("HYPH") || pos.equals("PRP$")) {
        // inside the phrase
      } else {
        break;
      }
      i++;
    }
    return lastNoun < 0 ? from : lastNoun + 1;
  }

  /** "as a member of Wagner", "served as the leader of ...": a role of the sentence's person. */
  private void describeRoles(Annotated a, List<Cluster> clusters) {
    Cluster lastPerson = null;
    for (Sentence s : a.sentences()) {
      if (s.zone() != Zone.BODY) continue;
      List<Token> tokens = s.tokens();
      Cluster subject = null;
      boolean pronounSubject = false;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        Cluster here = personAt(clusters, s.index(), i);
        if (here != null && subject == null) subject = here;
        if (subject == null && Set.of("he", "she").contains(lower(t))) pronounSubject = true;
        if (!is(t, "as") || i + 1 >= tokens.size()) continue;
        int from = i + 1;
        int end = nounPhraseEnd(tokens, from);
        if (end <= from) continue;
        int head = headOf(tokens, from, end);
        if (!isRole(tokens.get(head))) continue;
        Cluster holder = subject != null ? subject : pronounSubject ? lastPerson : null;
        if (holder != null) addDescriptor(holder, tokens, from, end);
      }
      for (int i = tokens.size() - 1; i >= 0; i--) {
        Cluster here = personAt(clusters, s.index(), i);
        if (here != null) {
          lastPerson = here;
          break;
        }
      }
    }
  }

  /**
   * Where a person comes from and their criminal record: "Medvedev, who grew up in an orphanage in
   * Siberia's Tomsk region and has multiple convictions for robbery, said ...".
   */
  private void describeLives(Annotated a, List<Cluster> clusters) {
    Cluster lastPerson = null;
    for (Sentence s : a.sentences()) {
      if (s.zone() != Zone.BODY) continue;
      List<Token> tokens = s.tokens();
      Cluster subject = null;
      for (int i = 0; i < tokens.size(); i++) {
        Cluster here = personAt(clusters, s.index(), i);
        if (here != null) subject = here;
        if (subject == null && Set.of("he", "she").contains(lower(tokens.get(i)))) subject = lastPerson;
        if (subject == null) continue;
        Token t = tokens.get(i);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean grewUp = lemma.equals("grow") && i + 1 < tokens.size() && is(tokens.get(i + 1), "up");
        boolean born = lemma.equals("bear") && t.pos().equals("VBN");
        boolean native_ = is(t, "native") && i + 1 < tokens.size() && is(tokens.get(i + 1), "of");
        if (grewUp || born || native_) {
          int place = lastPlaceIn(clusters, s.index(), tokens, i + 1);
          if (place >= 0) {
            Cluster p = clusterAt(clusters, s.index(), place);
            subject.attribute("origin", textOf(p.mentions.stream().filter(m -> !m.nominal).findFirst().orElseThrow()),
                t.start(), tokens.get(place).end());
          }
        }
        if ((t.word().equalsIgnoreCase("convictions") || t.word().equalsIgnoreCase("conviction")
            || lemma.equals("convict") && t.pos().equals("VBN")) && !subject.attributes.containsKey("criminal_record")) {
          int from = i;
          while (from > 0 && (tokens.get(from - 1).pos().startsWith("JJ") || tokens.get(from - 1).pos().equals("CD")
              || tokens.get(from - 1).pos().equals("DT"))) {
            from--;
          }
          int end = i + 1;
          if (end < tokens.size() && Set.of("for", "of").contains(lower(tokens.get(end)))) {
            end++;
            while (end < tokens.size() && (tokens.get(end).pos().startsWith("NN") || tokens.get(end).pos().startsWith("JJ")
                || tokens.get(end).pos().equals("CC") && end + 1 < tokens.size() && tokens.get(end + 1).pos().startsWith("NN"))) {
              end++;
            }
          }
          String record = currentText.substring(tokens.get(from).start(), tokens.get(end - 1).end());
          subject.attribute("criminal_record", record, tokens.get(from).start(), tokens.get(end - 1).end());
        }
      }
      if (subject != null) lastPerson = subject;
    }
  }

  /** The last place named in the phrase chain starting at {@code from} ("in an orphanage in Siberia's Tomsk region"). */
  private int lastPlaceIn(List<Cluster> clusters, int sentence, List<Token> tokens, int from) {
    int found = -1;
    for (int k = from; k < tokens.size() && k < from + 12; k++) {
      Token t = tokens.get(k);
      if (t.pos().startsWith("VB") || t.word().equals(",") || t.pos().equals("CC")) break;
      Cluster c = clusterAt(clusters, sentence, k);
      if (c != null && c.type().equals("LOCATION")) found = k;
    }
    return found;
  }

  private static Cluster clusterAt(List<Cluster> clusters, int sentence, int token) {
    for (Cluster c : clusters) {
      for (Mention m : c.mentions) {
        if (m.sentence == sentence && m.first <= token && token < m.end) return c;
      }
    }
    return null;
  }

  private boolean isRole(Token head) {
    String word = lower(head);
    return gazetteer.is(word, "TITLE") || Words.ROLE_OF_NOUNS.contains(word) || Words.MEMBER_NOUNS.contains(word)
        || Set.of("volunteer", "soldier", "officer", "guard", "reporter", "journalist", "adviser", "advisor")
            .contains(word);
  }

  /** The head noun of a phrase: the last noun before its first preposition ("head" of "head of X"). */
  private static int headOf(List<Token> tokens, int from, int end) {
    int head = end - 1;
    for (int i = from; i < end; i++) {
      if (PHRASE_PREPOSITIONS.contains(lower(tokens.get(i)))) break;
      if (tokens.get(i).pos().startsWith("NN")) head = i;
    }
    return head;
  }

  private static Cluster personAt(List<Cluster> clusters, int sentence, int token) {
    for (Cluster c : clusters) {
      if (!c.type().equals("PERSON")) continue;
      for (Mention m : c.mentions) {
        if (m.sentence == sentence && m.first == token && !m.nominal) return c;
      }
    }
    return null;
  }

  private void addDescriptor(Cluster c, List<Token> tokens, int from, int end) {
    while (from < end && Words.DETERMINERS.contains(lower(tokens.get(from)))) from++;
    if (from >= end) return;
    boolean hasNoun = false;
    for (int i = from; i < end; i++) {
      Token t = tokens.get(i);
      hasNoun |= t.pos().equals("NN") || t.pos().equals("NNS") || gazetteer.is(t.word(), "TITLE")
          || Words.ORGANIZATION_HEADS.contains(lower(t));
    }
    if (!hasNoun) return;
    String text = currentText.substring(tokens.get(from).start(), tokens.get(end - 1).end());
    c.descriptors.add(text);
    int head = headOf(tokens, from, end);
    String headWord = lower(tokens.get(head));
    c.descriptorHeads.add(headWord);
    for (int i = from; i < end; i++) {
      Token t = tokens.get(i);
      c.descriptorWords.add(lower(t));
      int start = tokens.get(from).start();
      int stop = tokens.get(end - 1).end();
      if (gazetteer.is(t.word(), "TITLE") && isCapitalized(t) && i == head) c.attribute("title", t.word(), start, stop);
      if (gazetteer.is(t.word(), "NATIONALITY") && i < head) {
        String key = c.type().equals("PERSON") ? "nationality" : c.type().equals("ORGANIZATION") ? "country" : null;
        if (key != null) c.attribute(key, t.word(), start, stop);
      }
    }
    if (Words.ORGANIZATION_HEADS.contains(headWord)) {
      c.votes.merge("ORGANIZATION", STRONG, Integer::sum);
      String subtype = Words.organizationSubtype(headWord, c.descriptorWords);
      if (subtype != null && c.subtype == null) c.subtype = subtype;
    }
  }

  // ---- nominal mentions ------------------------------------------------------------------------

  /**
   * News ledes name their subject by role first and by name in the next sentence: "An ex-commander
   * with ... Wagner who ... ." then "Andrei Medvedev, 26, said ...". The role phrase is that person.
   */
  private void addLedeMention(Annotated a, List<Cluster> clusters) {
    List<Sentence> body = a.sentences().stream().filter(s -> s.zone() == Zone.BODY).limit(2).toList();
    if (body.size() < 2) return;
    List<Token> lede = body.get(0).tokens();
    if (lede.size() < 3 || !Set.of("a", "an").contains(lower(lede.get(0)))) return;
    int end = nounPhraseEnd(lede, 0);
    if (end <= 1) return;
    int head = headOf(lede, 1, end);
    String headWord = lower(lede.get(head)).replaceFirst("^(ex-|former-)", "");
    if (!isRole(new Token(head, headWord, headWord, "NN", "O", 0, 0))) return;
    Cluster person = personAt(clusters, body.get(1).index(), 0);
    if (person == null) return;
    person.mentions.add(new Mention(body.get(0).index(), 0, head + 1, lede.get(0).start(), lede.get(head).end(),
        "PERSON", new HashMap<>(), true));
    addDescriptor(person, lede, 0, end);
  }

  /** "the mercenary group" after "mercenary group Wagner" is Wagner again. */
  private void addNominalMentions(Annotated a, List<Cluster> clusters) {
    for (Sentence s : a.sentences()) {
      if (s.zone() != Zone.BODY) continue;
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (!tokens.get(i).word().equalsIgnoreCase("the")) continue;
        int j = i + 1;
        while (j < tokens.size() && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().equals("NN"))
            && !isCapitalized(tokens.get(j))) {
          j++;
        }
        int head = j - 1;
        if (head <= i || !tokens.get(head).pos().startsWith("NN")) continue;
        if (j < tokens.size() && (isCapitalized(tokens.get(j)) || is(tokens.get(j), "of"))) continue;
        String headWord = lower(tokens.get(head));
        int start = tokens.get(i).start();
        List<Cluster> candidates = new ArrayList<>();
        for (Cluster c : clusters) {
          if (!c.descriptorHeads.contains(headWord) || c.firstStart() >= start) continue;
          boolean fits = true;
          for (int k = i + 1; k < head; k++) fits &= c.descriptorWords.contains(lower(tokens.get(k)));
          if (fits) candidates.add(c);
        }
        if (candidates.isEmpty()) continue;
        Cluster target = nearest(candidates, start);
        Mention nominal = new Mention(s.index(), i, j, start, tokens.get(head).end(), target.type(), new HashMap<>(), true);
        if (target.mentions.stream().noneMatch(m -> m.start < nominal.stop && nominal.start < m.stop)) {
          target.mentions.add(nominal);
        }
      }
    }
  }

  // ---- output ---------------------------------------------------------------------------------

  private List<Entity> toEntities(Annotated a, List<Cluster> clusters) {
    CodePoints offsets = new CodePoints(a.text());
    clusters.sort(Comparator.comparingInt(Cluster::firstStart));
    List<Entity> out = new ArrayList<>();
    for (Cluster c : clusters) {
      c.mentions.sort(Comparator.comparingInt(Mention::start));
      String type = c.type();
      Mention best = c.mentions.stream().filter(m -> !m.nominal)
          .max(Comparator.comparingInt(Mention::tokens).thenComparing(m -> -m.start)).orElseThrow();
      String name = textOf(best);
      String subtype = subtypeOf(name, type, c);
      List<Span> spans = new ArrayList<>();
      for (Mention m : c.mentions) {
        Span span = offsets.span(m.start, m.stop);
        spans.add(m.nominal ? span.withKind(Span.NOMINAL) : span);
      }
      Map<String, String> attributes = new LinkedHashMap<>(c.attributes);
      Map<String, Span> evidence = new LinkedHashMap<>();
      c.evidence.forEach((k, r) -> evidence.put(k, offsets.span(r[0], r[1])));
      LocalDate date = a.article().raw().date();
      if (date != null && attributes.containsKey("age")) {
        // Someone 26 on 2023-01-31 was born in 1996 or 1997, depending on the birthday.
        int born = date.getYear() - Integer.parseInt(attributes.get("age"));
        attributes.put("birth_year", (born - 1) + "/" + born);
        evidence.put("birth_year", evidence.get("age"));
      }
      out.add(new Entity("e" + (out.size() + 1), name, type, subtype, List.copyOf(spans), List.copyOf(c.descriptors),
          attributes, null, evidence));
    }
    return out;
  }

  private String subtypeOf(String name, String type, Cluster c) {
    String listed = gazetteer.classOf(name).orElse(null);
    return switch (type) {
      case "LOCATION" -> c.subtype != null && !c.subtype.equals("COUNTRY") ? c.subtype
          : listed != null && Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY").contains(listed) ? listed : c.subtype;
      case "ORGANIZATION" -> listed != null && Set.of("MEDIA", "NGO").contains(listed) ? listed
          : c.subtype != null ? c.subtype
          : c.mentions.stream().anyMatch(m -> Words.MEDIA_SUFFIXES.contains(lastWord(textOf(m)))) ? "MEDIA" : null;
      case "MISC" -> "NATIONALITY".equals(listed) ? "NATIONALITY" : c.subtype;
      default -> null;
    };
  }

  }

  // ---- small helpers --------------------------------------------------------------------------

  private static String lastWord(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }

  private static boolean isCapitalized(Token t) {
    return Character.isUpperCase(t.word().codePointAt(0));
  }

  /** The age a number token states, if it is a plausible one. */
  private static String age(Token t) {
    if (!t.pos().equals("CD") || !t.word().matches("\\d{1,3}")) return null;
    int n = Integer.parseInt(t.word());
    return n >= 1 && n <= 120 ? t.word() : null;
  }
}
