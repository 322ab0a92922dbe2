package dossier.archive.resolve;

import dossier.archive.Names;
import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import dossier.model.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the resolver knows of an entity, from one article or from the archive: names, type,
 * descriptor words, birth-year ranges (from age or birth year), other attributes, and the keys of
 * the entities mentioned with it.
 *
 * @param attributes other attribute values by key (gender, nationality, ...), lower-cased
 * @param multiWordNames the names of more than one word (computed once: the resolver compares a
 *     cached profile with every article entity that shares its surname)
 * @param forms, multiWordForms the same names with key and tokens, computed once for the same reason
 * @param descriptorRows, attributeRows how many stored rows the descriptor words and the
 *     attributes were read from: at {@link #OLDEST_ROWS}, later links no longer change them
 * @param throughArticle the newest article (pk) of the entity's links when loaded
 */
public record Profile(long entity, String name, String type, List<String> names, Set<String> descriptorWords,
    List<int[]> birthYears, Map<String, Set<String>> attributes, Set<String> coMentions, List<String> multiWordNames,
    List<NameVariants.Form> forms, List<NameVariants.Form> multiWordForms, int descriptorRows, int attributeRows,
    long throughArticle) {

  /** Descriptors and attributes are read from this many rows of the entity's oldest links. */
  public static final int OLDEST_ROWS = 200;

  Profile(long entity, String name, String type, List<String> names, Set<String> descriptorWords,
      List<int[]> birthYears, Map<String, Set<String>> attributes, Set<String> coMentions, int descriptorRows,
      int attributeRows, long throughArticle) {
    this(entity, name, type, names, descriptorWords, birthYears, attributes, coMentions, forms(names), descriptorRows,
        attributeRows, throughArticle);
  }

  private Profile(long entity, String name, String type, List<String> names, Set<String> descriptorWords,
      List<int[]> birthYears, Map<String, Set<String>> attributes, Set<String> coMentions,
      List<NameVariants.Form> forms, int descriptorRows, int attributeRows, long throughArticle) {
    this(entity, name, type, names, descriptorWords, birthYears, attributes, coMentions,
        forms.stream().filter(f -> f.tokens().size() > 1).map(NameVariants.Form::name).toList(), forms,
        forms.stream().filter(f -> f.tokens().size() > 1).toList(), descriptorRows, attributeRows, throughArticle);
  }

  private static List<NameVariants.Form> forms(List<String> names) {
    return names.stream().map(NameVariants.Form::of).toList();
  }

  private static final Pattern YEAR_OR_NUMBER = Pattern.compile("\\d{1,4}");
  /** Attributes whose different values mean different people. */
  static final Set<String> EXCLUSIVE = Set.of("gender", "nationality");
  private static final Set<String> STOP = Set.of("the", "and", "for", "with", "who", "was", "has", "his", "her",
      "its", "their", "former", "one", "this", "that", "from", "year", "old");

  /** An article entity in the context of its article. */
  public static Profile of(Entity e, ArticleAnalysis a) {
    return of(e, a, namedKeys(a));
  }

  /** Every entity of the article in its context, in the article's order (names folded once for all). */
  public static List<Profile> of(ArticleAnalysis a) {
    List<Map.Entry<Entity, String>> keys = namedKeys(a);
    return list(a.entities()).stream().map(e -> of(e, a, keys)).toList();
  }

  /** The keys of the article's named entities: the co-mentions of each other; "the police" is around every crime story. */
  private static List<Map.Entry<Entity, String>> namedKeys(ArticleAnalysis a) {
    List<Map.Entry<Entity, String>> keys = new ArrayList<>();
    for (Entity other : list(a.entities())) if (!Entity.isDescribed(other.name())) keys.add(Map.entry(other, Names.key(other.name())));
    return keys;
  }

  private static Profile of(Entity e, ArticleAnalysis a, List<Map.Entry<Entity, String>> namedKeys) {
    Set<String> names = new LinkedHashSet<>();
    names.add(e.name());
    // Pronouns and descriptions ("He", "The company") are no names, however capitalized.
    for (Span m : list(e.mentions())) if (m.isName() && isName(m.text())) names.add(m.text());
    Set<String> words = new LinkedHashSet<>();
    for (String d : list(e.descriptors())) words.addAll(contentWords(d));
    List<int[]> births = new ArrayList<>();
    Map<String, Set<String>> attrs = new TreeMap<>();
    if (e.attributes() != null) {
      e.attributes().forEach((k, v) -> attribute(k, v, a.date() == null ? null : a.date().getYear(), births, attrs));
    }
    Set<String> co = new LinkedHashSet<>();
    for (var named : namedKeys) if (named.getKey() != e && !named.getKey().id().equals(e.id())) co.add(named.getValue());
    co.remove(Names.key(e.name()));
    return new Profile(0, e.name(), e.type(), List.copyOf(names), words, births, attrs, co, 0, 0, 0);
  }

  /** An archive entity as stored, with its co-mentions, or null when there is no such entity. */
  public static Profile load(Connection db, long entity) throws SQLException {
    return load(db, entity, true);
  }

  /**
   * An archive entity as stored, or null. Co-mentions (a scan of all the entity's articles) only
   * when asked: the resolver needs them only when names alone do not decide.
   */
  public static Profile load(Connection db, long entity, boolean coMentions) throws SQLException {
    try (PreparedStatements statements = new PreparedStatements(db)) {
      return load(statements, entity, coMentions);
    }
  }

  /**
   * The same with statements prepared once for many loads (the resolver's). Descriptors and
   * attributes are read from the entity's oldest {@link #OLDEST_ROWS} rows of each.
   */
  static Profile load(PreparedStatements db, long entity, boolean coMentions) throws SQLException {
    String name, type;
    PreparedStatement s = db.get("SELECT name, type FROM entities WHERE id = ?");
    s.setLong(1, entity);
    try (ResultSet r = s.executeQuery()) {
      if (!r.next()) return null;
      name = r.getString(1);
      type = r.getString(2);
    }
    List<String> names = new ArrayList<>();
    names.add(name);
    s = db.get("SELECT alias FROM entity_aliases WHERE entity = ? ORDER BY count DESC, alias LIMIT 40");
    s.setLong(1, entity);
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) if (!names.contains(r.getString(1))) names.add(r.getString(1));
    }
    // entity_links_entity carries both flags: the oldest links with descriptors / attributes are found
    // without reading the table; a place in tens of thousands of articles and none of either walks its
    // index entries (once per entity and ingest: EntityMemory keeps what this loads).
    long through;
    s = db.get("SELECT max(article) FROM entity_links WHERE entity = ?");
    s.setLong(1, entity);
    try (ResultSet r = s.executeQuery()) {
      through = r.next() ? r.getLong(1) : 0;
    }
    Set<String> words = new LinkedHashSet<>();
    int descriptorRows = 0;
    s = db.get("SELECT d.text FROM entity_links l JOIN descriptors d "
        + "ON d.article = l.article AND d.entity = l.local_id WHERE l.entity = ? AND l.described = 1 "
        + "ORDER BY l.article, l.local_id, d.ord LIMIT " + OLDEST_ROWS);
    s.setLong(1, entity);
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        words.addAll(contentWords(r.getString(1)));
        descriptorRows++;
      }
    }
    List<int[]> births = new ArrayList<>();
    Map<String, Set<String>> attrs = new TreeMap<>();
    int attributeRows = 0;
    s = db.get("SELECT t.key, t.value, l.date FROM entity_links l JOIN attributes t "
        + "ON t.article = l.article AND t.entity = l.local_id WHERE l.entity = ? AND l.attributed = 1 "
        + "ORDER BY l.article, l.local_id, t.key LIMIT " + OLDEST_ROWS);
    s.setLong(1, entity);
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        long day = r.getLong(3); // yyyymmdd (DayNumbers), 0 for none
        Integer year = r.wasNull() ? null : (int) (day / 10000);
        attribute(r.getString(1), r.getString(2), year, births, attrs);
        attributeRows++;
      }
    }
    Set<String> co = new LinkedHashSet<>();
    if (coMentions) {
      // The latest 200 articles of the entity: bounded work for entities in thousands of articles.
      s = db.get("SELECT e.key, e.name FROM entity_links o JOIN entities e ON e.id = o.entity "
          + "WHERE o.article IN (SELECT article FROM entity_links WHERE entity = ?1 ORDER BY article DESC LIMIT "
          + EntityMemory.NEWEST_LINKS + ") AND o.entity <> ?1 GROUP BY e.key ORDER BY count(*) DESC LIMIT "
          + EntityMemory.CO_MENTION_KEYS);
      s.setLong(1, entity);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) if (!Entity.isDescribed(r.getString(2))) co.add(r.getString(1));
      }
    }
    return new Profile(entity, name, type, names, words, births, attrs, co, descriptorRows, attributeRows, through);
  }

  static void attribute(String key, String value, Integer articleYear, List<int[]> births,
      Map<String, Set<String>> attrs) {
    if (key == null || value == null) return;
    if (key.equals("age") && articleYear != null) {
      Matcher m = YEAR_OR_NUMBER.matcher(value);
      if (m.find()) {
        int age = Integer.parseInt(m.group());
        births.add(new int[] {articleYear - age - 1, articleYear - age});
      }
    } else if (key.equals("birth_year") || key.equals("born")) {
      Matcher m = YEAR_OR_NUMBER.matcher(value);
      int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
      while (m.find()) {
        int y = Integer.parseInt(m.group());
        if (y < 1000) continue;
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
      }
      if (lo <= hi) births.add(new int[] {lo, hi});
    } else if (EXCLUSIVE.contains(key)) {
      attrs.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value.toLowerCase(Locale.ROOT));
    }
  }

  /** Reasons why this and {@code other} cannot be the same (birth years apart, different gender, ...). */
  public List<String> conflicts(Profile other) {
    List<String> out = new ArrayList<>();
    for (int[] a : birthYears) {
      for (int[] b : other.birthYears) {
        if (a[1] < b[0] - 1 || b[1] < a[0] - 1) {
          out.add("born " + range(a) + " vs " + range(b));
          return out;
        }
      }
    }
    for (var e : attributes.entrySet()) {
      Set<String> theirs = other.attributes.get(e.getKey());
      if (theirs != null && java.util.Collections.disjoint(theirs, e.getValue())) {
        out.add(e.getKey() + " " + e.getValue() + " vs " + theirs);
      }
    }
    if ("PERSON".equals(type) && "PERSON".equals(other.type)) {
      // The names' forms (one per name, in order) carry their tokens: folding each name again for each
      // pair was most of this on the ingest writer, where a person is compared with its ~60 surname siblings.
      // "Joseph Comeaux Sr" is not his son, whatever other names each has.
      for (NameVariants.Form a : forms) {
        List<String> ta = a.tokens();
        if (NameVariants.generation(ta) == null) continue;
        for (NameVariants.Form b : other.forms) {
          if (NameVariants.differentGenerations(ta, b.tokens())) {
            out.add("generations differ: " + a.name() + " vs " + b.name());
            return out;
          }
        }
      }
      // A full name on each side with the same surname and other given names: homonyms.
      for (NameVariants.Form a : forms) {
        for (NameVariants.Form b : other.forms) {
          if (NameVariants.differentGivenNames(a.tokens(), b.tokens()) && !sharesFullName(other)) {
            out.add("given names differ: " + a.name() + " vs " + b.name());
            return out;
          }
        }
      }
    }
    return out;
  }

  private boolean sharesFullName(Profile other) {
    for (NameVariants.Form a : forms) {
      for (NameVariants.Form b : other.forms) {
        var m = NameVariants.match(a, b, "PERSON");
        if (m != null && m.score() >= 0.8 && a.tokens().size() > 1) return true;
      }
    }
    return false;
  }

  private static String range(int[] r) {
    return r[0] == r[1] ? Integer.toString(r[0]) : r[0] + "-" + r[1];
  }

  /** Descriptor words both have. */
  public Set<String> sharedDescriptorWords(Profile other) {
    return shared(descriptorWords, other.descriptorWords);
  }

  /** Keys of co-mentioned entities both have. */
  public Set<String> sharedCoMentions(Profile other) {
    return shared(coMentions, other.coMentions);
  }

  /**
   * The elements of {@code mine} that {@code theirs} has, in my order. Only those are copied: copying all of mine
   * and removing the rest was most of the resolver's allocation (weighed ~60 times per article entity).
   */
  private static Set<String> shared(Set<String> mine, Set<String> theirs) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : mine) if (theirs.contains(s)) out.add(s);
    return out;
  }

  static Set<String> contentWords(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : NameVariants.words(text)) if (!STOP.contains(w)) out.add(w);
    return out;
  }

  /** A mention text that is a name (capitalized words), not a description ("the former commander"). */
  static boolean isName(String text) {
    if (text == null || text.isBlank()) return false;
    // Split once with a compiled pattern: String.split compiled "\\s+" anew for each of three calls,
    // for every mention of every article (the workers' largest allocation).
    String[] words = SPACES.split(text.trim());
    for (String w : words) {
      if (w.isEmpty()) continue;
      int c = w.codePointAt(0);
      if (Character.isLowerCase(c) && !NameVariants.ACRONYM_SKIP.contains(w) && !w.equals("bin")) return false;
    }
    return !words[0].equals("The") || words.length > 1;
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }
}
