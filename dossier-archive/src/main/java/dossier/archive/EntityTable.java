package dossier.archive;

import dossier.model.Entity;
import dossier.model.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The archive entities as a resolver sees them during a store: look up by normalized name, create.
 * {@link #connection()} gives the store transaction's connection for richer look-ups (aliases,
 * descriptors, co-mentions); writes through it are part of the same transaction. The archive holds
 * back the {@code entity_links} rows and alias counts of the store's earlier articles until the
 * store ends: a resolver calls {@link #settle()} before it reads those tables.
 */
public final class EntityTable {
  private final Connection db;
  /** Rows the archive holds back, or null (entity edits hold none). */
  private final LinkRows held;
  private final PreparedStatement byKey;
  private final PreparedStatement insert;

  EntityTable(Connection db) throws SQLException {
    this(db, null);
  }

  EntityTable(Connection db, LinkRows held) throws SQLException {
    this.db = db;
    this.held = held;
    byKey = db.prepareStatement("SELECT id FROM entities WHERE type = ? AND key = ? ORDER BY id");
    insert = db.prepareStatement(
        "INSERT INTO entities (name, type, key, created_at) VALUES (?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS);
  }

  /** Ids of the archive entities of this type whose key ({@link Names#key}) is {@code key}, oldest first. */
  public List<Long> find(String type, String key) throws SQLException {
    byKey.setString(1, type);
    byKey.setString(2, key);
    List<Long> ids = new ArrayList<>(1);
    try (ResultSet r = byKey.executeQuery()) {
      while (r.next()) ids.add(r.getLong(1));
    }
    return ids;
  }

  /** A new archive entity; its key is {@link Names#key} of the name. */
  public long create(String name, String type) throws SQLException {
    insert.setString(1, name);
    insert.setString(2, type);
    insert.setString(3, Names.key(name));
    insert.setString(4, Instant.now().toString());
    insert.executeUpdate();
    try (ResultSet keys = insert.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  /** The aliases an article entity adds to its archive entity (one count each): its name and the name mentions not all lower case. */
  public static Set<String> aliases(Entity e) {
    Set<String> aliases = new TreeSet<>();
    aliases.add(e.name());
    for (Span m : e.mentions() == null ? List.<Span>of() : e.mentions()) {
      if (m.isName() && hasUpperCase(m.text())) aliases.add(m.text());
    }
    return aliases;
  }

  /**
   * Whether lower-casing changes {@code text} ({@code !text.equals(text.toLowerCase(Locale.ROOT))}: a code
   * point whose lower case is another; the special cases of the root locale, capital sigma and dotted I,
   * are among them), found without building the lower-cased copy.
   */
  static boolean hasUpperCase(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.toLowerCase(cp) != cp) return true;
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Writes the links and aliases of the store's earlier articles, so that reads of entity_links and entity_aliases see them. */
  public void settle() throws SQLException {
    if (held != null) held.flush();
  }

  /** The store transaction's connection. */
  public Connection connection() {
    return db;
  }
}
