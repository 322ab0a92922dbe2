package dossier.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Archive#openReadOnly}: queries beside a writer, which sees its commits, and refuses every write. */
class ReadOnlyArchiveTest {
  @TempDir Path dir;

  @Test
  void readsBesideAWriterAndSeesItsLaterCommits() throws Exception {
    List<dossier.model.ArticleAnalysis> articles = Fixtures.generated(40, 3);
    try (Archive writer = Archive.open(dir)) {
      writer.storeAll(articles.subList(0, 20));
      try (Archive reader = Archive.openReadOnly(dir)) {
        assertTrue(reader.isReadOnly());
        assertEquals(20, reader.stats().articles());
        assertEquals(20, (int) reader.readIndex(s -> s.getIndexReader().numDocs()));
        String id = articles.get(25).id();
        assertFalse(reader.contains(id, null));
        assertEquals(0, reader.search("id:" + id, 5).size() + (reader.article(id).isPresent() ? 1 : 0));

        writer.storeAll(articles.subList(20, 40));

        assertEquals(40, reader.stats().articles());
        assertEquals(40, (int) reader.readIndex(s -> s.getIndexReader().numDocs()));
        assertTrue(reader.contains(id, null));
        assertEquals(articles.get(25), reader.article(id).orElseThrow());
        assertEquals(writer.fingerprint(), reader.fingerprint());
      }
    }
  }

  @Test
  void everyWriteFailsClearly() throws Exception {
    try (Archive writer = Archive.open(dir)) {
      writer.store(Fixtures.medvedev());
    }
    try (Archive reader = Archive.openReadOnly(dir)) {
      IOException store = assertThrows(IOException.class, () -> reader.store(Fixtures.generated(1, 1).get(0)));
      assertTrue(store.getMessage().contains("read-only"), store.getMessage());
      IOException override = assertThrows(IOException.class,
          () -> reader.addOverride("merge", "a", "e1", "b", "e1", null));
      assertTrue(override.getMessage().contains("read-only"), override.getMessage());
      // Even SQL handed to the query hook cannot write: the connection is opened read-only.
      IOException sql = assertThrows(IOException.class, () -> reader.read(c -> {
        try (Statement s = c.createStatement()) {
          return s.executeUpdate("DELETE FROM articles");
        }
      }));
      assertTrue(sql.getMessage().contains("readonly"), sql.getMessage());
      assertEquals(1, reader.stats().articles());
    }
    // A read-only open takes no lock: a writer opens while it is open.
    try (Archive reader = Archive.openReadOnly(dir); Archive writer = Archive.open(dir)) {
      assertEquals(1, reader.stats().articles());
      assertEquals(1, writer.stats().articles());
    }
  }

  @Test
  void refusesAMissingArchiveOrOneThatNeedsMigration() throws Exception {
    IOException missing = assertThrows(IOException.class, () -> Archive.openReadOnly(dir.resolve("none")));
    assertTrue(missing.getMessage().contains("no archive"), missing.getMessage());
    try (Archive writer = Archive.open(dir)) {
      writer.write(c -> {
        try (Statement s = c.createStatement()) {
          return s.executeUpdate("DELETE FROM schema_version WHERE version = (SELECT max(version) FROM schema_version)");
        }
      });
    }
    IOException old = assertThrows(IOException.class, () -> Archive.openReadOnly(dir));
    assertTrue(old.getMessage().contains("migrate"), old.getMessage());
  }
}
