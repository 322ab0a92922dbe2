package dossier.archive.query;

import dossier.archive.Archive;
import dossier.archive.DayNumbers;
import dossier.archive.EventDays;
import dossier.archive.HeldCoMentions;
import dossier.archive.Names;
import dossier.archive.query.QueryRecords.ArticleRef;
import dossier.archive.query.QueryRecords.Attribute;
import dossier.archive.query.QueryRecords.ClaimFilter;
import dossier.archive.query.QueryRecords.ClaimRow;
import dossier.archive.query.QueryRecords.Count;
import dossier.archive.query.QueryRecords.EntityCount;
import dossier.archive.query.QueryRecords.EntityEvent;
import dossier.archive.query.QueryRecords.EntityProfile;
import dossier.archive.query.QueryRecords.EntityRef;
import dossier.archive.query.QueryRecords.EventFilter;
import dossier.archive.query.QueryRecords.EventGroup;
import dossier.archive.query.QueryRecords.EventRow;
import dossier.archive.query.QueryRecords.Facets;
import dossier.archive.query.QueryRecords.Participant;
import dossier.archive.query.QueryRecords.QuoteFilter;
import dossier.archive.query.QueryRecords.QuoteRow;
import dossier.archive.query.QueryRecords.SearchHit;
import dossier.archive.query.QueryRecords.SearchRequest;
import dossier.archive.query.QueryRecords.SearchResult;
import dossier.archive.query.QueryRecords.TimelineEntry;
import dossier.archive.query.QueryRecords.TimelineRequest;
import dossier.model.Json;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * The query layer over an {@link Archive}: plain records in, plain records out ({@link QueryRecords}); it prints
 * nothing, so the CLI, the REST API and the web UI share it. SQL runs through {@link Archive#read}, Lucene through
 * {@link Archive#readIndex}. Thread-safe as the archive is.
 */
public final class Queries {
  /** How many of each facet's values a search returns. */
  public static final int FACET_SIZE = 10;
  /** How many articles a timeline of a query takes its events from. */
  public static final int TIMELINE_ARTICLES = 1000;

  private static final String ARTICLE_COLUMNS = "a.id, a.title, a.date, a.source";

  private final Archive archive;

  public Queries(Archive archive) {
    this.archive = archive;
  }

  // ---------------------------------------------------------------- search

  /** Full-text search with filters; facets count all matching articles. */
  public SearchResult search(SearchRequest request) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean text = request.query() != null && !request.query().isBlank();
    b.add(text ? Archive.parseQuery(request.query()) : new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    List<EntityRef> entities = List.of();
    if (request.entity() != null) {
      entities = findEntities(request.entity());
      if (entities.isEmpty()) return new SearchResult(0, List.of(), new Facets(List.of(), List.of(), List.of(), List.of()), entities);
      b.add(new TermInSetQuery(Archive.Fields.ENTITY_ID,
          entities.stream().map(e -> new BytesRef(Long.toString(e.id()))).toList()), BooleanClause.Occur.FILTER);
    }
    if (request.type() != null) {
      b.add(new TermQuery(new Term(Archive.Fields.ENTITY_TYPE, request.type().toUpperCase(Locale.ROOT))),
          BooleanClause.Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      b.add(LongPoint.newRangeQuery(Archive.Fields.DATE,
          request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay(),
          request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay()), BooleanClause.Occur.FILTER);
    }
    if (request.source() != null) {
      b.add(new TermQuery(new Term(Archive.Fields.SOURCE, request.source())), BooleanClause.Occur.FILTER);
    }
    Query query = b.build();
    int limit = Math.max(1, request.limit());
    record Found(List<SearchHit> hits, FacetCounts counts) {}
    Found found = archive.readIndex(searcher -> {
      TopDocs top = text ? searcher.search(query, limit)
          : searcher.search(query, limit, new Sort(new SortField(Archive.Fields.DATE, SortField.Type.LONG, true)));
      List<SearchHit> hits = new ArrayList<>();
      var stored = searcher.storedFields();
      for (ScoreDoc d : top.scoreDocs) {
        var doc = stored.document(d.doc);
        var day = doc.getField(Archive.Fields.DATE);
        hits.add(new SearchHit(doc.get(Archive.Fields.ID), doc.get(Archive.Fields.TITLE),
            day == null ? null : LocalDate.ofEpochDay(day.numericValue().longValue()).toString(),
            doc.get(Archive.Fields.SOURCE), Float.isNaN(d.score) ? 0f : d.score));
      }
      return new Found(hits, searcher.search(query, FacetCounts.manager()));
    });
    FacetCounts c = found.counts();
    List<EntityCount> top = topEntities(c.entities);
    return new SearchResult(c.total, found.hits(),
        new Facets(top(c.sources), top(c.types), top, top(c.months)), entities);
  }

  private static List<Count> top(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(FACET_SIZE).map(e -> new Count(e.getKey(), e.getValue())).toList();
  }

  private List<EntityCount> topEntities(Map<String, Long> counts) throws IOException {
    List<Count> top = top(counts);
    if (top.isEmpty()) return List.of();
    Map<Long, String[]> names = archive.read(db -> {
      Map<Long, String[]> out = new HashMap<>();
      try (PreparedStatement s = db.prepareStatement(
          "SELECT id, name, type FROM entities WHERE id IN (SELECT value FROM json_each(?))")) {
        s.setString(1, Json.write(top.stream().map(t -> Long.parseLong(t.value())).toList()));
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) out.put(r.getLong(1), new String[] {r.getString(2), r.getString(3)});
        }
      }
      return out;
    });
    List<EntityCount> out = new ArrayList<>();
    for (Count t : top) {
      long id = Long.parseLong(t.value());
      String[] n = names.getOrDefault(id, new String[] {"?", "?"});
      out.add(new EntityCount(id, n[0], n[1], t.count()));
    }
    return out;
  }

  /** Counts of doc values over every matching document: the facets, without a taxonomy. */
  static final class FacetCounts {
    long total;
    final Map<String, Long> sources = new HashMap<>(), types = new HashMap<>(), entities = new HashMap<>(),
        months = new TreeMap<>();

    static CollectorManager<Collector, FacetCounts> manager() {
      return new CollectorManager<>() {
        @Override
        public Collector newCollector() {
          return new Collector();
        }

        @Override
        public FacetCounts reduce(java.util.Collection<Collector> collectors) throws IOException {
          FacetCounts sum = new FacetCounts();
          for (Collector c : collectors) {
            c.flush();
            sum.total += c.counts.total;
            c.counts.sources.forEach((k, v) -> sum.sources.merge(k, v, Long::sum));
            c.counts.types.forEach((k, v) -> sum.types.merge(k, v, Long::sum));
            c.counts.entities.forEach((k, v) -> sum.entities.merge(k, v, Long::sum));
            c.counts.months.forEach((k, v) -> sum.months.merge(k, v, Long::sum));
          }
          return sum;
        }
      };
    }

    /** Counts ordinals per segment (no string look-up per document), turned into values when the segment ends. */
    static final class Collector extends SimpleCollector {
      final FacetCounts counts = new FacetCounts();
      private SortedSetDocValues source, type, entity;
      private NumericDocValues date;
      private long[] sourceOrds, typeOrds, entityOrds;
      private final Map<Long, Long> days = new HashMap<>();

      @Override
      protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        source = DocValues.getSortedSet(context.reader(), Archive.Fields.SOURCE);
        type = DocValues.getSortedSet(context.reader(), Archive.Fields.ENTITY_TYPE);
        entity = DocValues.getSortedSet(context.reader(), Archive.Fields.ENTITY_ID);
        date = DocValues.getNumeric(context.reader(), Archive.Fields.DATE);
        sourceOrds = new long[(int) source.getValueCount()];
        typeOrds = new long[(int) type.getValueCount()];
        entityOrds = new long[(int) entity.getValueCount()];
      }

      @Override
      public void collect(int doc) throws IOException {
        counts.total++;
        add(source, doc, sourceOrds);
        add(type, doc, typeOrds);
        add(entity, doc, entityOrds);
        if (date.advanceExact(doc)) days.merge(date.longValue(), 1L, Long::sum);
      }

      private static void add(SortedSetDocValues values, int doc, long[] into) throws IOException {
        if (!values.advanceExact(doc)) return;
        for (int i = 0; i < values.docValueCount(); i++) into[(int) values.nextOrd()]++;
      }

      /** Adds the finished segment's counts to the totals. */
      void flush() throws IOException {
        if (source == null) return;
        flush(source, sourceOrds, counts.sources);
        flush(type, typeOrds, counts.types);
        flush(entity, entityOrds, counts.entities);
        days.forEach((day, n) -> counts.months.merge(LocalDate.ofEpochDay(day).toString().substring(0, 7), n, Long::sum));
        days.clear();
        source = null;
      }

      private static void flush(SortedSetDocValues values, long[] ords, Map<String, Long> into) throws IOException {
        for (int ord = 0; ord < ords.length; ord++) {
          if (ords[ord] > 0) into.merge(values.lookupOrd(ord).utf8ToString(), ords[ord], Long::sum);
        }
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    }
  }

  // ---------------------------------------------------------------- entities

  /**
   * Archive entities named {@code name}: by canonical name or alias (case and diacritics folded), else, when
   * none is, those whose name contains it; most articles first. "#12" names entity 12.
   */
  public List<EntityRef> findEntities(String name) throws IOException {
    String key = Names.key(name);
    return archive.read(db -> {
      if (name.strip().matches("#\\d+")) {
        return entities(db, "WHERE e.id = ?", Long.parseLong(name.strip().substring(1)));
      }
      List<EntityRef> exact = entities(db, "WHERE e.key = ?1 OR e.id IN (SELECT entity FROM entity_aliases "
          + "WHERE lower(alias) = lower(?2)) OR lower(e.name) = lower(?2)", key, name.strip());
      if (!exact.isEmpty() || key.isEmpty()) return exact;
      return entities(db, "WHERE e.key LIKE '%' || ?1 || '%'", key);
    });
  }

  /** The archive entity with this id, if any. */
  public java.util.Optional<EntityRef> entity(long id) throws IOException {
    return archive.read(db -> entities(db, "WHERE e.id = ?", id).stream().findFirst());
  }

  private static List<EntityRef> entities(Connection db, String where, Object... params) throws SQLException {
    return rows(db, "SELECT e.id, e.name, e.type, e.article_count, e.mention_count, e.first_seen, e.last_seen "
        + "FROM entities e " + where + " ORDER BY e.article_count DESC, e.id LIMIT 100",
        r -> new EntityRef(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5), r.getString(6),
            r.getString(7)), params);
  }

  /** The profile of an archive entity; each list holds at most {@code limit} items (co-mentions: most shared first). */
  public java.util.Optional<EntityProfile> profile(long id, int limit) throws IOException {
    java.util.Optional<EntityRef> ref = entity(id);
    if (ref.isEmpty()) return java.util.Optional.empty();
    List<EntityEvent> events = entityEvents(id, limit);
    return java.util.Optional.of(archive.read(db -> new EntityProfile(ref.get(),
        counts(db, "SELECT alias, count FROM entity_aliases WHERE entity = ?1 ORDER BY count DESC, alias LIMIT ?2", id, limit),
        counts(db, "SELECT text, count FROM entity_descriptors WHERE entity = ?1 ORDER BY count DESC, text LIMIT ?2",
            id, limit),
        byDate(db, id, "attributed", false, limit, bound -> attributes(db, id, bound, limit)),
        byDate(db, id, "speaks", true, limit, bound -> quotes(db, "JOIN entity_links l ON l.article = q.article "
            + "AND l.local_id = q.speaker WHERE l.entity = ?1 AND l.speaks = 1" + after(bound), limit, dated(id, bound))),
        byDate(db, id, "quoted", true, limit, bound -> quotes(db, "WHERE (q.article, q.ord) IN (SELECT x.article, x.ord "
            + "FROM entity_links l JOIN mentions m ON m.article = l.article AND m.entity = l.local_id JOIN quotes x "
            + "ON x.article = m.article AND m.start >= x.start AND m.end <= x.end WHERE l.entity = ?1 AND l.quoted = 1"
            + after(bound) + ") AND NOT EXISTS (SELECT 1 FROM entity_links s WHERE s.article = q.article "
            + "AND s.local_id = q.speaker AND s.entity = ?1)", limit, dated(id, bound))),
        byDate(db, id, "sources", true, limit, bound -> claims(db, "JOIN entity_links l ON l.article = c.article "
            + "AND l.local_id = c.source WHERE l.entity = ?1 AND l.sources = 1" + after(bound), limit, dated(id, bound))),
        byDate(db, id, "claimed", true, limit, bound -> claims(db, "WHERE (c.article, c.ord) IN (SELECT x.article, x.ord "
            + "FROM entity_links l JOIN mentions m ON m.article = l.article AND m.entity = l.local_id JOIN claims x "
            + "ON x.article = m.article AND m.start >= x.start AND m.end <= x.end WHERE l.entity = ?1 AND l.claimed = 1"
            + after(bound) + ") AND NOT EXISTS (SELECT 1 FROM entity_links s WHERE s.article = c.article "
            + "AND s.local_id = c.source AND s.entity = ?1)", limit, dated(id, bound))),
        events,
        coMentioned(db, id, limit))));
  }

  private static List<Count> counts(Connection db, String sql, Object... params) throws SQLException {
    return rows(db, sql, r -> new Count(r.getString(1), r.getLong(2)), params);
  }

  /**
   * One section of a profile, in article-date order, from the entity's links dated up to / from {@code bound} (null:
   * all), a {@link DayNumbers} number as the links hold their days (V13).
   */
  @FunctionalInterface
  private interface DatedSection<T> {
    List<T> rows(Long bound) throws SQLException;
  }

  /**
   * A profile section ordered by article date (newest or oldest first), read from growing windows of
   * the entity's links flagged {@code flag} (an index on (entity, date) of the links with that flag among others,
   * V11: entity_links_date for attributed and speaks, entity_links_<flag> for sources, quoted and claimed):
   * the {@code limit} newest, then 8 times more, ..., until the window gives {@code limit} rows. Exact:
   * a row outside a window has an article older (newer) than all inside, or no date, so it comes after
   * them. An entity in tens of thousands of articles costs a few of its newest ones.
   */
  private static <T> List<T> byDate(Connection db, long id, String flag, boolean newestFirst, int limit,
      DatedSection<T> section) throws SQLException {
    return window(db, List.of(id), "date", flag + " = 1", newestFirst, limit, section);
  }

  /**
   * The growing windows of {@link #byDate} over any day column of the entity's links that a partial index
   * (entity, column) WHERE {@code where} covers; the section must keep only rows whose day is within the bound.
   */
  private static <T> List<T> window(Connection db, List<Long> ids, String column, String where, boolean newestFirst,
      int limit, DatedSection<T> section) throws SQLException {
    int window = Math.max(1, limit);
    try (PreparedStatement s = db.prepareStatement("SELECT " + column + " FROM entity_links WHERE " + entityIn("", ids)
        + " AND " + where + " AND " + column + " IS NOT NULL ORDER BY " + column + (newestFirst ? " DESC" : "")
        + " LIMIT 1 OFFSET ?")) {
      while (true) {
        bind(s, entityParam(ids), window - 1);
        Long bound;
        try (ResultSet r = s.executeQuery()) {
          bound = r.next() ? r.getLong(1) : null;
        }
        List<T> rows = section.rows(bound);
        if (bound == null || rows.size() >= limit) return rows;
        window *= 8;
      }
    }
  }

  /** "entity is one of {@code ids}" on the links aliased {@code alias} (or unaliased: ""), one parameter: {@link #entityParam}. */
  private static String entityIn(String alias, List<Long> ids) {
    String column = alias.isEmpty() ? "entity" : alias + ".entity";
    return ids.size() == 1 ? column + " = ?" : column + " IN (SELECT value FROM json_each(?))";
  }

  private static Object entityParam(List<Long> ids) {
    return ids.size() == 1 ? ids.get(0) : Json.write(ids);
  }

  /** The newest-first window condition on {@code l.date} (parameter ?2), or none. */
  private static String after(Long bound) {
    return bound == null ? "" : " AND l.date >= ?2";
  }

  /** The oldest-first window condition on {@code l.date} (parameter ?2), or none. */
  private static String before(Long bound) {
    return bound == null ? "" : " AND l.date <= ?2";
  }

  /** The parameters of a section with {@link #after} or {@link #before}: the entity, then the bound if any. */
  private static Object[] dated(long id, Long bound) {
    return bound == null ? new Object[] {id} : new Object[] {id, bound};
  }

  private static List<Attribute> attributes(Connection db, long id, Long bound, int limit) throws SQLException {
    return rows(db, "SELECT t.key, t.value, t.evidence_text, " + ARTICLE_COLUMNS
        + " FROM attributes t JOIN entity_links l ON l.article = t.article AND l.local_id = t.entity "
        + "JOIN articles a ON a.pk = t.article WHERE l.entity = ?1 AND l.attributed = 1"
        + (bound == null ? "" : " AND l.date <= ?3") + " ORDER BY a.date IS NULL, a.date, a.id, t.key LIMIT ?2",
        r -> new Attribute(r.getString(1), r.getString(2), r.getString(3), article(r, 4)),
        bound == null ? new Object[] {id, limit} : new Object[] {id, limit, bound});
  }

  private static List<EntityCount> coMentioned(Connection db, long id, int limit) throws SQLException {
    // Counted at store time up to the mark: counting here would join every link of the entity's articles. The
    // articles after it, whose counts an ingest holds in memory, from their links; only while there are any, as
    // the sum costs the top entities' profiles (thousands of partners) a few ms.
    String counts = HeldCoMentions.behind(db)
        ? "SELECT other, sum(articles) AS articles FROM (SELECT other, articles FROM entity_comentions WHERE entity = ?1 "
            + "UNION ALL " + HeldCoMentions.coMentionsOf(">") + ") GROUP BY other"
        : "SELECT other, articles FROM entity_comentions WHERE entity = ?1";
    return rows(db, "SELECT e.id, e.name, e.type, c.articles FROM (" + counts + ") c JOIN entities e ON e.id = c.other "
        + "ORDER BY 4 DESC, e.name LIMIT ?2",
        r -> new EntityCount(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4)), id, limit);
  }

  /** Events the entity takes part in (participant role, "place" or "source"), in time order. */
  private List<EntityEvent> entityEvents(long id, int limit) throws IOException {
    List<EventRow> rows = events(new EventFilter(null, id, null, null, null, limit));
    List<EntityEvent> out = new ArrayList<>();
    Map<String, List<String>> roles = archive.read(db -> {
      Map<String, List<String>> m = new HashMap<>();
      // Only the articles of the events shown, not all the entity's (same order per event: local id, then ord).
      try (PreparedStatement s = db.prepareStatement("SELECT a.id, p.event, p.role FROM articles a CROSS JOIN "
          + "entity_links l ON l.article = a.pk CROSS JOIN event_participants p ON p.article = l.article "
          + "AND p.entity = l.local_id WHERE a.id IN (SELECT value FROM json_each(?)) AND l.entity = ?")) {
        s.setString(1, Json.write(rows.stream().map(e -> e.article().id()).distinct().toList()));
        s.setLong(2, id);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) m.computeIfAbsent(r.getString(1) + "#" + r.getInt(2), k -> new ArrayList<>()).add(r.getString(3));
        }
      }
      return m;
    });
    for (EventRow e : rows) {
      List<String> rs = new ArrayList<>(roles.getOrDefault(e.article().id() + "#" + e.ord(), List.of()));
      if (id == (e.placeId() == null ? -1 : e.placeId())) rs.add("place");
      if (rs.isEmpty()) rs.add("source");
      out.add(new EntityEvent(String.join(",", rs), e));
    }
    return out;
  }

  // ---------------------------------------------------------------- quotes and claims

  /**
   * Quotes by speaker and text, newest article first. The speaker is any archive entity {@link #findEntities}
   * gives for the name (read through windows of their links, as a profile), or, for quotes whose speaker is no
   * entity ("Norwegian police"), the name as written, ignoring case.
   */
  public List<QuoteRow> quotes(QuoteFilter filter) throws IOException {
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    words(filter.text(), "q.text", where, params);
    int limit = Math.max(1, filter.limit());
    if (filter.speaker() != null) return byPerson(QUOTES_BY_SPEAKER, filter.speaker(), where, params, limit);
    return archive.read(db -> quotes(db, where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where), limit,
        params.toArray()));
  }

  /** Claims by source and stance, newest article first; the source as {@link #quotes(QuoteFilter)} takes the speaker. */
  public List<ClaimRow> claims(ClaimFilter filter) throws IOException {
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (filter.stance() != null) {
      where.add("c.stance = ? COLLATE NOCASE"); // searches claims_stance (NOCASE, V14)
      params.add(filter.stance().strip());
    }
    int limit = Math.max(1, filter.limit());
    if (filter.source() != null) return byPerson(CLAIMS_BY_SOURCE, filter.source(), where, params, limit);
    return archive.read(db -> claims(db, where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where), limit,
        params.toArray()));
  }

  /** Reads rows of a fact table matching a WHERE clause (the table aliased), newest article first, at most limit. */
  private interface FactReader<T> {
    List<T> read(Connection db, String where, int limit, Object... params) throws SQLException;
  }

  /**
   * A fact table as read by the person it names: its alias, the columns of the person's local entity and of the
   * name as written, the {@code entity_links} flag that marks such a person, and how its rows are read and ordered.
   */
  private record ByPerson<T>(String alias, String entityColumn, String nameColumn, String linkFlag,
      FactReader<T> reader, Function<T, ArticleRef> article, ToIntFunction<T> ord) {}

  private static final ByPerson<QuoteRow> QUOTES_BY_SPEAKER =
      new ByPerson<>("q", "speaker", "speaker_name", "speaks", Queries::quotes, QuoteRow::article, QuoteRow::ord);
  private static final ByPerson<ClaimRow> CLAIMS_BY_SOURCE =
      new ByPerson<>("c", "source", "source_name", "sources", Queries::claims, ClaimRow::article, ClaimRow::ord);

  /**
   * The rows of a person named {@code name}, newest first: those of the archive entities the name finds (growing
   * windows of their links) merged with those whose person is no entity and written so (the V6 partial index).
   */
  private <T> List<T> byPerson(ByPerson<T> t, String name, List<String> where, List<Object> params, int limit)
      throws IOException {
    List<Long> ids = findEntities(name).stream().map(EntityRef::id).toList();
    String and = where.stream().map(w -> " AND " + w).collect(Collectors.joining());
    String person = t.alias() + "." + t.entityColumn();
    return archive.read(db -> newestFirst(t.article(), t.ord(), limit,
        ids.isEmpty() ? List.of() : window(db, ids, "date", t.linkFlag() + " = 1", true, limit, bound -> t.reader()
            .read(db, "JOIN entity_links l ON l.article = " + t.alias() + ".article AND l.local_id = " + person
                + " WHERE " + entityIn("l", ids) + " AND l." + t.linkFlag() + " = 1"
                + (bound == null ? "" : " AND l.date >= ?") + and, limit, linkedParams(ids, bound, params))),
        t.reader().read(db, "WHERE " + person + " IS NULL AND " + t.alias() + "." + t.nameColumn()
            + " = ? COLLATE NOCASE" + and, limit, asWritten(name, params))));
  }

  private static Object[] linkedParams(List<Long> ids, Long bound, List<Object> rest) {
    List<Object> out = new ArrayList<>();
    out.add(entityParam(ids));
    if (bound != null) out.add(bound);
    out.addAll(rest);
    return out.toArray();
  }

  private static Object[] asWritten(String name, List<Object> rest) {
    List<Object> out = new ArrayList<>();
    out.add(name.strip());
    out.addAll(rest);
    return out.toArray();
  }

  /** Two lists each newest article first (undated last, then article id and position) merged, the first {@code limit}. */
  private static <T> List<T> newestFirst(Function<T, ArticleRef> article, ToIntFunction<T> ord, int limit,
      List<T> a, List<T> b) {
    Comparator<T> order = Comparator.comparing((T x) -> article.apply(x).date(),
            Comparator.nullsLast(Comparator.<String>reverseOrder()))
        .thenComparing(x -> article.apply(x).id()).thenComparingInt(ord);
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort(order);
    return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
  }

  private static void words(String text, String column, List<String> where, List<Object> params) {
    if (text == null) return;
    for (String w : text.strip().split("\\s+")) {
      if (w.isEmpty()) continue;
      where.add(column + " LIKE '%' || ? || '%'");
      params.add(w);
    }
  }

  /** Quotes matching {@code where} (aliased q), newest article first; positional parameters, then the limit is appended. */
  private static List<QuoteRow> quotes(Connection db, String where, int limit, Object... params) throws SQLException {
    return quotes(db, where, true, limit, params);
  }

  private static List<QuoteRow> quotes(Connection db, String where, boolean newestFirst, int limit, Object... params)
      throws SQLException {
    String sql = "SELECT " + ARTICLE_COLUMNS + ", q.ord, q.text, q.kind, (SELECT l.entity FROM entity_links l "
        + "WHERE l.article = q.article AND l.local_id = q.speaker), q.speaker_name, q.cue FROM quotes q "
        + "JOIN articles a ON a.pk = q.article " + where + " ORDER BY a.date IS NULL, a.date"
        + (newestFirst ? " DESC" : "") + ", a.id, q.ord LIMIT " + Math.max(1, limit);
    return rows(db, sql, r -> new QuoteRow(article(r, 1), r.getInt(5), r.getString(6), r.getString(7),
        longOrNull(r, 8), r.getString(9), r.getString(10)), params);
  }

  private static List<ClaimRow> claims(Connection db, String where, int limit, Object... params) throws SQLException {
    return claims(db, where, true, limit, params);
  }

  private static List<ClaimRow> claims(Connection db, String where, boolean newestFirst, int limit, Object... params)
      throws SQLException {
    String sql = "SELECT " + ARTICLE_COLUMNS + ", c.ord, c.text, (SELECT l.entity FROM entity_links l "
        + "WHERE l.article = c.article AND l.local_id = c.source), c.source_name, c.cue, c.stance FROM claims c "
        + "JOIN articles a ON a.pk = c.article " + where + " ORDER BY a.date IS NULL, a.date"
        + (newestFirst ? " DESC" : "") + ", a.id, c.ord LIMIT " + Math.max(1, limit);
    return rows(db, sql, r -> new ClaimRow(article(r, 1), r.getInt(5), r.getString(6), longOrNull(r, 7),
        r.getString(8), r.getString(9), r.getString(10)), params);
  }

  // ---------------------------------------------------------------- events and timelines

  /** Event reports matching the filter, ordered by day (event date, else article date). */
  public List<EventRow> events(EventFilter filter) throws IOException {
    if (filter.entityId() == null) return archive.read(db -> events(db, filter, null));
    // An entity's events in day order come from growing windows of its links by their earliest event day
    // (entity_links.event_day): every event on or before a window's last day is in the window's links.
    return archive.read(db -> window(db, List.of(filter.entityId()), "event_day", "event_day IS NOT NULL", false,
        Math.max(1, filter.limit()), bound -> events(db, filter, bound)));
  }

  /** The event reports of {@link #events(EventFilter)}; with a bound, only those of the entity's links and days up to it. */
  private static List<EventRow> events(Connection db, EventFilter filter, Long bound) throws SQLException {
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    String from = "events e";
    String day = EventDays.SQL;
    if (filter.entityId() != null) {
      // Driven from the entity's links (CROSS JOIN keeps that order), so that the cost follows the entity's
      // articles; as an "(article, ord) IN (...)" filter SQLite scanned every event of the archive.
      String links = bound == null ? "l.entity = ?" : "l.entity = ? AND l.event_day <= ?";
      from = "(SELECT p.article, p.event AS ord FROM entity_links l JOIN event_participants p "
          + "ON p.article = l.article AND p.entity = l.local_id WHERE " + links + " UNION SELECT x.article, x.ord "
          + "FROM entity_links l JOIN events x ON x.article = l.article AND (x.place = l.local_id "
          + "OR x.source = l.local_id) WHERE " + links + ") k CROSS JOIN events e ON e.article = k.article AND e.ord = k.ord";
      for (int i = 0; i < 2; i++) {
        params.add(filter.entityId());
        if (bound != null) params.add(bound);
      }
      if (bound != null) {
        where.add(day + " <= ?");
        params.add(DayNumbers.text(bound)); // the rule's day is text, the links' a number
      }
    }
    if (filter.type() != null) {
      where.add("e.type = ? COLLATE NOCASE"); // searches events_type (NOCASE, V14)
      params.add(filter.type());
    }
    if (filter.articleIds() != null) {
      where.add("a.id IN (SELECT value FROM json_each(?))");
      params.add(Json.write(filter.articleIds()));
    }
    if (filter.from() != null) {
      where.add(day + " >= ?");
      params.add(filter.from().toString());
    }
    if (filter.to() != null) {
      where.add(day + " <= ?");
      params.add(filter.to().toString());
    }
    String sql = "SELECT " + ARTICLE_COLUMNS + ", e.ord, e.type, e.trigger_text, "
        + "(SELECT l.entity FROM entity_links l WHERE l.article = e.article AND l.local_id = e.place), "
        + "coalesce(e.place_name, (SELECT ae.name FROM article_entities ae WHERE ae.article = e.article "
        + "AND ae.local_id = e.place)), e.time, " + day + ", e.source_name, e.stance, e.modality, e.article "
        + "FROM " + from + " JOIN articles a ON a.pk = e.article "
        + (where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where))
        + " ORDER BY " + day + " IS NULL, " + day + ", a.id, e.ord LIMIT " + Math.max(1, filter.limit());
    List<EventRow> out = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(sql);
        PreparedStatement ps = db.prepareStatement("SELECT p.role, (SELECT l.entity FROM entity_links l "
            + "WHERE l.article = p.article AND l.local_id = p.entity), coalesce(p.text, (SELECT ae.name FROM "
            + "article_entities ae WHERE ae.article = p.article AND ae.local_id = p.entity)) "
            + "FROM event_participants p WHERE p.article = ? AND p.event = ? ORDER BY p.ord");
        PreparedStatement cs = db.prepareStatement(
            "SELECT what, figure FROM event_counts WHERE article = ? AND event = ? ORDER BY what")) {
      bind(s, params.toArray());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long pk = r.getLong(15);
          int ord = r.getInt(5);
          List<Participant> participants = new ArrayList<>();
          bind(ps, pk, ord);
          try (ResultSet p = ps.executeQuery()) {
            while (p.next()) participants.add(new Participant(p.getString(1), longOrNull(p, 2), p.getString(3)));
          }
          Map<String, String> counts = new LinkedHashMap<>();
          bind(cs, pk, ord);
          try (ResultSet c = cs.executeQuery()) {
            while (c.next()) counts.put(c.getString(1), c.getString(2));
          }
          out.add(new EventRow(article(r, 1), ord, r.getString(6), r.getString(7), longOrNull(r, 8), r.getString(9),
              r.getString(10), r.getString(11), r.getString(12), r.getString(13), r.getString(14),
              List.copyOf(participants), counts));
        }
      }
    }
    return out;
  }

  /** Event reports matching the filter, grouped into real-world events with their figures side by side ({@link EventGroups}). */
  public List<EventGroup> eventGroups(EventFilter filter) throws IOException {
    return EventGroups.group(events(filter));
  }

  /**
   * A timeline in time order: the events (grouped, figures side by side) of an entity or of the articles matching
   * a query; for an entity also its dated quotes and the claims it is the source of. Undated entries come last.
   */
  public List<TimelineEntry> timeline(TimelineRequest request) throws IOException {
    int limit = Math.max(1, request.limit());
    List<TimelineEntry> out = new ArrayList<>();
    List<EventRow> rows;
    if (request.entityId() != null) {
      rows = events(new EventFilter(null, request.entityId(), null, null, null, limit));
      long id = request.entityId();
      // Its oldest quotes and claims, from windows of its links as the profile reads its newest.
      archive.read(db -> {
        for (QuoteRow q : byDate(db, id, "speaks", false, limit, bound -> quotes(db, "JOIN entity_links l "
            + "ON l.article = q.article AND l.local_id = q.speaker WHERE l.entity = ?1 AND l.speaks = 1"
            + before(bound), false, limit, dated(id, bound)))) {
          out.add(new TimelineEntry(q.article().date(), "quote", null, q, null));
        }
        for (ClaimRow c : byDate(db, id, "sources", false, limit, bound -> claims(db, "JOIN entity_links l "
            + "ON l.article = c.article AND l.local_id = c.source WHERE l.entity = ?1 AND l.sources = 1"
            + before(bound), false, limit, dated(id, bound)))) {
          out.add(new TimelineEntry(c.article().date(), "claim", null, null, c));
        }
        return null;
      });
    } else {
      List<String> ids = search(new SearchRequest(request.query(), null, null, null, null, null, TIMELINE_ARTICLES))
          .hits().stream().map(SearchHit::id).toList();
      rows = ids.isEmpty() ? List.of() : events(new EventFilter(null, null, ids, null, null, limit));
    }
    for (EventGroup g : EventGroups.group(rows)) {
      String when = g.time() != null && g.time().matches("\\d{4}.*") ? g.time() : g.firstDay();
      out.add(new TimelineEntry(when, "event", g, null, null));
    }
    out.sort(Comparator.comparing((TimelineEntry e) -> e.when() == null ? "~" : e.when())
        .thenComparing(e -> e.kind().equals("event") ? 0 : 1));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  // ---------------------------------------------------------------- helpers

  private static ArticleRef article(ResultSet r, int from) throws SQLException {
    return new ArticleRef(r.getString(from), r.getString(from + 1), r.getString(from + 2), r.getString(from + 3));
  }

  private static Long longOrNull(ResultSet r, int column) throws SQLException {
    long v = r.getLong(column);
    return r.wasNull() ? null : v;
  }

  /** One result row as a value. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet r) throws SQLException;
  }

  /** Every row of {@code sql} with {@code params} bound in order, read by {@code row}. */
  private static <T> List<T> rows(Connection db, String sql, RowReader<T> row, Object... params) throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(sql)) {
      bind(s, params);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) out.add(row.read(r));
      }
    }
    return out;
  }

  private static void bind(PreparedStatement s, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object v = params[i];
      if (v == null) s.setNull(i + 1, java.sql.Types.NULL);
      else if (v instanceof Integer n) s.setInt(i + 1, n);
      else if (v instanceof Long n) s.setLong(i + 1, n);
      else s.setString(i + 1, v.toString());
    }
  }
}
