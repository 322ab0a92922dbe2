package dossier.archive;

import dossier.model.ArticleAnalysis;
import dossier.model.Claim;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Quote;
import dossier.model.Relation;
import dossier.model.Span;
import dossier.model.TimeExpression;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/** Writes one article's row and its typed fact rows, with statements prepared once per connection. */
final class FactWriter {
  private final PreparedStatement article, unindexed, entity, quote, claim, time, event, relation;

  FactWriter(Connection db) throws SQLException {
    // The text and the JSON come as UTF-8 bytes, stored as the same TEXT their strings would be. The pk comes
    // back from RETURNING: the driver's generated keys prepared a statement of their own for every article.
    article = db.prepareStatement("INSERT INTO articles (id, content_hash, date, title, source, url, text, schema, "
        + "analysis, ingested_at) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?, CAST(? AS TEXT), ?) RETURNING pk");
    // Until its index document is committed (V12: a flag in the article's row made marking it indexed rewrite
    // the row's leaf page, about one page per article, in the WAL and again in the checkpoint).
    unindexed = db.prepareStatement("INSERT INTO unindexed_articles (pk) VALUES (?)");
    entity = db.prepareStatement("INSERT INTO article_entities (article, local_id, name, type, subtype, link, "
        + "mention_count, spans, descriptions, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), "
        + "CAST(? AS TEXT), CAST(? AS TEXT))");
    quote = db.prepareStatement("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    claim = db.prepareStatement("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    time = db.prepareStatement("INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?)");
    event = db.prepareStatement("INSERT INTO events (article, ord, type, trigger_start, trigger_end, trigger_text, "
        + "place, place_name, time, source, source_name, stance, modality, participants, counts) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), CAST(? AS TEXT))");
    relation = db.prepareStatement("INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  }

  /**
   * Inserts the article (unindexed), its text and record as JSON (both UTF-8) and its facts, with the JSON columns
   * of its entities and events in {@code columns}; returns the article's pk.
   */
  long write(ArticleAnalysis a, String contentHash, byte[] text, byte[] json, FactColumns.Encoded columns)
      throws SQLException {
    set(article, a.id(), contentHash, a.date() == null ? null : a.date().toString(), a.title(), a.source(), a.url(),
        text, a.schema() == null ? ArticleAnalysis.SCHEMA : a.schema(), json, Instant.now().toString());
    long pk;
    try (ResultSet inserted = article.executeQuery()) {
      inserted.next();
      pk = inserted.getLong(1);
    }
    unindexed.setLong(1, pk);
    // A batch of one: after executeUpdate of an INSERT the driver prepares "SELECT last_insert_rowid()" for its
    // generated keys, every time (0.6 % of the writer's SQLite samples at 100k); a batch asks for none.
    unindexed.addBatch();
    unindexed.executeBatch();
    for (int i = 0; i < a.entities().size(); i++) {
      Entity e = a.entities().get(i);
      byte[][] own = columns.entities().get(i);
      set(entity, pk, e.id(), e.name(), e.type(), e.subtype(), e.link(), Archive.list(e.mentions()).size(), own[0],
          own[1], own[2]);
      entity.addBatch();
    }
    entity.executeBatch();
    int ord = 0;
    for (Quote q : a.quotes()) {
      set(quote, pk, ord++, q.start(), q.end(), q.text(), q.kind(), q.speaker(), q.speakerName(), q.cue(),
          start(q.speakerSpan()), end(q.speakerSpan()), start(q.cueSpan()), end(q.cueSpan()));
      quote.addBatch();
    }
    quote.executeBatch();
    ord = 0;
    for (Claim c : a.claims()) {
      set(claim, pk, ord++, c.start(), c.end(), c.text(), c.source(), c.sourceName(), c.cue(), c.stance(),
          start(c.sourceSpan()), end(c.sourceSpan()), start(c.cueSpan()), end(c.cueSpan()));
      claim.addBatch();
    }
    claim.executeBatch();
    ord = 0;
    for (TimeExpression t : a.times()) {
      set(time, pk, ord++, t.start(), t.end(), t.text(), t.type(), t.value());
      time.addBatch();
    }
    time.executeBatch();
    ord = 0;
    for (Event ev : a.events()) {
      Span trigger = ev.trigger();
      byte[][] own = columns.events().get(ord);
      set(event, pk, ord++, ev.type(), trigger == null ? null : trigger.start(), trigger == null ? null : trigger.end(),
          trigger == null ? null : trigger.text(), ev.place(), ev.placeName(), ev.time(), ev.source(), ev.sourceName(),
          ev.stance(), ev.modality(), own[0], own[1]);
      event.addBatch();
    }
    event.executeBatch();
    ord = 0;
    for (Relation r : a.relations()) {
      set(relation, pk, ord++, r.subject(), r.predicate(), r.object(), r.start(), r.end(), r.text());
      relation.addBatch();
    }
    relation.executeBatch();
    return pk;
  }

  private static Integer start(Span span) {
    return span == null ? null : span.start();
  }

  private static Integer end(Span span) {
    return span == null ? null : span.end();
  }

  static void set(PreparedStatement s, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) s.setNull(i + 1, Types.NULL);
      else if (v instanceof Integer n) s.setInt(i + 1, n);
      else if (v instanceof Long n) s.setLong(i + 1, n);
      else if (v instanceof byte[] bytes) s.setBytes(i + 1, bytes);
      else s.setString(i + 1, v.toString());
    }
  }
}
