package dossier.archive;

import dossier.model.ArticleAnalysis;
import java.sql.SQLException;
import java.util.Map;

/**
 * Decides which archive entity each entity of a newly stored article is: an existing one or a new
 * one. Runs inside the store transaction, one article at a time, in ingest order; the archive then
 * records the links, aliases, counts and first/last seen, and applies user overrides on top.
 * {@link NameKeyResolver} is the first, simple one; a better resolver replaces it through
 * {@link Archive#open(java.nio.file.Path, EntityResolver)}.
 */
public interface EntityResolver {

  /** Which resolver decided a link, as recorded in {@code entity_links.method}. */
  String name();

  /**
   * The archive entity for every entity of {@code article}, by its local id ("e1"). Every entity
   * must get one; create entities through {@code entities}.
   */
  Map<String, Link> resolve(ArticleAnalysis article, EntityTable entities) throws SQLException;

  /**
   * Work on the article alone, which the archive runs on a worker thread ahead of the store's
   * single writer (any thread, any order, also for articles that are then skipped); the result is
   * handed to {@link #resolve(ArticleAnalysis, Object, EntityTable)}. It must not depend on the
   * archive's state, so that the decisions are those of {@link #resolve(ArticleAnalysis, EntityTable)}.
   */
  default Object prepare(ArticleAnalysis article) {
    return null;
  }

  /** {@link #resolve(ArticleAnalysis, EntityTable)} with what {@link #prepare} returned for the article (or null). */
  default Map<String, Link> resolve(ArticleAnalysis article, Object prepared, EntityTable entities) throws SQLException {
    return resolve(article, entities);
  }

  /**
   * The archive has just written the links (local id to archive entity, overrides applied),
   * aliases and counts of the stored article {@code pk}: what a resolver cached of them is old, or
   * is to be brought up to date from {@code article}.
   */
  default void linked(long pk, ArticleAnalysis article, Map<String, Long> links) {}

  /**
   * Archive entities the resolver found, while linking the articles just stored, to be one with
   * another (gone id -> kept id); the archive then moves the gone one's links to the kept one. The
   * resolver forgets them once asked.
   */
  default Map<Long, Long> identified() {
    return Map.of();
  }

  /** Rows a resolver may have read are gone or changed (a rollback, an entity edit): forget all it cached. */
  default void invalidate() {}

  /**
   * An archive entity id, how sure the resolver is (1 for certain), and the rule that decided
   * ("surname", "acronym", "new-ambiguous", ...; null when the resolver has only one). The archive
   * records {@code name()} and the rule as {@code entity_links.method}, e.g. {@code cross-doc:surname}.
   */
  record Link(long entity, double score, String method) {
    public Link(long entity, double score) {
      this(entity, score, null);
    }
  }
}
