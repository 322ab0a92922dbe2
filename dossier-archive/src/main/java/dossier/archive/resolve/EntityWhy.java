package dossier.archive.resolve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Explains whether two names (or {@code #id}s) are the same archive entity and why: for one entity,
 * the link methods and scores that put the names there; for two, what the resolver sees when it
 * compares them (name match, score, shared aliases, co-mentions and descriptors, conflicts).
 */
public final class EntityWhy {
  private EntityWhy() {}

  /** The verdict and its reasons. {@code same} is null when a name is unknown. */
  public record Explanation(Boolean same, String method, double score, List<String> lines) {}

  public static Explanation explain(Connection db, String a, String b) throws SQLException {
    List<Long> ea = CrossDocResolver.lookup(db, a), eb = CrossDocResolver.lookup(db, b);
    List<String> lines = new ArrayList<>();
    if (ea.isEmpty() || eb.isEmpty()) {
      lines.add("no archive entity named '" + (ea.isEmpty() ? a : b) + "'");
      return new Explanation(null, null, 0, lines);
    }
    for (long x : ea) {
      if (eb.contains(x)) return same(db, x, a, b, lines);
    }
    // Different entities: the best-matching pair, as the resolver would weigh it.
    CrossDocResolver.Candidate best = null;
    Profile pa = null, pb = null;
    for (long x : ea) {
      for (long y : eb) {
        Profile px = Profile.load(db, x), py = Profile.load(db, y);
        if (px == null || py == null) continue;
        CrossDocResolver.Candidate c = CrossDocResolver.compare(px, py);
        if (best == null || rank(c) > rank(best)) {
          best = c;
          pa = px;
          pb = py;
        }
      }
    }
    if (best == null) return new Explanation(null, null, 0, List.of("no archive entity found"));
    lines.add("different archive entities: #" + pa.entity() + " " + pa.name() + " (" + pa.type() + ") and #"
        + pb.entity() + " " + pb.name() + " (" + pb.type() + ")");
    if (ea.size() > 1 || eb.size() > 1) lines.add("candidates: '" + a + "' " + ea + ", '" + b + "' " + eb);
    if (best.method() == null) {
      lines.add("names do not match as variants of one " + pa.type().toLowerCase() + " name"
          + (CrossDocResolver.compatibleType(pa.type(), pb.type()) == null ? " (types " + pa.type() + "/" + pb.type()
              + " are incompatible)" : ""));
    } else {
      lines.add(String.format("name match: %s (%.2f); context %+.2f; score %.2f (joins at %.2f with a margin of %.2f)",
          best.method(), best.nameScore(), best.context(), best.score(), CrossDocResolver.ACCEPT, CrossDocResolver.MARGIN));
    }
    for (String c : best.conflicts()) lines.add("conflict: " + c);
    if (!best.sharedCoMentions().isEmpty()) lines.add("shared co-mentions: " + best.sharedCoMentions());
    if (!best.sharedDescriptors().isEmpty()) lines.add("shared descriptor words: " + best.sharedDescriptors());
    Set<String> shared = new LinkedHashSet<>(pa.names());
    shared.retainAll(pb.names());
    if (!shared.isEmpty()) lines.add("shared aliases: " + shared);
    overrides(db, pa.entity(), pb.entity(), lines);
    return new Explanation(false, best.method(), best.score(), lines);
  }

  private static double rank(CrossDocResolver.Candidate c) {
    return (c.method() == null ? -2 : 0) + (c.possible() ? c.score() : -1 + c.nameScore());
  }

  private static Explanation same(Connection db, long id, String a, String b, List<String> lines) throws SQLException {
    Profile p = Profile.load(db, id);
    lines.add("same archive entity: #" + id + " " + p.name() + " (" + p.type() + ")");
    String method = null;
    double score = 1;
    try (PreparedStatement s = db.prepareStatement("SELECT ar.id, l.local_id, ae.name, l.method, l.score FROM entity_links l "
        + "JOIN articles ar ON ar.pk = l.article JOIN article_entities ae ON ae.article = l.article AND ae.local_id = l.local_id "
        + "WHERE l.entity = ? ORDER BY ar.pk, l.local_id LIMIT 50")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String name = r.getString(3);
          boolean relevant = NameVariants.tokens(name).equals(NameVariants.tokens(a))
              || NameVariants.tokens(name).equals(NameVariants.tokens(b));
          lines.add(String.format("  %s %s/%s '%s' linked by %s (score %.2f)", relevant ? "*" : " ", r.getString(1),
              r.getString(2), name, r.getString(4), r.getDouble(5)));
          if (relevant && !r.getString(4).endsWith(":new") && (method == null || r.getDouble(5) < score)) {
            method = r.getString(4);
            score = r.getDouble(5);
          }
        }
      }
    }
    lines.add("aliases: " + p.names());
    NameVariants.Match m = NameVariants.match(a, b, p.type());
    lines.add("'" + a + "' vs '" + b + "': " + (m == null ? "not name variants by themselves (joined through context or an override)"
        : m.method() + " (" + m.score() + ")"));
    overrides(db, id, id, lines);
    return new Explanation(true, method == null ? "name" : method, score, lines);
  }

  private static void overrides(Connection db, long x, long y, List<String> lines) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT DISTINCT o.action, o.article_id, o.local_id, o.other_article_id, "
        + "o.other_local_id, coalesce(o.note, '') FROM entity_overrides o JOIN articles a ON a.id IN (o.article_id, o.other_article_id) "
        + "JOIN entity_links l ON l.article = a.pk AND l.local_id IN (o.local_id, o.other_local_id) WHERE l.entity IN (?, ?)")) {
      s.setLong(1, x);
      s.setLong(2, y);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          lines.add("override: " + r.getString(1) + " " + r.getString(2) + "/" + r.getString(3) + " with "
              + r.getString(4) + "/" + r.getString(5) + (r.getString(6).isEmpty() ? "" : " (" + r.getString(6) + ")"));
        }
      }
    }
  }
}
