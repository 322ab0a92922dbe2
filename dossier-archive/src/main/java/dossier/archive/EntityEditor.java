package dossier.archive;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * User corrections of cross-article entities: merge two archive entities, or split the article
 * entities with one name off an archive entity. Each records overrides in {@code entity_overrides}
 * (by article id and local id, so later stores and rebuilds apply them) AND relinks the rows already
 * stored: links, aliases, counts, first/last seen, and the affected articles' {@code entity_id} in Lucene.
 */
public final class EntityEditor {
  private EntityEditor() {}

  /** What an edit did: the entity kept (or created), the entity removed (or split from), articles re-indexed, links moved. */
  public record Result(long kept, long other, int articles, int links) {}

  /** Merges archive entity {@code gone} into {@code keep}. */
  public static Result merge(Archive archive, long keep, long gone, String note) throws IOException {
    if (keep == gone) throw new IOException("#" + keep + " and #" + gone + " are already one entity");
    Set<Long> pks = new TreeSet<>();
    int[] moved = new int[1];
    archive.write(db -> {
      requireEntity(db, keep);
      requireEntity(db, gone);
      String[] repKeep = representative(db, keep, null), repGone = representative(db, gone, null);
      if (repKeep != null && repGone != null) {
        override(db, "merge", repGone, repKeep, note);
      }
      pks.addAll(articlesOf(db, gone));
      moved[0] = move(db, keep, gone, "override", 1.0);
      return null;
    });
    archive.resolver().invalidate();
    archive.reindexArticles(pks);
    return new Result(keep, gone, pks.size(), moved[0]);
  }

  /**
   * Moves the links of each archive entity {@code gone} to its {@code keep} entity (gone id -> kept
   * id) and removes the gone ones, without an override: the resolver's own decision during a store
   * (an unnamed participant an article identified as a named one), recorded as {@code method}. Runs
   * in the caller's transaction; returns the articles whose index documents name a gone entity.
   */
  static Set<Long> join(Connection db, Map<Long, Long> goneToKeep, String method) throws SQLException {
    Set<Long> pks = new TreeSet<>();
    for (var e : goneToKeep.entrySet()) {
      long gone = e.getKey(), keep = e.getValue();
      if (gone == keep || !exists(db, gone) || !exists(db, keep)) continue;
      pks.addAll(articlesOf(db, gone));
      move(db, keep, gone, method, null);
    }
    return pks;
  }

  /**
   * Moves every link of {@code gone} to {@code keep} as {@code method} (with {@code score}, or each
   * link's own when null), rebuilds what {@code keep} derives from its links, and removes
   * {@code gone}. Returns the links moved.
   */
  private static int move(Connection db, long keep, long gone, String method, Double score) throws SQLException {
    int moved;
    try (PreparedStatement s = db.prepareStatement(
        "UPDATE entity_links SET entity = ?1, method = ?2, score = coalesce(?3, score) WHERE entity = ?4")) {
      s.setLong(1, keep);
      s.setString(2, method);
      s.setObject(3, score);
      s.setLong(4, gone);
      moved = s.executeUpdate();
    }
    refresh(db, keep);
    coMentions(db, gone);
    for (String table : List.of("entity_aliases", "entity_descriptors")) {
      try (PreparedStatement s = db.prepareStatement("DELETE FROM " + table + " WHERE entity = ?")) {
        s.setLong(1, gone);
        s.executeUpdate();
      }
    }
    try (PreparedStatement s = db.prepareStatement("DELETE FROM entities WHERE id = ?")) {
      s.setLong(1, gone);
      s.executeUpdate();
    }
    return moved;
  }

