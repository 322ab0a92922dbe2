package dossier.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Json;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
  @TempDir Path dir;

  @Test
  void anOldVersionDatabaseIsMigratedOnOpenKeepingItsArticles() throws Exception {
    assertTrue(Migrations.latest() >= 2, "V1 and V2 at least");
    // A V1 archive (before cross-article entities), with one article written as V1 wrote them.
    var article = Fixtures.medvedev();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("facts.db"))) {
      Migrations.migrate(c, 1);
      assertEquals(1, Migrations.current(c));
      try (PreparedStatement s = c.prepareStatement("INSERT INTO articles (id, content_hash, date, text, schema, "
          + "analysis, indexed, ingested_at) VALUES (?, ?, '2023-01-31', ?, 'dossier.article/1', ?, 0, 'then')")) {
        s.setString(1, article.id());
        s.setString(2, Archive.contentHash(article.text()));
        s.setString(3, article.text());
        s.setString(4, Json.write(article));
        s.executeUpdate();
      }
    }
    try (Archive archive = Archive.open(dir)) {
      assertEquals(List.of(String.valueOf(Migrations.latest())),
          ArchiveTest.query(archive, "SELECT max(version) FROM schema_version"));
      assertEquals(List.of("1", "2"), ArchiveTest.query(archive, "SELECT version FROM schema_version ORDER BY version")
          .subList(0, 2));
      assertEquals(List.of("0"), ArchiveTest.query(archive, "SELECT count(*) FROM entities"));
      // The old article was indexed by recovery and is found; a new store links entities.
      assertEquals(article.id(), archive.search("Norway", 5).get(0).id());
      archive.storeAll(Fixtures.generated(5, 1));
      assertEquals(6, archive.stats().articles());
      assertTrue(archive.stats().entities() > 0);
    }
  }

  @Test
  void factRowsOfAV9ArchiveBecomeTheColumnsTheirViewsReadAsTheNewWriterWritesThem() throws Exception {
    // The articles stored by this build, their fact rows read through the V10 views ...
    Path fresh = storedFixtures(dir.resolve("fresh")), old = dir.resolve("old");
    // ... written into a V9 archive as V9 held them, one row per mention, descriptor, attribute,
    // participant and count, then migrated by opening it.
    java.nio.file.Files.createDirectories(old);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old.resolve("facts.db"));
        java.sql.Statement s = c.createStatement()) {
      Migrations.migrate(c, 9);
      s.execute("ATTACH '" + fresh.resolve("facts.db") + "' AS n");
      copy(s, "articles");
      for (String sql : List.of("UPDATE articles SET indexed = 0",
          "INSERT INTO article_entities SELECT article, local_id, name, type, subtype, link, mention_count "
              + "FROM n.article_entities",
          "INSERT INTO events SELECT article, ord, type, trigger_start, trigger_end, trigger_text, place, place_name, "
              + "time, source, source_name, stance, modality FROM n.events")) {
        s.execute(sql);
      }
      for (String table : List.of("mentions", "descriptors", "attributes", "event_participants", "event_counts",
          "quotes", "claims", "times", "relations")) {
        s.execute("INSERT INTO " + table + " SELECT * FROM n." + table);
      }
    }
    try (Archive migrated = Archive.open(old); Archive stored = Archive.open(fresh)) {
      assertEquals(List.of(String.valueOf(Migrations.latest())), ArchiveTest.query(migrated, "SELECT max(version) FROM schema_version"));
      for (String view : List.of("mentions", "descriptors", "attributes", "event_participants", "event_counts")) {
        String rows = "SELECT quote(article) || ' ' || group_concat(row, ' | ') FROM (SELECT *, json_array(" + columns(view)
            + ") AS row FROM " + view + ") GROUP BY article ORDER BY article";
        List<String> expected = ArchiveTest.query(stored, rows);
        assertTrue(!expected.isEmpty(), view + " has rows");
        assertEquals(expected, ArchiveTest.query(migrated, rows), view);
      }
      assertEquals(List.of("e1 0 Andrei Medvedev", "e1 1 Medvedev", "e1 2 Medvedev"), ArchiveTest.query(migrated,
          "SELECT entity || ' ' || ord || ' ' || text FROM mentions WHERE article = (SELECT pk FROM articles "
              + "WHERE id = 'tass-medvedev') AND entity = 'e1' ORDER BY ord"));
      // The migrated archive takes new articles like a new one.
      migrated.storeAll(Fixtures.unnamedThenNamed());
      assertEquals(List.of("cbs 0 A woman", "cbs 1 Raj Chohan", "ny1 0 A woman", "wcbs 0 The woman"),
          ArchiveTest.query(migrated, "SELECT a.id || ' ' || m.ord || ' ' || m.text FROM mentions m JOIN articles a "
              + "ON a.pk = m.article WHERE a.id IN ('ny1', 'wcbs', 'cbs') AND m.entity = 'e1' ORDER BY 1"));
    }
  }

  @Test
  void linkIndexesOfAV10ArchiveBecomeTheCoveringIndexesKeepingItsLinks() throws Exception {
    Path fresh = storedFixtures(dir.resolve("fresh")), old = dir.resolve("old");
    // The same rows in a V10 archive (V11 changes indexes only, so every table has the same columns).
    try (Connection c = olderArchive(old, 10, fresh); java.sql.Statement s = c.createStatement()) {
      assertEquals(List.of("entity_links_attributed", "entity_links_attributed_date", "entity_links_claimed",
          "entity_links_date", "entity_links_described", "entity_links_entity", "entity_links_events",
          "entity_links_quoted", "entity_links_sources", "entity_links_speaks"), linkIndexes(s));
    }
    String links = "SELECT group_concat(json_array(article, local_id, entity, method, score, date, described, "
        + "attributed, speaks, sources, quoted, claimed, event_day), ' ') FROM (SELECT * FROM entity_links "
        + "ORDER BY article, local_id)";
    try (Archive migrated = Archive.open(old); Archive stored = Archive.open(fresh)) {
      assertEquals(ArchiveTest.query(stored, links), ArchiveTest.query(migrated, links));
      assertSameMedvedevProfile(migrated, stored);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old.resolve("facts.db"));
        java.sql.Statement s = c.createStatement()) {
      assertEquals(List.of("entity_links_claimed", "entity_links_date", "entity_links_entity", "entity_links_events",
          "entity_links_quoted", "entity_links_sources"), linkIndexes(s));
    }
  }

  @Test
  void aV11ArchiveKeepsItsUnindexedArticlesInTheirTableWithoutTheUnreadIndexes() throws Exception {
    Path fresh = storedFixtures(dir.resolve("fresh")), old = dir.resolve("old");
    // The same rows in a V11 archive (V12 moves the indexed flag into a table of its own and drops indexes).
    try (Connection c = olderArchive(old, 11, fresh); java.sql.Statement s = c.createStatement()) {
      s.execute("UPDATE articles SET indexed = 1 WHERE id <> 'tass-medvedev'");
      assertEquals(List.of("articles_date", "articles_source", "articles_unindexed", "quotes_speaker",
          "quotes_unlinked_speaker"), indexes(s, "'articles', 'quotes'"));
      Migrations.migrate(c, 12);
      assertEquals(List.of("quotes_unlinked_speaker"), indexes(s, "'articles', 'quotes'"));
      // The article whose flag said unindexed waits in unindexed_articles; the flag is gone.
      try (java.sql.ResultSet r = s.executeQuery("SELECT group_concat(a.id) FROM unindexed_articles u "
          + "JOIN articles a ON a.pk = u.pk")) {
        assertEquals("tass-medvedev", r.getString(1));
      }
      try (java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM pragma_table_info('articles') "
          + "WHERE name = 'indexed'")) {
        assertEquals(0, r.getInt(1));
      }
    }
    try (Archive migrated = Archive.open(old); Archive stored = Archive.open(fresh)) {
      assertSameMedvedevProfile(migrated, stored);
      // Recovery indexed the archive on open (it had no index), and no article waits.
      assertEquals("tass-medvedev", migrated.search("Norway", 5).get(0).id());
      assertEquals(List.of("0"), ArchiveTest.query(migrated, "SELECT count(*) FROM unindexed_articles"));
      // A speaker's quotes: its links, then each article's quotes by their primary key.
      assertEquals(List.of("SEARCH q USING PRIMARY KEY (article=?)"), plan(migrated, "SELECT q.ord FROM quotes q "
          + "JOIN entity_links l ON l.article = q.article AND l.local_id = q.speaker WHERE l.entity = ?1 "
          + "AND l.speaks = 1 AND l.date >= ?2").stream().filter(step -> step.contains(" q ")).toList());
    }
  }

  @Test
  void theLinkDaysOfAV12ArchiveBecomeNumbersAndEveryQueryReadsTheSameFromThem() throws Exception {
    Path fresh = storedFixtures(dir.resolve("fresh")), old = dir.resolve("old");
    // The same rows in a V12 archive, the links' days as V12 wrote them ("2023-01-31").
    try (Connection c = olderArchive(old, 12, fresh); java.sql.Statement s = c.createStatement()) {
      try (java.sql.ResultSet r = s.executeQuery("SELECT group_concat(DISTINCT typeof(date) || '/' || length(date)) "
          + "FROM entity_links")) {
        assertEquals("text/10", r.getString(1));
      }
    }
    String links = "SELECT group_concat(json_array(article, local_id, entity, method, score, date, typeof(date), "
        + "described, attributed, speaks, sources, quoted, claimed, event_day, typeof(event_day)), ' ') "
        + "FROM (SELECT * FROM entity_links ORDER BY article, local_id)";
    try (Archive migrated = Archive.open(old); Archive stored = Archive.open(fresh)) {
      // The days are the numbers this build writes, e.g. 20230131, and every link has one.
      assertEquals(ArchiveTest.query(stored, links), ArchiveTest.query(migrated, links));
      assertEquals(List.of("integer", "integer"), ArchiveTest.query(migrated, "SELECT DISTINCT typeof(date) "
          + "FROM entity_links UNION ALL SELECT DISTINCT typeof(event_day) FROM entity_links WHERE event_day IS NOT NULL"));
      assertEquals(List.of("entity_links_claimed", "entity_links_date", "entity_links_entity", "entity_links_events",
          "entity_links_quoted", "entity_links_sources"), ArchiveTest.query(migrated, "SELECT name FROM sqlite_master "
          + "WHERE type = 'index' AND tbl_name = 'entity_links' AND sql IS NOT NULL ORDER BY name"));
      assertSameMedvedevProfile(migrated, stored);
      // Every entity's profile, events and timeline, and the quotes and claims by name, read from the days.
      var m = new dossier.archive.query.Queries(migrated);
      var f = new dossier.archive.query.Queries(stored);
      List<String> ids = ArchiveTest.query(stored, "SELECT id FROM entities ORDER BY id");
      assertTrue(ids.size() > 10, "entities: " + ids.size());
      for (String text : ids) {
        long id = Long.parseLong(text);
        for (int limit : List.of(1, 3, 50)) {
          assertEquals(f.profile(id, limit), m.profile(id, limit), "profile " + id);
          var events = new dossier.archive.query.QueryRecords.EventFilter(null, id, null, null, null, limit);
          assertEquals(f.events(events), m.events(events), "events " + id);
          var timeline = new dossier.archive.query.QueryRecords.TimelineRequest(id, null, limit);
          assertEquals(f.timeline(timeline), m.timeline(timeline), "timeline " + id);
        }
      }
      for (String name : ArchiveTest.query(stored, "SELECT DISTINCT name FROM entities ORDER BY name")) {
        var quotes = new dossier.archive.query.QueryRecords.QuoteFilter(name, null, 3);
        assertEquals(f.quotes(quotes), m.quotes(quotes), "quotes by " + name);
        var claims = new dossier.archive.query.QueryRecords.ClaimFilter(name, null, 3);
        assertEquals(f.claims(claims), m.claims(claims), "claims by " + name);
      }
    }
  }

  /** A database at {@code old} migrated up to {@code version} only, holding the rows of the archive at {@code fresh}. */
  private static Connection olderArchive(Path old, int version, Path fresh) throws Exception {
    java.nio.file.Files.createDirectories(old);
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + old.resolve("facts.db"));
    Migrations.migrate(c, version);
    try (java.sql.Statement s = c.createStatement()) {
      copyTables(s, fresh);
      // Before V13 the links' days were text: the copied numbers (20221103, as text now) as "2022-11-03".
      if (version < 13) {
        s.execute("UPDATE entity_links SET date = " + dayText("date") + ", event_day = " + dayText("event_day"));
      }
    }
    return c;
  }

  private static String dayText(String column) {
    return "substr(" + column + ", 1, 4) || '-' || substr(" + column + ", 5, 2) || '-' || substr(" + column + ", 7, 2)";
  }

  /** The migrated archive's profile of Andrei Medvedev is the freshly stored one's, quotes by him included. */
  private static void assertSameMedvedevProfile(Archive migrated, Archive stored) throws Exception {
    var profile = new dossier.archive.query.Queries(migrated).profile(medvedevEntity(migrated), 50).orElseThrow();
    assertEquals(profile, new dossier.archive.query.Queries(stored).profile(medvedevEntity(stored), 50).orElseThrow());
    assertTrue(!profile.quotesBy().isEmpty(), "the profile has quotes by the entity");
  }

  /**
   * Copies every table of the archive at {@code from} that the older schema of {@code s} has into it, all
   * articles unindexed (the older schema's flag, or from V12 its table).
   */
  private static void copyTables(java.sql.Statement s, Path from) throws Exception {
    s.execute("ATTACH '" + from.resolve("facts.db") + "' AS n");
    List<String> tables = new java.util.ArrayList<>();
    try (java.sql.ResultSet r = s.executeQuery("SELECT name FROM n.sqlite_master WHERE type = 'table' "
        + "AND name NOT LIKE 'sqlite%' AND name <> 'schema_version' AND name IN (SELECT name FROM main.sqlite_master)")) {
      while (r.next()) tables.add(r.getString(1));
    }
    for (String table : tables) copy(s, table);
    boolean flagged;
    try (java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'indexed'")) {
      flagged = r.getInt(1) == 1;
    }
    s.execute(flagged ? "UPDATE articles SET indexed = 0" : "INSERT OR IGNORE INTO unindexed_articles SELECT pk FROM articles");
    s.execute("DETACH n");
  }

  /** Copies the rows of table {@code n.table} into {@code table}, by the columns of {@code n.table}. */
  private static void copy(java.sql.Statement s, String table) throws Exception {
    List<String> columns = new java.util.ArrayList<>();
    try (java.sql.ResultSet r = s.executeQuery("SELECT name FROM pragma_table_info('" + table + "', 'n')")) {
      while (r.next()) columns.add(r.getString(1));
    }
    String list = String.join(", ", columns);
    // OR REPLACE: V9 wrote its archive_marks row already.
    s.execute("INSERT OR REPLACE INTO " + table + " (" + list + ") SELECT " + list + " FROM n." + table);
  }

  /** An archive of this build at {@code fresh}: 30 generated articles and the Medvedev article. */
  private static Path storedFixtures(Path fresh) throws Exception {
    List<dossier.model.ArticleAnalysis> articles = new java.util.ArrayList<>(Fixtures.generated(30, 7));
    articles.add(Fixtures.medvedev());
    try (Archive archive = Archive.open(fresh)) {
      archive.storeAll(articles);
    }
    return fresh;
  }

  private static long medvedevEntity(Archive archive) throws Exception {
    return Long.parseLong(ArchiveTest.query(archive, "SELECT l.entity FROM entity_links l JOIN articles a "
        + "ON a.pk = l.article WHERE a.id = 'tass-medvedev' AND l.local_id = 'e1'").get(0));
  }

  private static List<String> linkIndexes(java.sql.Statement s) throws Exception {
    return indexes(s, "'entity_links'");
  }

  /** The indexes a migration made (not the primary keys' and UNIQUE constraints') on the tables in {@code tables}. */
  private static List<String> indexes(java.sql.Statement s, String tables) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    try (java.sql.ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index' "
        + "AND tbl_name IN (" + tables + ") AND sql IS NOT NULL ORDER BY name")) {
      while (r.next()) out.add(r.getString(1));
    }
    return out;
  }

  /**
   * The profile's, timeline's, quotes' and claims' reads of an entity's links, as their queries ask (one entity,
   * a flag, a date bound, ordered by date or article), each search the index meant for it and none scans the links.
   */
  @Test
  void entityReadsOfLinksUseTheirIndexes() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(Fixtures.generated(30, 7));
      // attributed and speaks from the covering index of the links with either, the other flags from their own.
      for (String flag : List.of("attributed", "speaks", "sources", "quoted", "claimed")) {
        String index = flag.equals("attributed") || flag.equals("speaks") ? "entity_links_date" : "entity_links_" + flag;
        for (String order : List.of("date", "date DESC")) {
          List<String> plan = plan(archive, "SELECT date FROM entity_links WHERE entity = ? AND " + flag + " = 1 "
              + "AND date IS NOT NULL ORDER BY " + order + " LIMIT 1 OFFSET ?");
          assertTrue(plan.size() == 1 && plan.get(0).matches("SEARCH entity_links USING (COVERING )?INDEX " + index
              + " \\(entity=\\? AND date>\\?\\)"), flag + " window: " + plan);
        }
      }
      assertEquals(List.of("SEARCH entity_links USING COVERING INDEX entity_links_events (entity=? AND event_day>?)"),
          plan(archive, "SELECT event_day FROM entity_links WHERE entity = ? AND event_day IS NOT NULL "
              + "AND event_day IS NOT NULL ORDER BY event_day LIMIT 1 OFFSET ?"));
      // Sections: quotes by the entity (profile: newest first, timeline: oldest first), claims by it, its attributes.
      for (String bound : List.of("l.date >= ?2", "l.date <= ?2")) {
        assertLinksFirst(archive, "entity_links_date (entity=? AND date" + (bound.contains(">") ? ">" : "<") + "?)",
            "SELECT q.ord FROM quotes q JOIN articles a ON a.pk = q.article JOIN entity_links l ON l.article = q.article "
                + "AND l.local_id = q.speaker WHERE l.entity = ?1 AND l.speaks = 1 AND " + bound
                + " ORDER BY a.date IS NULL, a.date DESC, a.id, q.ord LIMIT 50");
        assertLinksFirst(archive, "entity_links_sources (entity=? AND date" + (bound.contains(">") ? ">" : "<") + "?)",
            "SELECT c.ord FROM claims c JOIN articles a ON a.pk = c.article JOIN entity_links l ON l.article = c.article "
                + "AND l.local_id = c.source WHERE l.entity = ?1 AND l.sources = 1 AND " + bound
                + " ORDER BY a.date IS NULL, a.date DESC, a.id, c.ord LIMIT 50");
      }
      assertLinksFirst(archive, "entity_links_date (entity=? AND date<?)", "SELECT t.key FROM attributes t "
          + "JOIN entity_links l ON l.article = t.article AND l.local_id = t.entity JOIN articles a ON a.pk = t.article "
          + "WHERE l.entity = ?1 AND l.attributed = 1 AND l.date <= ?3 ORDER BY a.date IS NULL, a.date, a.id, t.key LIMIT ?2");
      // The resolver's profile: the oldest described / attributed links, and the newest link.
      assertLinksFirst(archive, "entity_links_entity (entity=?)", "SELECT d.text FROM entity_links l JOIN descriptors d "
          + "ON d.article = l.article AND d.entity = l.local_id WHERE l.entity = ? AND l.described = 1 "
          + "ORDER BY l.article, l.local_id, d.ord LIMIT 200");
      assertLinksFirst(archive, "entity_links_entity (entity=?)", "SELECT t.key, t.value, l.date FROM entity_links l "
          + "JOIN attributes t ON t.article = l.article AND t.entity = l.local_id WHERE l.entity = ? AND l.attributed = 1 "
          + "ORDER BY l.article, l.local_id, t.key LIMIT 200");
      assertEquals(List.of("SEARCH entity_links USING COVERING INDEX entity_links_entity (entity=?)"),
          plan(archive, "SELECT max(article) FROM entity_links WHERE entity = ?"));
    }
  }

  /** `claims --stance` and `events --type`, case-blind, search their NOCASE indexes (V14) instead of scanning them. */
  @Test
  void stanceAndTypeFiltersSearchTheirIndexes() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(Fixtures.generated(30, 7));
      assertEquals("SEARCH c USING COVERING INDEX claims_stance (stance=?)", plan(archive, "SELECT c.ord FROM claims c "
          + "JOIN articles a ON a.pk = c.article WHERE c.stance = ? COLLATE NOCASE ORDER BY a.date IS NULL, a.date DESC, "
          + "a.id, c.ord LIMIT 50").get(0));
      assertEquals("SEARCH e USING COVERING INDEX events_type (type=?)", plan(archive, "SELECT e.ord FROM events e "
          + "JOIN articles a ON a.pk = e.article WHERE e.type = ? COLLATE NOCASE ORDER BY a.date IS NULL, a.date, a.id, "
          + "e.ord LIMIT 50").get(0));
    }
  }

  /** The plan of {@code sql} starts from the links through {@code index} and scans no table but the views' JSON. */
  private static void assertLinksFirst(Archive archive, String index, String sql) throws Exception {
    List<String> plan = plan(archive, sql);
    assertTrue(plan.get(0).matches("SEARCH l USING (COVERING )?INDEX " + java.util.regex.Pattern.quote(index)),
        sql + ": " + plan);
    assertTrue(plan.stream().noneMatch(step -> step.startsWith("SCAN") && !step.contains("VIRTUAL TABLE")
        || step.contains("AUTOMATIC")), sql + ": " + plan);
  }

  /** The steps of SQLite's query plan for {@code sql}, in order. */
  private static List<String> plan(Archive archive, String sql) throws Exception {
    return archive.read(c -> {
      List<String> steps = new java.util.ArrayList<>();
      try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
        while (r.next()) steps.add(r.getString(4));
      }
      return steps;
    });
  }

  /** The columns of a view, in order, for json_array(...): each row compared with its values' types. */
  private static String columns(String view) {
    return switch (view) {
      case "mentions" -> "article, entity, ord, start, end, text";
      case "descriptors" -> "article, entity, ord, text";
      case "attributes" -> "article, entity, key, value, evidence_start, evidence_end, evidence_text";
      case "event_participants" -> "article, event, ord, role, entity, text";
      default -> "article, event, what, figure";
    };
  }

  @Test
  void scriptsSplitIntoStatements() {
    assertEquals(List.of("CREATE TABLE a (x INTEGER);", "CREATE INDEX b ON a(x);"),
        Migrations.statements("-- comment\nCREATE TABLE a (\n  x INTEGER  -- the x\n);\n\nCREATE INDEX b ON a(x);\n")
            .stream().map(s -> s.replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")")).toList());
  }
}
