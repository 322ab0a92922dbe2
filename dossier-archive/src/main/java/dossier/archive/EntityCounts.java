package dossier.archive;

import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The article and mention counts, first/last dates and descriptor counts a store transaction adds to
 * its entities, summed in memory and written with one update per entity (one upsert per entity and
 * descriptor) before the commit instead of one per article entity. Nothing reads these inside a store
 * (the resolver reads names, types, keys and the descriptor rows themselves), so writing them at the
 * end changes no decision.
 */
final class EntityCounts {
  private static final class Seen {
    String first, last;
    int articles, mentions;
    final Map<String, Integer> descriptors = new TreeMap<>();
  }

  /** By entity id (written in id order). */
  private final Map<Long, Seen> byEntity = new HashMap<>();

  /** One more stored article, its local entities linked as {@code links}. */
  void addArticle(ArticleAnalysis a, Map<String, Long> links) {
    String day = a.date() == null ? null : a.date().toString();
    Set<Long> counted = new HashSet<>();
    for (Entity e : a.entities()) {
      long entity = links.get(e.id());
      Seen s = byEntity.computeIfAbsent(entity, k -> new Seen());
      // Two entities of one article on one archive entity: the article counts once.
      if (counted.add(entity)) s.articles++;
      s.mentions += Archive.list(e.mentions()).size();
      for (String d : Archive.list(e.descriptors())) s.descriptors.merge(d, 1, Integer::sum);
      if (day != null) {
        if (s.first == null || day.compareTo(s.first) < 0) s.first = day;
        if (s.last == null || day.compareTo(s.last) > 0) s.last = day;
      }
    }
  }

  /** Adds the counts to {@code entities} in the connection's transaction and forgets them. */
  void flush(Connection db) throws SQLException {
    if (byEntity.isEmpty()) return;
    try (PreparedStatement update = db.prepareStatement("UPDATE entities SET "
        + "first_seen = CASE WHEN ?1 IS NULL THEN first_seen WHEN first_seen IS NULL OR ?1 < first_seen THEN ?1 ELSE first_seen END, "
        + "last_seen = CASE WHEN ?2 IS NULL THEN last_seen WHEN last_seen IS NULL OR ?2 > last_seen THEN ?2 ELSE last_seen END, "
        + "article_count = article_count + ?3, mention_count = mention_count + ?4 WHERE id = ?5")) {
      for (var row : new TreeMap<>(byEntity).entrySet()) {
        Seen s = row.getValue();
        FactWriter.set(update, s.first, s.last, s.articles, s.mentions, row.getKey());
        update.addBatch();
      }
      update.executeBatch();
    }
    try (PreparedStatement upsert = db.prepareStatement("INSERT INTO entity_descriptors (entity, text, count) "
        + "VALUES (?, ?, ?) ON CONFLICT (entity, text) DO UPDATE SET count = count + excluded.count")) {
      for (var row : byEntity.entrySet()) {
        for (var d : row.getValue().descriptors.entrySet()) {
          FactWriter.set(upsert, row.getKey(), d.getKey(), d.getValue());
          upsert.addBatch();
        }
      }
      upsert.executeBatch();
    }
    byEntity.clear();
  }
}
