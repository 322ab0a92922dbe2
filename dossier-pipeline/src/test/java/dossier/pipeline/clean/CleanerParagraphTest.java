package dossier.pipeline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraph splitting: blank lines, one paragraph per line, hard wraps, CRLF, stray whitespace. */
class CleanerParagraphTest {

  @Test
  void splitsAtBlankLinesAndTrimsEachParagraph() {
    String text = "  First paragraph.  \n \t \nSecond paragraph.\n\n\n\u00a0Third paragraph.\n";
    CleanArticle a = Texts.clean(text);

    assertEquals(List.of("First paragraph.", "Second paragraph.", "Third paragraph."), Texts.body(a));
    assertEquals(2, a.body().get(0).start());
  }

  @Test
  void splitsAtSingleLineBreaksAfterASentence() {
    CleanArticle a = Texts.clean("Guaidó declared himself acting president.\nMaduro called it a coup.");

    assertEquals(List.of("Guaidó declared himself acting president.", "Maduro called it a coup."), Texts.body(a));
  }

  @Test
  void keepsHardWrappedLinesTogether() {
    String text = "Medvedev fled to the Scandinavian country earlier this month after\n"
        + "fighting in eastern Ukraine for four months as a member of Wagner, which is run by\n"
        + "Yevgeny Prigozhin, a former chef believed to be close to Vladimir Putin.\n\n"
        + "He crossed the border on foot.";
    CleanArticle a = Texts.clean(text);

    assertEquals(2, a.body().size());
    assertEquals(0, a.body().get(0).start());
    assertEquals(text.indexOf("Putin.") + "Putin.".length(), a.body().get(0).end());
  }

  @Test
  void handlesCrlf() {
    CleanArticle a = Texts.clean("First paragraph,\r\ncontinued.\r\n\r\nSecond paragraph.\r\n");

    assertEquals(List.of("First paragraph,\r\ncontinued.", "Second paragraph."), Texts.body(a));
  }

  @Test
  void emptyAndBlankTextsHaveNothing() {
    for (String text : List.of("", "\n\n", "  \r\n ")) {
      CleanArticle a = Texts.clean(text);

      assertEquals(List.of(), a.body());
      assertEquals(List.of(), a.captions());
      assertNull(a.dateline());
      assertEquals(text.length(), a.bodyText().length());
    }
  }
}
