package dossier.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.archive.query.Export;
import dossier.model.ArticleAnalysis;
import dossier.model.Claim;
import dossier.model.Json;
import dossier.model.Quote;
import dossier.model.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offsets of a quote's speaker and cue and of a claim's source and cue, in the tables and the CSV export. */
class SpanColumnsTest {
  @TempDir Path dir;

  /** The Medvedev article with its quote's speaker ("Medvedev") and cue ("told"), and a claim's source and cue. */
  static ArticleAnalysis withSpans() {
    ArticleAnalysis a = Fixtures.medvedev();
    String text = a.text();
    Quote q = a.quotes().get(0);
    Span speaker = span(text, "Medvedev", q.end()), cue = span(text, "said", q.end());
    Claim c = a.claims().get(0);
    Span source = span(text, "Norwegian police", 0), believed = span(text, "believed", 0);
    return new ArticleAnalysis(a.schema(), a.id(), a.date(), a.title(), a.source(), a.url(), text, a.captions(),
        a.entities(),
        List.of(new Quote(q.start(), q.end(), q.text(), q.kind(), q.speaker(), q.speakerName(), q.cue(), speaker, cue)),
        List.of(new Claim(c.start(), c.end(), c.text(), c.source(), c.sourceName(), c.cue(), c.stance(), source, believed),
            a.claims().get(1)),
        a.times(), a.events(), a.relations());
  }

  private static Span span(String text, String words, int from) {
    int at = text.indexOf(words, from);
    if (at < 0) throw new IllegalArgumentException(words);
    return new Span(at, at + words.length(), words, null);
  }

  private static String expectedQuote(ArticleAnalysis a) {
    Quote q = a.quotes().get(0);
    return q.speakerSpan().start() + " " + q.speakerSpan().end() + " " + q.cueSpan().start() + " " + q.cueSpan().end();
  }

  private static String expectedClaim(ArticleAnalysis a) {
    Claim c = a.claims().get(0);
    return c.sourceSpan().start() + " " + c.sourceSpan().end() + " " + c.cueSpan().start() + " " + c.cueSpan().end();
  }

  @Test
  void storedAndExported() throws Exception {
    ArticleAnalysis a = withSpans();
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(a));
      assertEquals(List.of(expectedQuote(a)), ArchiveTest.query(archive,
          "SELECT speaker_start || ' ' || speaker_end || ' ' || cue_start || ' ' || cue_end FROM quotes"));
      assertEquals(List.of(expectedClaim(a), "-"), ArchiveTest.query(archive, "SELECT coalesce(source_start || ' ' "
          + "|| source_end || ' ' || cue_start || ' ' || cue_end, '-') FROM claims ORDER BY ord"));
      Export.csv(archive, dir.resolve("csv"));
      List<String> quotes = Files.readAllLines(dir.resolve("csv/quotes.csv"), StandardCharsets.UTF_8);
      assertEquals("article,ord,start,end,kind,speaker_local_id,speaker_entity_id,speaker_name,speaker_start,"
          + "speaker_end,cue,cue_start,cue_end,text", quotes.get(0));
      Quote q = a.quotes().get(0);
      assertEquals(true, quotes.get(1).contains(",Andrei Medvedev," + q.speakerSpan().start() + ","
          + q.speakerSpan().end() + ",said," + q.cueSpan().start() + "," + q.cueSpan().end() + ","), quotes.get(1));
    }
  }

  @Test
  void backfilledFromTheStoredRecordsWhenAnOlderArchiveIsOpened() throws Exception {
    ArticleAnalysis a = withSpans();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("facts.db"))) {
      Migrations.migrate(c, 6);
      try (PreparedStatement s = c.prepareStatement("INSERT INTO articles (pk, id, content_hash, date, text, schema, "
          + "analysis, indexed, ingested_at) VALUES (1, ?, ?, '2023-01-31', ?, 'dossier.article/1', ?, 0, 'then')")) {
        FactWriter.set(s, a.id(), Archive.contentHash(a.text()), a.text(), Json.write(a));
        s.executeUpdate();
      }
      for (String sql : List.of("INSERT INTO quotes (article, ord, start, end, text) VALUES (1, 0, 0, 1, 'q')",
          "INSERT INTO claims (article, ord, start, end, text) VALUES (1, 0, 0, 1, 'c')",
          "INSERT INTO claims (article, ord, start, end, text) VALUES (1, 1, 0, 1, 'd')")) {
        c.createStatement().executeUpdate(sql);
      }
    }
    try (Archive archive = Archive.open(dir)) {
      assertEquals(List.of(expectedQuote(a)), ArchiveTest.query(archive,
          "SELECT speaker_start || ' ' || speaker_end || ' ' || cue_start || ' ' || cue_end FROM quotes"));
      assertEquals(List.of(expectedClaim(a), "-"), ArchiveTest.query(archive, "SELECT coalesce(source_start || ' ' "
          + "|| source_end || ' ' || cue_start || ' ' || cue_end, '-') FROM claims ORDER BY ord"));
    }
  }
}
