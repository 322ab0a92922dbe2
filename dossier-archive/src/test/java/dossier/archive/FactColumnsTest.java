package dossier.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Span;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON columns of V10 read back through their views exactly as the record has them. */
class FactColumnsTest {
  @TempDir Path dir;

  // A name broken across lines, a nickname in quotes, a backslash and text beyond Latin-1 and beyond the BMP.
  private static final String TEXT = "Turkish President Recep Tayyip\nErdoğan met Jim \"The Hammer\" O'Neil in Ankara 🇹🇷. "
      + "Erdoğan said the C:\\deal was done; at least 20 were killed and dozens injured.";

  @Test
  void mentionsDescriptorsAttributesParticipantsAndCountsComeBackAsWritten() throws Exception {
    Map<String, String> attributes = new LinkedHashMap<>(); // not in key order, and keys SQLite and UTF-16 order differently
    attributes.put("title", "President");
    attributes.put("\uD835\uDC2Bole", "host");
    attributes.put("\uFF50osition", "head of state");
    attributes.put("nationality", "Turkish");
    Map<String, Span> evidence = Map.of("title", span("President"), "nationality", span("Turkish"));
    Entity erdogan = new Entity("e1", "Recep Tayyip Erdoğan", "PERSON", null,
        List.of(span("Recep Tayyip\nErdoğan"), span("Erdoğan", "Erdoğan said")),
        List.of("Turkish President", "a \"strongman\""), attributes, null, evidence);
    Entity oneil = new Entity("e2", "Jim \"The Hammer\" O'Neil", "PERSON", null,
        List.of(span("Jim \"The Hammer\" O'Neil")), List.of(), Map.of(), null, Map.of());
    Map<String, String> counts = new LinkedHashMap<>();
    counts.put("killed", "at least 20");
    counts.put("injured", "dozens");
    Event meeting = new Event("meeting", span("met"), List.of(new Event.Participant("agent", "e1", "Erdoğan"),
        new Event.Participant("partner", "e2", null), new Event.Participant("place", null, "Ankara 🇹🇷")),
        null, "Ankara", null, null, null, null, "actual", counts);
    ArticleAnalysis article = new ArticleAnalysis(ArticleAnalysis.SCHEMA, "ankara-meeting", LocalDate.of(2023, 5, 2),
        "Erdoğan meets O'Neil", "test", null, TEXT, List.of(), List.of(erdogan, oneil), List.of(), List.of(), List.of(),
        List.of(meeting), List.of());
    try (Archive archive = Archive.open(dir)) {
      assertEquals(List.of("ankara-meeting"), archive.store(article).stored());
      List<String> mentions = new ArrayList<>();
      for (Entity e : article.entities()) {
        for (int i = 0; i < e.mentions().size(); i++) {
          Span m = e.mentions().get(i);
          mentions.add(e.id() + "|" + i + "|" + m.start() + "|" + m.end() + "|" + m.text());
        }
      }
      assertEquals(mentions, ArchiveTest.query(archive, "SELECT entity || '|' || ord || '|' || start || '|' || end || '|' "
          + "|| text FROM mentions ORDER BY entity, ord"));
      assertEquals(List.of("e1|0|Turkish President", "e1|1|a \"strongman\""),
          ArchiveTest.query(archive, "SELECT entity || '|' || ord || '|' || text FROM descriptors"));
      assertEquals(List.of("nationality|Turkish|Turkish", "title|President|President", "\uFF50osition|head of state|-",
          "\uD835\uDC2Bole|host|-"), ArchiveTest.query(archive, "SELECT key || '|' || value || '|' "
          + "|| coalesce(evidence_text, '-') FROM attributes ORDER BY key"));
      // The view gives them in the order of the old table's key, which is SQLite's: code points, not UTF-16 units.
      assertEquals(ArchiveTest.query(archive, "SELECT key FROM attributes ORDER BY key"),
          ArchiveTest.query(archive, "SELECT key FROM attributes"));
      assertEquals(List.of("0|agent|e1|Erdoğan", "1|partner|e2|NULL", "2|place|NULL|Ankara 🇹🇷"),
          ArchiveTest.query(archive, "SELECT ord || '|' || role || '|' || coalesce(entity, 'NULL') || '|' "
              + "|| coalesce(text, 'NULL') FROM event_participants"));
      assertEquals(List.of("injured|dozens", "killed|at least 20"),
          ArchiveTest.query(archive, "SELECT what || '|' || figure FROM event_counts"));
      assertEquals(List.of("integer integer text"),
          ArchiveTest.query(archive, "SELECT DISTINCT typeof(start) || ' ' || typeof(end) || ' ' || typeof(text) FROM mentions"));
    }
  }

  private static Span span(String words) {
    return span(words, words);
  }

  /** {@code words} where {@code context} starts, in code points (the model's offsets). */
  private static Span span(String words, String context) {
    int i = TEXT.indexOf(context);
    if (i < 0) throw new IllegalArgumentException(context);
    int start = TEXT.codePointCount(0, i);
    return new Span(start, start + words.codePointCount(0, words.length()), words);
  }
}
