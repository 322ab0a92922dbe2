package dossier.archive.resolve;

import dossier.archive.EntityTable;
import dossier.archive.SqliteText;
import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the resolver needs of archive entities during a store, kept in memory and fed by the archive
 * as it writes links: alias counts, descriptor words and attributes of the oldest rows, the newest
 * link rows, and every stored article's linked entities (for co-mentions). The profiles it builds
 * are those {@link Profile#load} would read from SQLite at the same moment (same names in the same
 * order, same words, attributes and co-mention keys), so the resolver decides the same, but without
 * the SQL: reloading the profiles of entities linked in the last article was half the ingest writer's time.
 *
 * <p>An entity's state is read from SQLite once, when first needed, and then kept current by
 * {@link #linked}; an article's entities likewise. Valid for one connection and one transaction
 * history: the resolver drops it when anything is rolled back or edited outside a store.
 */
final class EntityMemory implements AutoCloseable {
  /** Co-mentions come from the entity's newest this many link rows (as {@link Profile#load}). */
  static final int NEWEST_LINKS = 200;
  /** ...and are the keys of at most this many co-mentioned entities, most frequent first. */
  static final int CO_MENTION_KEYS = 300;
  private static final int MAX_NAMES = 40;

  private final PreparedStatements sql;
  /** By entity id (dense SQLite row ids): a hash map of boxed ids was a tenth of the resolver's time. */
  private State[] states = new State[1024];
  /**
   * By entity id, its {@link #personSignature} ({@link #ANYONE} for an entity that is no named person), null
   * when to be built: {@link #mayMatchPerson} rules out a person's ~60 surname siblings by these alone, and
   * going through each sibling's state first was another cache miss per sibling.
   */
  private int[][] signatures = new int[1024][];
  /** Key and current name of any entity seen as a co-mention. */
  private final Map<Long, String[]> keyAndName = new HashMap<>();
  /** Archive entity of every link row of an article (a row each, so an entity linked twice counts twice). */
  private final Map<Long, long[]> articleEntities = new HashMap<>();

  /** One entity as stored: what {@link Profile#load} reads, and the profiles built from it until it changes. */
  private static final class State {
    String name;
    final String type;
    final Map<String, Integer> aliasCounts;
    /** The same counts in the order of {@link Profile#load}'s alias query (count descending, then alias), kept as they change. */
    // A sorted list, not a TreeSet: a link moves each alias of the article entity one step up, and the TreeSet's
    // remove and add walked its tree (a third of linked()'s time at 100k).
    final List<Ranked> ranked = new ArrayList<>();
    /**
     * Words, birth years and attributes are replaced, never changed, once built: the profiles built from them
     * share them instead of copying them after every link of the entity (most of {@link #build}'s time).
     */
    Set<String> words;
    int descriptorRows;
    List<int[]> births;
    Map<String, Set<String>> attributes;
    int attributeRows;
    long through;
    /** The articles of the newest link rows, oldest first, at most {@link #NEWEST_LINKS}. */
    final java.util.ArrayDeque<Long> newest;
    Profile names, withCoMentions;
    /** The entity's names alone ({@link #names(long)}); null when to be built. */
    Profile nameOnly;

    State(String name, String type, Map<String, Integer> aliasCounts, Profile stored, java.util.ArrayDeque<Long> newest) {
      this.type = type;
      this.aliasCounts = aliasCounts;
      aliasCounts.forEach((alias, count) -> ranked.add(new Ranked(alias, count)));
      ranked.sort(RANK);
      words = new LinkedHashSet<>(stored.descriptorWords());
      descriptorRows = stored.descriptorRows();
      births = new ArrayList<>(stored.birthYears());
      attributes = copy(stored.attributes());
      attributeRows = stored.attributeRows();
      through = stored.throughArticle();
      this.newest = newest;
      this.name = name;
    }

    /** An entity created in this transaction: its row, and nothing else stored yet. */
    State(String name, String type) {
      this.type = type;
      aliasCounts = new HashMap<>();
      words = new LinkedHashSet<>();
      births = new ArrayList<>();
      attributes = new TreeMap<>();
      newest = new java.util.ArrayDeque<>();
      this.name = name;
    }
  }

  EntityMemory(EntityTable entities) {
    sql = new PreparedStatements(entities);
  }

  Connection connection() {
    return sql.connection();
  }

  /** An alias and its count, ranked as {@link Profile#load} ranks them. */
  private record Ranked(String alias, int count) {}

  private static final Comparator<Ranked> RANK = Comparator.comparingInt((Ranked r) -> -r.count())
      .thenComparing(Ranked::alias, SqliteText.ORDER);

  /**
   * The entity's name, type and names (with their forms), without descriptor words, attributes or
   * co-mentions, or null when there is no such entity: all that {@link CrossDocResolver#nameMatch}
   * reads. Most candidates (a person's surname siblings) fail on the name, and building their whole
   * profile again after each of their links was the resolver's largest cost.
   */
  Profile names(long entity) throws SQLException {
    State s = state(entity);
    if (s == null) return null;
    if (s.nameOnly == null) {
      s.nameOnly = new Profile(entity, s.name, s.type, nameList(s), Set.of(), List.of(), Map.of(), Set.of(), 0, 0, 0);
    }
    return s.nameOnly;
  }

  /** Ids of name tokens (equal tokens, equal ids), for {@link #personSignature}. */
  private final Map<String, Integer> tokenIds = new HashMap<>();

  private int tokenId(String token) {
    return tokenIds.computeIfAbsent(token, t -> tokenIds.size());
  }

  /** {@link #personSignature} flags: a one-token form; a one-letter given name; a form the filter cannot judge. */
  private static final int ONE_TOKEN = 1, INITIAL = 2, ANY = 4;
  /** The signature of an entity that {@link #mayMatchPerson} does not judge (no named person): one form flagged {@link #ANY}. */
  private static final int[] ANYONE = {0, 0, 0, ANY};

  /**
   * Four ints per name form (a person's {@link CrossDocResolver#fullest} forms): surname id, given
   * name id, the given name's first letter, flags. All that {@link NameVariants#personMatch} reads
   * of a name, packed so that a person's ~60 surname siblings can be ruled out without following their
   * profiles' names, keys and token lists through memory.
   */
  private int[] personSignature(List<NameVariants.Form> forms) {
    int[] out = new int[4 * forms.size()];
    int i = 0;
    for (NameVariants.Form f : forms) {
      List<String> t = f.tokens();
      if (t.isEmpty() || t.get(0).isEmpty()) {
        out[i + 3] = ANY;
      } else {
        String first = t.get(0);
        out[i] = tokenId(NameVariants.surname(t));
        out[i + 1] = tokenId(first);
        out[i + 2] = first.charAt(0);
        out[i + 3] = (t.size() == 1 ? ONE_TOKEN : 0) | (first.length() == 1 ? INITIAL : 0);
      }
      i += 4;
    }
    return out;
  }

  /** A named person's fullest forms as {@link #personSignature}, with the given names their short or full forms allow. */
  record PersonQuery(int[] signature, int[][] nicknames) {}

  /** The query for {@link #mayMatchPerson}, or null when {@code p} is no named person (then every candidate is weighed). */
  PersonQuery personQuery(Profile p) {
    if (!"PERSON".equals(p.type()) || Entity.isDescribed(p.name())) return null;
    List<NameVariants.Form> forms = CrossDocResolver.fullest(p, "PERSON");
    int[] signature = personSignature(forms);
    int[][] nicknames = new int[forms.size()][];
    for (int j = 0; j < forms.size(); j++) {
      List<String> t = forms.get(j).tokens();
      List<Integer> ids = new ArrayList<>();
      if (!t.isEmpty()) {
        String first = t.get(0);
        for (String full : NameVariants.NICKNAMES.getOrDefault(first, Set.of())) ids.add(tokenId(full));
        for (String shortForm : NameVariants.shortForms(first)) ids.add(tokenId(shortForm));
      }
      nicknames[j] = ids.stream().mapToInt(Integer::intValue).toArray();
    }
    return new PersonQuery(signature, nicknames);
  }

  /**
   * False only when the entity is a named person none of whose names {@link NameVariants#match}es
   * any of the query's: no shared surname with a matching given name (same, initial, short form),
   * nor a one-word name with the same surname. True for anything else (weigh it as before).
   */
  boolean mayMatchPerson(long entity, PersonQuery q) throws SQLException {
    int[] b = entity < signatures.length ? signatures[(int) entity] : null;
    if (b == null) b = signature(entity);
    int[] a = q.signature();
    for (int i = 0; i < b.length; i += 4) {
      if ((b[i + 3] & ANY) != 0) return true;
      for (int j = 0; j < a.length; j += 4) {
        if ((a[j + 3] & ANY) != 0) return true;
        if (a[j] != b[i]) continue; // another surname
        if (((a[j + 3] | b[i + 3]) & ONE_TOKEN) != 0 || a[j + 1] == b[i + 1]) return true; // surname / same given name
        if (((a[j + 3] | b[i + 3]) & INITIAL) != 0 && a[j + 2] == b[i + 2]) return true; // an initial of the given name
        for (int nick : q.nicknames()[j / 4]) if (nick == b[i + 1]) return true;
      }
    }
    return false;
  }

  /** The entity's signature for {@link #mayMatchPerson}, built and kept. */
  private int[] signature(long entity) throws SQLException {
    State s = state(entity);
    if (s == null) return ANYONE;
    boolean namedPerson = "PERSON".equals(s.type) && !Entity.isDescribed(s.name);
    int[] b = namedPerson ? personSignature(CrossDocResolver.fullest(names(entity), "PERSON")) : ANYONE;
    int id = (int) entity;
    if (id >= signatures.length) signatures = java.util.Arrays.copyOf(signatures, Math.max(id + 1, signatures.length * 2));
    signatures[id] = b;
    return b;
  }

  /** Forget the entity's signature: its names changed. */
  private void resign(long entity) {
    if (entity < signatures.length) signatures[(int) entity] = null;
  }

  /** The names {@link Profile#load} gives: the name, then the {@link #MAX_NAMES} most counted aliases not equal to an earlier name. */
  private static List<String> nameList(State s) {
    List<String> names = new ArrayList<>();
    names.add(s.name);
    int taken = 0;
    for (Ranked r : s.ranked) {
      if (taken++ == MAX_NAMES) break;
      if (!r.alias().equals(s.name)) names.add(r.alias()); // aliases are distinct: only the name may repeat
    }
    return names;
  }

  /** The entity as the resolver weighs it (with co-mention keys or not), or null when there is no such entity. */
  Profile profile(long entity, boolean coMentions) throws SQLException {
    State s = state(entity);
    if (s == null) return null;
    if (!coMentions) {
      if (s.names == null) s.names = build(entity, s, new LinkedHashSet<>());
      return s.names;
    }
    if (s.withCoMentions == null) s.withCoMentions = build(entity, s, coMentionKeys(entity, s));
    return s.withCoMentions;
  }

  /**
   * The resolver has just created the entity (row only: no links, aliases, descriptors or attributes
   * yet), so its state is known without reading it: the read would first write every link row the
   * store holds back ({@link EntityTable#settle}), which for new entities happened several times per
   * article and undid most of the batching of those rows.
   */
  void created(long entity, String name, String type) {
    put(entity, new State(name, type));
    keyAndName.put(entity, new String[] {dossier.archive.Names.key(name), name});
  }

  private void put(long entity, State s) {
    int id = Math.toIntExact(entity);
    if (id >= states.length) states = java.util.Arrays.copyOf(states, Math.max(id + 1, states.length * 2));
    states[id] = s;
  }

  /** The archive has written the links of article {@code pk}: local entity id to archive entity. */
  void linked(long pk, ArticleAnalysis article, Map<String, Long> links) {
    List<Entity> entities = new ArrayList<>(article.entities() == null ? List.of() : article.entities());
    // Rows in SQLite's order of the profile queries: by local id, then by each row's own order.
    entities.sort(Comparator.comparing(Entity::id, SqliteText.ORDER));
    long[] rows = new long[entities.size()];
    String date = article.date() == null ? null : article.date().toString();
    Integer year = date == null || date.length() < 4 ? null : Integer.valueOf(date.substring(0, 4));
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      long entity = links.get(e.id());
      rows[i] = entity;
      State s = known(entity);
      if (s == null) continue; // read from SQLite when first needed, this link included
      s.names = s.withCoMentions = null;
      for (String alias : EntityTable.aliases(e)) {
        Integer old = s.aliasCounts.get(alias);
        if (old != null) s.ranked.remove(Collections.binarySearch(s.ranked, new Ranked(alias, old), RANK));
        int count = old == null ? 1 : old + 1;
        s.aliasCounts.put(alias, count);
        Ranked moved = new Ranked(alias, count);
        s.ranked.add(-Collections.binarySearch(s.ranked, moved, RANK) - 1, moved);
      }
      if (s.nameOnly != null && !nameList(s).equals(s.nameOnly.names())) {
        s.nameOnly = null;
        resign(entity);
      }
      Set<String> newWords = new LinkedHashSet<>();
      for (String d : e.descriptors() == null ? List.<String>of() : e.descriptors()) {
        if (s.descriptorRows >= Profile.OLDEST_ROWS) break;
        for (String w : Profile.contentWords(d)) if (!s.words.contains(w)) newWords.add(w);
        s.descriptorRows++;
      }
      if (!newWords.isEmpty()) {
        Set<String> words = new LinkedHashSet<>(s.words);
        words.addAll(newWords);
        s.words = words;
      }
      if (e.attributes() != null && !e.attributes().isEmpty() && s.attributeRows < Profile.OLDEST_ROWS) {
        List<int[]> births = new ArrayList<>(s.births);
        Map<String, Set<String>> attributes = copy(s.attributes);
        List<String> keys = new ArrayList<>(e.attributes().keySet());
        keys.sort(SqliteText.ORDER);
        for (String key : keys) {
          if (s.attributeRows >= Profile.OLDEST_ROWS) break;
          Profile.attribute(key, e.attributes().get(key), year, births, attributes);
          s.attributeRows++;
        }
        s.births = births;
        s.attributes = attributes;
      }
      s.through = Math.max(s.through, pk);
      s.newest.addLast(pk);
      if (s.newest.size() > NEWEST_LINKS) s.newest.removeFirst();
    }
    articleEntities.put(pk, rows);
  }

  /** The resolver gave the entity a fuller name. */
  void renamed(long entity, String name) {
    State s = known(entity);
    if (s != null) {
      s.name = name;
      s.names = s.withCoMentions = s.nameOnly = null;
    }
    resign(entity);
    String[] known = keyAndName.get(entity);
    if (known != null) known[1] = name;
    // Other entities' co-mention keys hold keys, not names; only a description's name matters there,
    // and a rename gives a person a name of more words, never a description.
  }

  /** Attribute values by key, in new sets. */
  private static Map<String, Set<String>> copy(Map<String, Set<String>> attributes) {
    Map<String, Set<String>> out = new TreeMap<>();
    attributes.forEach((k, v) -> out.put(k, new LinkedHashSet<>(v)));
    return out;
  }

  private Profile build(long entity, State s, Set<String> coMentions) throws SQLException {
    Profile n = names(entity); // the names and their forms, as ranked now
    return new Profile(entity, s.name, s.type, n.names(), s.words, s.births, s.attributes, coMentions,
        n.multiWordNames(), n.forms(), n.multiWordForms(), s.descriptorRows, s.attributeRows, s.through);
  }

  /**
   * The keys of the entities most often linked in the entity's newest articles (as {@link Profile#load}'s
   * query: counted by link row, the most frequent {@link #CO_MENTION_KEYS}, ties in key order as
   * SQLite's stable sort of the grouped rows gives them), descriptions left out.
   */
  private Set<String> coMentionKeys(long entity, State s) throws SQLException {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, String> lastName = new HashMap<>();
    for (long article : new LinkedHashSet<>(s.newest)) {
      for (long other : entitiesOf(article)) {
        if (other == entity) continue;
        String[] kn = keyAndName(other);
        counts.computeIfAbsent(kn[0], k -> new int[1])[0]++;
        lastName.put(kn[0], kn[1]);
      }
    }
    List<Map.Entry<String, int[]>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
        .thenComparing(Map.Entry::getKey, SqliteText.ORDER));
    Set<String> keys = new LinkedHashSet<>();
    for (int i = 0; i < Math.min(CO_MENTION_KEYS, ranked.size()); i++) {
      String key = ranked.get(i).getKey();
      if (!Entity.isDescribed(lastName.get(key))) keys.add(key);
    }
    return keys;
  }

  private State known(long entity) {
    return entity < states.length ? states[(int) entity] : null;
  }

  private State state(long entity) throws SQLException {
    State s = known(entity);
    if (s != null) return s;
    Profile stored = Profile.load(sql, entity, false);
    if (stored == null) return null;
    Map<String, Integer> aliases = new HashMap<>();
    PreparedStatement q = sql.get("SELECT alias, count FROM entity_aliases WHERE entity = ?");
    q.setLong(1, entity);
    try (ResultSet r = q.executeQuery()) {
      while (r.next()) aliases.put(r.getString(1), r.getInt(2));
    }
    java.util.ArrayDeque<Long> newest = new java.util.ArrayDeque<>();
    q = sql.get("SELECT article FROM entity_links WHERE entity = ? ORDER BY article DESC LIMIT " + NEWEST_LINKS);
    q.setLong(1, entity);
    try (ResultSet r = q.executeQuery()) {
      while (r.next()) newest.addFirst(r.getLong(1));
    }
    s = new State(stored.name(), stored.type(), aliases, stored, newest);
    put(entity, s);
    return s;
  }

  private long[] entitiesOf(long article) throws SQLException {
    long[] known = articleEntities.get(article);
    if (known != null) return known;
    PreparedStatement q = sql.get("SELECT entity FROM entity_links WHERE article = ?");
    q.setLong(1, article);
    List<Long> rows = new ArrayList<>();
    try (ResultSet r = q.executeQuery()) {
      while (r.next()) rows.add(r.getLong(1));
    }
    long[] entities = rows.stream().mapToLong(Long::longValue).toArray();
    articleEntities.put(article, entities);
    return entities;
  }

  private String[] keyAndName(long entity) throws SQLException {
    String[] known = keyAndName.get(entity);
    if (known != null) return known;
    PreparedStatement q = sql.get("SELECT key, name FROM entities WHERE id = ?");
    q.setLong(1, entity);
    try (ResultSet r = q.executeQuery()) {
      known = r.next() ? new String[] {r.getString(1), r.getString(2)} : new String[] {"", ""};
    }
    keyAndName.put(entity, known);
    return known;
  }

  @Override
  public void close() {
    sql.close();
  }
}
