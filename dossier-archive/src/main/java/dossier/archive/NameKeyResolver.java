package dossier.archive;

import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Links an entity to the archive entity of the same type and name key (case and diacritics folded), else a new one. */
public final class NameKeyResolver implements EntityResolver {

  @Override
  public String name() {
    return "name-key";
  }

  @Override
  public Map<String, Link> resolve(ArticleAnalysis article, EntityTable entities) throws SQLException {
    Map<String, Link> links = new HashMap<>();
    for (Entity e : article.entities()) {
      List<Long> found = entities.find(e.type(), Names.key(e.name()));
      long id = found.isEmpty() ? entities.create(e.name(), e.type()) : found.get(0);
      links.put(e.id(), new Link(id, 1.0));
    }
    return links;
  }
}
