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
    Path fresh = dir.resolve("fresh"), old = dir.resolve("old");
    List<dossier.model.ArticleAnalysis> articles = new java.util.ArrayList<>(Fixtures.generated(30, 7));
    articles.add(Fixtures.medvedev());
    try (Archive archive = Archive.open(fresh)) {
      archive.storeAll(articles);
    }
    // ... written into a V9 archive as V9 held them, one row per mention, descriptor, attribute,
    // participant and count, then migrated by opening it.
    java.nio.file.Files.createDirectories(old);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old.resolve("facts.db"));
        java.sql.Statement s = c.createStatement()) {
      Migrations.migrate(c, 9);
      s.execute("ATTACH '" + fresh.resolve("facts.db") + "' AS n");
      for (String sql : List.of("INSERT INTO articles SELECT * FROM n.articles",
          "UPDATE articles SET indexed = 0",
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
      assertEquals(List.of("10"), ArchiveTest.query(migrated, "SELECT max(version) FROM schema_version"));
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
