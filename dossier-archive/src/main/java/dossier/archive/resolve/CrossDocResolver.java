package dossier.archive.resolve;

import dossier.archive.EntityResolver;
import dossier.archive.EntityTable;
import dossier.archive.Names;
import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import dossier.model.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Links an article entity to an archive entity by name variants ({@link NameVariants}: same name,
 * spelling, suffix, acronym, surname, initials), type compatibility and context: conflicting
 * attributes (birth years, gender, given names) keep people apart; shared descriptor words and
 * co-mentioned entities raise the score and decide between candidates. A weak match (a bare
 * surname) joins only when it is the single candidate or its context beats the runner-up by
 * {@link #MARGIN}; otherwise the entity stays separate ({@code new-ambiguous}, with the best score).
 *
 * <p>Candidates come from an in-memory index of alias keys, surnames and initials, loaded from
 * {@code entity_aliases} on first use and extended as articles are linked; every candidate is then
 * checked against the entity's profile, so the index may hold stale entries without changing decisions.
 * Profiles come from {@link EntityMemory}: read from SQLite once per entity, then kept current by
 * the archive's {@link #linked} calls, so weighing a candidate needs no SQL.
 */
public final class CrossDocResolver implements EntityResolver {
  public static final String NAME = "cross-doc";
  /** A candidate joins when its score reaches this. */
  public static final double ACCEPT = 0.6;
  /** ...and beats the runner-up by this much (when the name alone does not decide). */
  public static final double MARGIN = 0.1;
  /** The context an unnamed entity needs to join another of the same description: two shared co-mentions. */
  public static final double DESCRIBED_NEEDS = 0.2;

  /** One candidate weighed: name match, context bonus, conflicts, total. */
  public record Candidate(long entity, String name, String method, double nameScore, double context, double score,
      List<String> conflicts, Set<String> sharedCoMentions, Set<String> sharedDescriptors) {
    public boolean possible() {
      return conflicts.isEmpty() && method != null;
    }
  }

  /** The connection the candidate index and {@link #memory} were loaded from; null when they are to be reloaded. */
  private Connection indexed;
  /** Archive entities' profiles without SQL, fed by the archive as it writes links. */
  private EntityMemory memory;
  private final Map<String, EntityIds> byKey = new HashMap<>();
  private final Map<String, EntityIds> bySurname = new HashMap<>();
  private final Map<String, EntityIds> byInitials = new HashMap<>();
  /** Organizations by the tails of their names, for a short name ("Chargers" -> San Diego Chargers). */
  private final Map<String, EntityIds> byTail = new HashMap<>();

  @Override
  public String name() {
    return NAME;
  }

  /** Forget the candidate index and the entities' memory (after a rollback, or entities merged or split outside a store). */
  @Override
  public synchronized void invalidate() {
    indexed = null;
    identified.clear();
    if (memory != null) memory.close();
    memory = null;
  }

  /** Keeps the entities' memory current: it then gives the profiles the stored rows would. */
  @Override
  public synchronized void linked(long article, ArticleAnalysis a, Map<String, Long> links) {
    if (memory != null) memory.linked(article, a, links);
  }

  /** The profile the resolver would weigh now, from its memory (tests compare it with {@link Profile#load}). */
  synchronized Profile rememberedProfile(long entity, boolean coMentions) throws SQLException {
    if (memory == null) throw new IllegalStateException("nothing resolved since the last invalidation");
    return memory.profile(entity, coMentions);
  }

  /** The memory itself, for tests; null before the first store. */
  synchronized EntityMemory memory() {
    return memory;
  }

  /**
   * All that the resolver needs of an article that depends on the article alone, built on the archive's
   * worker threads ({@link #prepare}): per entity, in the article's order, its profile, the index keys it is
   * looked up and then indexed under, and the descriptions {@link #identify} tries. Folding and splitting
   * the names into keys on the single writer was a fifth of the resolver's time there.
   */
  private record ArticleWork(ArticleAnalysis article, List<EntityWork> entities) {}

  private record EntityWork(Profile profile, IndexKeys lookups, IndexKeys entries, List<Description> descriptions) {}

  /** Keys into the candidate index's four maps. */
  private record IndexKeys(List<String> byKey, List<String> bySurname, List<String> byInitials, List<String> byTail) {}

  /** An unnamed description ("the woman") a named article entity has, its index key, and whether the article's events gave it. */
  private record Description(String name, String key, boolean byRole) {}

  @Override
  public Object prepare(ArticleAnalysis article) {
    List<Entity> list = article.entities() == null ? List.of() : article.entities();
    List<Profile> profiles = Profile.of(article);
    Map<String, Set<String>> byRole = SharedRoles.descriptions(article);
    List<EntityWork> work = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Profile p = profiles.get(i);
      work.add(new EntityWork(p, lookupKeys(p), entryKeys(p.type(), p.names()), descriptions(list.get(i), byRole)));
    }
    return new ArticleWork(article, work);
  }

  @Override
  public Map<String, Link> resolve(ArticleAnalysis article, EntityTable entities) throws SQLException {
    return resolve(article, prepare(article), entities);
  }

  @Override
  public synchronized Map<String, Link> resolve(ArticleAnalysis article, Object prepared, EntityTable entities)
      throws SQLException {
    Connection db = entities.connection();
    if (indexed != db) load(entities);
    Map<String, Link> links = new HashMap<>();
    List<Entity> list = article.entities() == null ? List.of() : article.entities();
    List<EntityWork> work = (prepared instanceof ArticleWork w && w.article() == article ? w
        : (ArticleWork) prepare(article)).entities();
    for (int i = 0; i < list.size(); i++) {
      Entity e = list.get(i);
      Profile p = work.get(i).profile();
      long[] ids = candidates(work.get(i).lookups());
      EntityMemory.PersonQuery person = memory.personQuery(p); // once for both weighings
      List<Candidate> weighed = weigh(p, person, ids, false);
      List<Candidate> possible = weighed.stream().filter(Candidate::possible).toList();
      if (possible.size() > 1 || possible.size() == 1 && possible.get(0).nameScore() < 0.9) {
        // Names alone do not decide: weigh again with co-mentions (the costly part of a profile).
        weighed = weigh(p, person, ids, true);
        possible = weighed.stream().filter(Candidate::possible).toList();
      }
      Link link;
      if (possible.isEmpty()) {
        long id = create(entities, e);
        boolean conflict = !weighed.isEmpty();
        link = new Link(id, conflict ? 0.0 : 1.0, conflict ? "new-conflict" : "new");
      } else {
        Candidate best = possible.get(0);
        double second = possible.size() > 1 ? possible.get(1).score() : 0;
        boolean decided = best.score() >= ACCEPT && (best.nameScore() >= 0.9 && best.score() > second
            || best.score() - second >= MARGIN);
        if (decided) {
          link = new Link(best.entity(), Math.min(1.0, best.score()), best.method());
          maybeRename(db, best, e, memory);
        } else if (best.score() >= ACCEPT && (oneSplitInTwo(possible) || Entity.isDescribed(e.name()))) {
          // An unnamed participant with the description rule's evidence for several archive entities of its
          // description ("the climber" of two reports that shared too little to join) joins the best: a third
          // entity would only split the story's participant further.
          link = new Link(best.entity(), Math.min(1.0, best.score()), TIE);
          maybeRename(db, best, e, memory);
        } else {
          long id = create(entities, e);
          link = new Link(id, best.score(), "new-ambiguous");
        }
      }
      links.put(e.id(), link);
      add(link.entity(), work.get(i).entries());
    }
    identify(article, work, links);
    return links;
  }

  /** The method of the links an unnamed archive entity brings to the named one an article identified it as. */
  public static final String IDENTIFIED = "identified";

  /** Unnamed archive entities that articles identified as named ones (unnamed id -> named ids), until the archive takes them. */
  private final Map<Long, Set<Long>> identified = new TreeMap<>();

  /**
   * An article that names a participant and also describes it ("A woman has died ... Raj Chohan, 59,",
   * "The driver, Vishwanand Subryan,", "his mother Alice McMeekin": the named entity's nominal
   * mentions) says that the unnamed archive entity of that description ("the woman" of the reports
   * that never name her) is the named one, when the unnamed entity's articles share at least two named
   * co-mentions with this article (the description rule's evidence) and nothing conflicts. Recorded
   * here; the archive joins the two at the end of the batch, in its transaction ({@link #identified()}),
   * so that the reports which never name her and those which do end in one entity, whatever their order.
   * An unnamed participant in the named one's event role ({@link SharedRoles}) that this article made a
   * new archive entity needs no shared co-mentions: its only article is this one, whose events are the evidence.
   */
  private void identify(ArticleAnalysis article, List<EntityWork> work, Map<String, Link> links) throws SQLException {
    List<Entity> list = article.entities() == null ? List.of() : article.entities();
    Set<Long> created = new HashSet<>();
    for (Link l : links.values()) if (l.method().startsWith("new")) created.add(l.entity());
    for (int i = 0; i < list.size(); i++) {
      Entity e = list.get(i);
      List<Description> descriptions = work.get(i).descriptions();
      if (descriptions.isEmpty()) continue;
      long named = links.get(e.id()).entity();
      Profile p = work.get(i).profile();
      for (Description d : descriptions) {
        EntityIds ids = byKey.get(d.key());
        if (ids == null) continue;
        for (long id : ids.toArray()) {
          if (id == named) continue;
          Profile u = memory.profile(id, true);
          if (u == null || !u.name().equals(d.name()) || !u.type().equals(e.type())) continue;
          boolean ownByRole = d.byRole() && created.contains(id);
          if (!p.conflicts(u).isEmpty() || p.sharedCoMentions(u).size() < 2 && !ownByRole) continue;
          identified.computeIfAbsent(id, k -> new TreeSet<>()).add(named);
        }
      }
    }
  }

  /**
   * What {@link #identify} tries for an article entity: none for an unnamed one; for a named one its
   * nominal mentions' {@link #descriptions} and those its article's events give it ({@link SharedRoles}).
   */
  private static List<Description> descriptions(Entity e, Map<String, Set<String>> byRole) {
    if (Entity.isDescribed(e.name())) return List.of();
    Set<String> descriptions = descriptions(e);
    Set<String> roles = byRole.getOrDefault(e.id(), Set.of());
    descriptions.addAll(roles);
    List<Description> out = new ArrayList<>(descriptions.size());
    for (String d : descriptions) out.add(new Description(d, String.join(" ", NameVariants.tokens(d)), roles.contains(d)));
    return out;
  }

  /**
   * The unnamed descriptions ("the woman") of a named entity's nominal mentions ("A woman", "the
   * 59-year-old mother of two" -> "the mother"): the head word before any "of" or clause.
   */
  // Compiled once: descriptions() runs for every named entity of every article.
  private static final Pattern PHRASE_END = Pattern.compile(" of | who | that |,"), SPACES = Pattern.compile("\\s+"),
      POSSESSIVE = Pattern.compile("'s?$"), LETTERS = Pattern.compile("\\p{L}+");

  static Set<String> descriptions(Entity e) {
    Set<String> out = new LinkedHashSet<>();
    if (e.mentions() == null) return out;
    for (Span m : e.mentions()) {
      if (!Span.NOMINAL.equals(m.kind())) continue;
      String text = PHRASE_END.split(m.text().toLowerCase(Locale.ROOT))[0].trim();
      String[] words = SPACES.split(text);
      String head = POSSESSIVE.matcher(words[words.length - 1]).replaceFirst("");
      if (LETTERS.matcher(head).matches()) out.add(Entity.describedAs(head));
    }
    return out;
  }

  /**
   * Unnamed archive entities identified as exactly one named entity since the last call (unnamed id
   * -> named id), forgotten here; one identified as two named entities ("the actress" of two stories)
   * is left alone.
   */
  @Override
  public synchronized Map<Long, Long> identified() {
    Map<Long, Long> out = new TreeMap<>();
    identified.forEach((u, n) -> {
      if (n.size() == 1) out.put(u, n.iterator().next());
    });
    identified.clear();
    return out;
  }

  /** A new archive entity for {@code e}, known to the memory from the start (nothing to read of it). */
  private long create(EntityTable entities, Entity e) throws SQLException {
    long id = entities.create(e.name(), e.type());
    memory.created(id, e.name(), e.type());
    return id;
  }

  /**
   * Whether every candidate within {@link #MARGIN} of the best would itself join the best (same
   * name rule, no conflict, score >= {@link #ACCEPT}): then the archive holds one thing in two
   * entities (two "the woman" of one article, headline and lead), and the article entity joins the
   * best-ranked one rather than becoming a third. Two Medvedevs with different given names never
   * join each other, so a bare "Medvedev" between them stays apart.
   */
  private boolean oneSplitInTwo(List<Candidate> possible) throws SQLException {
    Candidate best = possible.get(0);
    Profile b = memory.profile(best.entity(), true);
    if (b == null) return false;
    for (Candidate c : possible.subList(1, possible.size())) {
      if (best.score() - c.score() >= MARGIN) break;
      Profile other = memory.profile(c.entity(), true);
      if (other == null) return false;
      Candidate together = compare(other, b);
      if (!together.possible() || together.score() < ACCEPT) return false;
    }
    return true;
  }

  /**
   * The method of a link to the better of two archive entities that {@link #oneSplitInTwo} found to be
   * one, or to the best of several unnamed ones of the article entity's description.
   */
  public static final String TIE = "tie";

  /**
   * Every candidate for the profile, weighed and sorted best first (conflicting ones included, last); {@code person}
   * ({@link EntityMemory#personQuery}) rules out a named person's homonyms before their names are compared.
   */
  private List<Candidate> weigh(Profile p, EntityMemory.PersonQuery person, long[] ids, boolean coMentions)
      throws SQLException {
    List<Candidate> out = new ArrayList<>();
    for (long id : ids) {
      if (person != null && !memory.mayMatchPerson(id, person)) continue; // a homonym: another given name
      // Most candidates share only a surname with a different given name: their names alone say so,
      // without building the rest of their profile.
      Profile names = memory.names(id);
      if (names == null) continue;
      NameVariants.Match name = nameMatch(p, names);
      if (name == null) continue;
      out.add(compare(p, memory.profile(id, coMentions), name));
    }
    out.sort(Comparator.comparing((Candidate c) -> !c.possible()).thenComparing(Comparator.comparingDouble(
        Candidate::score).reversed()).thenComparingLong(Candidate::entity));
    return out;
  }

  /** How {@code p} (an article entity or an archive entity) compares with the archive entity {@code c}. */
  public static Candidate compare(Profile p, Profile c) {
    return compare(p, c, nameMatch(p, c));
  }

  private static Candidate compare(Profile p, Profile c, NameVariants.Match name) {
    String method = name == null ? null : name.method();
    double nameScore = name == null ? 0 : name.score();
    List<String> conflicts = method == null ? List.of() : p.conflicts(c);
    Set<String> co = p.sharedCoMentions(c);
    Set<String> desc = p.sharedDescriptorWords(c);
    double context = Math.min(0.3, 0.1 * co.size()) + Math.min(0.15, 0.05 * desc.size());
    double score = conflicts.isEmpty() ? nameScore + context : 0;
    return new Candidate(c.entity(), c.name(), method, nameScore, context, score, conflicts, co, desc);
  }

  /** The best name rule between the two (0.1 less across types), or null when their names do not match. */
  static NameVariants.Match nameMatch(Profile p, Profile c) {
    boolean described = Entity.isDescribed(p.name());
    if (described && !Entity.isDescribed(c.name()) && p.type().equals(c.type()) && c.names().contains(p.name())) {
      // A named entity that took in the unnamed one of this description (IDENTIFIED): the same evidence as two unnamed ones.
      return new NameVariants.Match("description", ACCEPT - DESCRIBED_NEEDS);
    }
    if (described || Entity.isDescribed(c.name())) {
      // An unnamed participant ("the gunman") is never a named entity; two with the same description
      // are one only when their articles share the named things around them (the context must add
      // DESCRIBED_NEEDS to reach ACCEPT), since "the man" of one story is rarely the man of another.
      boolean same = described && p.name().equals(c.name()) && p.type().equals(c.type());
      return same ? new NameVariants.Match("description", ACCEPT - DESCRIBED_NEEDS) : null;
    }
    String type = compatibleType(p.type(), c.type());
    if (type == null) return sameFullNameAcrossTypes(p, c);
    NameVariants.Match best = null;
    for (NameVariants.Form a : fullest(p, type)) {
      for (NameVariants.Form b : fullest(c, type)) {
        NameVariants.Match m = NameVariants.match(a, b, type);
        if (m != null && (best == null || m.score() > best.score())) best = m;
      }
    }
    if (best == null || p.type().equals(c.type())) return best;
    // A short name ends a longer one only among organizations: "Korea" the place is not "North Korea" the team.
    if (best.method().equals("org-tail")) return null;
    return new NameVariants.Match(best.method(), best.score() - 0.1);
  }

  /** What the same full name says across a person and another type: the tagger's disagreement, not proof ({@link #sameFullNameAcrossTypes}). */
  public static final double ACROSS_TYPES = 0.7;

  /**
   * A person and a non-person with the same full name: the tagger calls "Peyton Manning", "Elton
   * Brand" or "Joique Bell" a person in one article and an organization in the next, so the second
   * article made a second entity. A name of two or more words, or with a digit ("IE6"), spelled the
   * same (same {@link Names#key}) counts at {@link #ACROSS_TYPES}: the only candidate joins, but a
   * candidate of the article entity's own type with the same name outranks it. A one-word name
   * ("Jordan", "Ford", "Paris") is too often both a person and a place or company: it counts only
   * as much as a description ({@link #ONE_WORD_ACROSS_TYPES}), so the two need the description
   * rule's evidence, two shared named co-mentions ("Waitrose" the supermarket, a PERSON to the
   * tagger in one report and MISC in the next, both with Banstead and Surrey).
   */
  static NameVariants.Match sameFullNameAcrossTypes(Profile p, Profile c) {
    NameVariants.Match oneWord = null;
    for (NameVariants.Form a : p.forms()) {
      boolean full = a.tokens().size() >= 2 || a.key().chars().anyMatch(Character::isDigit);
      for (NameVariants.Form b : c.forms()) {
        if (!a.key().equals(b.key())) continue;
        if (full) return new NameVariants.Match("name-across-types", ACROSS_TYPES);
        oneWord = new NameVariants.Match(ONE_WORD_ACROSS_TYPES, ACCEPT - DESCRIBED_NEEDS);
      }
    }
    return oneWord;
  }

  /** The method of a link by the same one-word name across a person and another type ({@link #sameFullNameAcrossTypes}). */
  public static final String ONE_WORD_ACROSS_TYPES = "word-across-types";

  /**
   * A person's names with more than one word when there are any: a bare surname seen with a full
   * name says nothing of its own ("Medvedev" from Andrei's articles must not match the next bare
   * "Medvedev" as an exact name).
   */
  static List<NameVariants.Form> fullest(Profile p, String type) {
    if (!"PERSON".equals(type) || p.multiWordForms().isEmpty()) return p.forms();
    return p.multiWordForms();
  }

  /** The type both may share: equal, or two of ORGANIZATION/LOCATION/MISC (tagger disagreement); never PERSON with another. */
  static String compatibleType(String a, String b) {
    if (a.equals(b)) return a;
    if (a.equals("PERSON") || b.equals("PERSON")) return null;
    return "ORGANIZATION";
  }

  /**
   * Archive entity ids that may be the article entity, from the index, ascending: usually a copy of one
   * set, since a person's surname set holds its full names' sets.
   */
  private long[] candidates(IndexKeys keys) {
    List<EntityIds> sets = new ArrayList<>();
    // The keys are distinct within each map, so each set comes once.
    collect(byKey, keys.byKey(), sets);
    collect(bySurname, keys.bySurname(), sets);
    collect(byInitials, keys.byInitials(), sets);
    collect(byTail, keys.byTail(), sets);
    return EntityIds.union(sets);
  }

  private static void collect(Map<String, EntityIds> index, List<String> keys, List<EntityIds> into) {
    for (String key : keys) {
      EntityIds set = index.get(key);
      if (set != null) into.add(set);
    }
  }

  /** The keys under which {@link #candidates} looks up an article entity: its names' own keys and their variants. */
  private static IndexKeys lookupKeys(Profile p) {
    KeyLists k = new KeyLists();
    for (String n : p.names()) {
      List<String> t = NameVariants.tokens(n);
      if (t.isEmpty()) continue;
      List<String> core = NameVariants.core(t);
      k.byKey.add(String.join(" ", t));
      k.byKey.add(String.join(" ", core));
      if ("PERSON".equals(p.type())) k.bySurname.add(NameVariants.surname(t));
      else {
        k.byKey.addAll(otherKeys(n, core, p.type()));
        String init = NameVariants.initials(core);
        if (init != null) k.byKey.add(init);
        if (t.size() == 1) k.byInitials.add(t.get(0));
        if ("ORGANIZATION".equals(p.type())) {
          k.byTail.add(String.join(" ", core));
          k.byKey.addAll(NameVariants.tails(core));
        }
      }
    }
    return k.keys();
  }

  /** The keys under which an entity of the type is indexed by its names. */
  private static IndexKeys entryKeys(String type, List<String> names) {
    KeyLists k = new KeyLists();
    for (String name : names) {
      List<String> t = NameVariants.tokens(name);
      if (t.isEmpty()) continue;
      k.byKey.add(String.join(" ", t));
      if ("PERSON".equals(type)) {
        k.bySurname.add(NameVariants.surname(t));
      } else {
        List<String> core = NameVariants.core(t);
        k.byKey.add(String.join(" ", core));
        k.byKey.addAll(otherKeys(name, core, type));
        String init = NameVariants.initials(core);
        if (init != null && core.size() >= 2) k.byInitials.add(init);
        if ("ORGANIZATION".equals(type)) k.byTail.addAll(NameVariants.tails(core));
      }
    }
    return k.keys();
  }

  /** {@link IndexKeys} as they are collected, each key once per map. */
  private static final class KeyLists {
    final Set<String> byKey = new LinkedHashSet<>(), bySurname = new LinkedHashSet<>(), byInitials = new LinkedHashSet<>(),
        byTail = new LinkedHashSet<>();

    IndexKeys keys() {
      return new IndexKeys(List.copyOf(byKey), List.copyOf(bySurname), List.copyOf(byInitials), List.copyOf(byTail));
    }
  }

  private void load(EntityTable entities) throws SQLException {
    entities.settle();
    Connection db = entities.connection();
    byKey.clear();
    bySurname.clear();
    byInitials.clear();
    byTail.clear();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT e.id, e.type, a.alias FROM entity_aliases a JOIN entities e ON e.id = a.entity")) {
      while (r.next()) index(r.getLong(1), r.getString(2), r.getString(3));
    }
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id, type, name FROM entities")) {
      while (r.next()) index(r.getLong(1), r.getString(2), r.getString(3));
    }
    if (memory != null) memory.close();
    memory = new EntityMemory(entities);
    indexed = db;
  }

  private void add(long entity, IndexKeys entries) {
    add(byKey, entries.byKey(), entity);
    add(bySurname, entries.bySurname(), entity);
    add(byInitials, entries.byInitials(), entity);
    add(byTail, entries.byTail(), entity);
  }

  private static void add(Map<String, EntityIds> index, List<String> keys, long entity) {
    for (String key : keys) index.computeIfAbsent(key, k -> new EntityIds()).add(entity);
  }

  private void index(long entity, String type, String name) {
    add(entity, entryKeys(type, List.of(name)));
  }

  /**
   * The keys besides its own and its core's under which a non-person name is indexed and looked up
   * (the two must agree): spelling variants, a sea's one word ("mediterranean"), a facility's name
   * without the kind ("betty ford"), the parts of a dual name ("mount cook").
   */
  private static List<String> otherKeys(String name, List<String> core, String type) {
    List<String> keys = new ArrayList<>(NameVariants.variantKeys(core));
    List<String> sea = NameVariants.waterBase(core);
    if ("LOCATION".equals(type) && sea != core) keys.add(sea.get(0));
    List<String> base = NameVariants.facilityBase(core);
    if (base != core && !base.isEmpty()) keys.add(String.join(" ", base));
    for (String part : NameVariants.dualParts(name)) keys.add(String.join(" ", NameVariants.core(NameVariants.tokens(part))));
    return keys;
  }

  /** A person first stored by surname takes the fuller name when one joins ("Medvedev" -> "Andrei Medvedev"). */
  private static void maybeRename(Connection db, Candidate best, Entity e, EntityMemory memory) throws SQLException {
    if (!"PERSON".equals(e.type())) return;
    if (NameVariants.tokens(e.name()).size() <= NameVariants.tokens(best.name()).size()) return;
    try (PreparedStatement s = db.prepareStatement("UPDATE entities SET name = ? WHERE id = ?")) {
      s.setString(1, e.name());
      s.setLong(2, best.entity());
      s.executeUpdate();
    }
    memory.renamed(best.entity(), e.name());
  }

  /** Looks up archive entities by a name: exact alias keys first, then any name variant; ids ascending. */
  public static List<Long> lookup(Connection db, String name) throws SQLException {
    if (name.matches("#\\d+")) return List.of(Long.parseLong(name.substring(1)));
    Set<Long> ids = new TreeSet<>();
    String key = Names.key(name);
    try (PreparedStatement s = db.prepareStatement("SELECT id FROM entities WHERE key = ? UNION "
        + "SELECT entity FROM entity_aliases WHERE alias = ? COLLATE NOCASE")) {
      s.setString(1, key);
      s.setString(2, name);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) ids.add(r.getLong(1));
      }
    }
    return new ArrayList<>(ids);
  }
}
