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
  void scriptsSplitIntoStatements() {
    assertEquals(List.of("CREATE TABLE a (x INTEGER);", "CREATE INDEX b ON a(x);"),
        Migrations.statements("-- comment\nCREATE TABLE a (\n  x INTEGER  -- the x\n);\n\nCREATE INDEX b ON a(x);\n")
            .stream().map(s -> s.replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")")).toList());
  }
}