  private static boolean exists(Connection db, long id) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT 1 FROM entities WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  /**
   * Splits off {@code entity} the article entities named {@code name} (same name key or spelling
   * variant) into a new archive entity. Fails when none or all of its article entities have that name.
   */
  public static Result split(Archive archive, long entity, String name, String note) throws IOException {
    Set<Long> pks = new TreeSet<>();
    long[] created = new long[1];
    int[] moved = new int[1];
    archive.write(db -> {
      requireEntity(db, entity);
      List<String> wanted = dossier.archive.resolve.NameVariants.tokens(name);
      List<String[]> split = new ArrayList<>(), stay = new ArrayList<>();
      String type = null;
      try (PreparedStatement s = db.prepareStatement("SELECT a.id, l.local_id, ae.name, ae.type, a.pk FROM entity_links l "
          + "JOIN articles a ON a.pk = l.article JOIN article_entities ae ON ae.article = l.article "
          + "AND ae.local_id = l.local_id WHERE l.entity = ? ORDER BY a.pk, l.local_id")) {
        s.setLong(1, entity);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            String[] row = {r.getString(1), r.getString(2), r.getString(5)};
            if (dossier.archive.resolve.NameVariants.tokens(r.getString(3)).equals(wanted)) {
              split.add(row);
              type = r.getString(4);
            } else {
              stay.add(row);
            }
          }
        }
      }
      if (split.isEmpty()) throw new SQLException("no article entity named '" + name + "' is linked to #" + entity);
      if (stay.isEmpty()) throw new SQLException("every article entity of #" + entity + " is named '" + name
          + "': nothing to split from");
      created[0] = new EntityTable(db).create(name, type);
      String[] rep = split.get(0);
      override(db, "split", rep, stay.get(0), note);
      for (String[] other : split.subList(1, split.size())) override(db, "merge", other, rep, note);
      try (PreparedStatement s = db.prepareStatement("UPDATE entity_links SET entity = ?, method = 'override', score = 1.0 "
          + "WHERE article = ? AND local_id = ?")) {
        for (String[] row : split) {
          s.setLong(1, created[0]);
          s.setLong(2, Long.parseLong(row[2]));
          s.setString(3, row[1]);
          moved[0] += s.executeUpdate();
          pks.add(Long.parseLong(row[2]));
        }
      }
      refresh(db, entity);
      refresh(db, created[0]);
      return null;
    });
    archive.resolver().invalidate();
    archive.reindexArticles(pks);
    return new Result(created[0], entity, pks.size(), moved[0]);
  }

  private static void requireEntity(Connection db, long id) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT 1 FROM entities WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) throw new SQLException("no archive entity #" + id);
      }
    }
  }

  /** The earliest article entity linked to {@code entity}: {article id, local id}, or null. */
  private static String[] representative(Connection db, long entity, String ignored) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT a.id, l.local_id FROM entity_links l JOIN articles a "
        + "ON a.pk = l.article WHERE l.entity = ? ORDER BY a.pk, l.local_id LIMIT 1")) {
      s.setLong(1, entity);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? new String[] {r.getString(1), r.getString(2)} : null;
      }
    }
  }

  private static void override(Connection db, String action, String[] a, String[] b, String note) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("INSERT INTO entity_overrides (action, article_id, local_id, "
        + "other_article_id, other_local_id, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      FactWriter.set(s, action, a[0], a[1], b[0], b[1], note, Instant.now().toString());
      s.executeUpdate();
    }
  }

  private static List<Long> articlesOf(Connection db, long entity) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement("SELECT DISTINCT article FROM entity_links WHERE entity = ?")) {
      s.setLong(1, entity);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) out.add(r.getLong(1));
      }
    }
    return out;
  }

  /**
   * Rebuilds an entity's co-mention counts (both directions) from the links it has now in the articles
   * {@code entity_comentions} counts, those up to {@code archive_marks.comentions_through} (the counts of
   * later ones are held in memory, {@link HeldCoMentions#relinked}); none when it has none.
   */
  static void coMentions(Connection db, long entity) throws SQLException {
    for (String sql : List.of(
        // Rows come in pairs, (e, o) and (o, e): the first finds the second through the primary key.
        "DELETE FROM entity_comentions WHERE other = ?1 AND entity IN (SELECT other FROM entity_comentions WHERE entity = ?1)",
        "DELETE FROM entity_comentions WHERE entity = ?1",
        "INSERT INTO entity_comentions (entity, other, articles) SELECT ?1, other, articles FROM ("
            + HeldCoMentions.coMentionsOf("<=") + ")",
        "INSERT INTO entity_comentions (entity, other, articles) SELECT other, entity, articles FROM entity_comentions "
            + "WHERE entity = ?1")) {
      try (PreparedStatement s = db.prepareStatement(sql)) {
        s.setLong(1, entity);
        s.executeUpdate();
      }
    }
  }

  /** Rebuilds an entity's aliases, descriptor counts, co-mentions, counts and first/last seen from the links it has now. */
  static void refresh(Connection db, long entity) throws SQLException {
    coMentions(db, entity);
    for (String table : List.of("entity_aliases", "entity_descriptors")) {
      try (PreparedStatement s = db.prepareStatement("DELETE FROM " + table + " WHERE entity = ?")) {
        s.setLong(1, entity);
        s.executeUpdate();
      }
    }
    try (PreparedStatement s = db.prepareStatement("INSERT INTO entity_descriptors (entity, text, count) "
        + "SELECT ?1, d.text, count(*) FROM entity_links l JOIN descriptors d ON d.article = l.article "
        + "AND d.entity = l.local_id WHERE l.entity = ?1 AND l.described = 1 GROUP BY d.text")) {
      s.setLong(1, entity);
      s.executeUpdate();
    }
    try (PreparedStatement s = db.prepareStatement("INSERT INTO entity_aliases (entity, alias, count) "
        // Each half driven from the entity's links: as one union joined to the links, SQLite built the union
        // over every article entity and mention of the archive (1.2 s per entity at 20k articles).
        + "SELECT ?1, alias, count(*) FROM (SELECT l.article, l.local_id, ae.name AS alias FROM entity_links l "
        + "JOIN article_entities ae ON ae.article = l.article AND ae.local_id = l.local_id WHERE l.entity = ?1 "
        + "UNION SELECT l.article, l.local_id, m.text FROM entity_links l JOIN mentions m ON m.article = l.article "
        + "AND m.entity = l.local_id WHERE l.entity = ?1 AND m.text <> lower(m.text)) GROUP BY alias")) {
      s.setLong(1, entity);
      s.executeUpdate();
    }
    try (PreparedStatement s = db.prepareStatement("UPDATE entities SET "
        + "first_seen = (SELECT min(a.date) FROM entity_links l JOIN articles a ON a.pk = l.article WHERE l.entity = ?1), "
        + "last_seen = (SELECT max(a.date) FROM entity_links l JOIN articles a ON a.pk = l.article WHERE l.entity = ?1), "
        + "article_count = (SELECT count(DISTINCT article) FROM entity_links WHERE entity = ?1), "
        + "mention_count = (SELECT coalesce(sum(ae.mention_count), 0) FROM entity_links l JOIN article_entities ae "
        + "ON ae.article = l.article AND ae.local_id = l.local_id WHERE l.entity = ?1) WHERE id = ?1")) {
      s.setLong(1, entity);
      s.executeUpdate();
    }
  }
}
