package dossier.pipeline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference article: two body paragraphs, two captions, credits at the end of the caption paragraph. */
class CleanerReferenceTest {

  private static final String FILE = Texts.resource("/reference/000_8875c1b52a1168d1.txt");
  private static final String TEXT = FILE.replaceFirst("\\A\\s*date \\d{4}-\\d{2}-\\d{2}\\s+", "");
  private final CleanArticle article = Texts.clean(TEXT);

  @Test
  void headerIsStrippedByTheTest() {
    assertTrue(TEXT.startsWith("An ex-commander"));
  }

  @Test
  void findsBothCaptionsWithTheirCredits() {
    assertEquals(
        List.of(
            "Yevgeny Prigozhin, the head of Russia's Wagner mercenary force.",
            "Wagner Group fighters in the embattled eastern Ukrainian town of Soledar."),
        Texts.captions(article));
    assertEquals(List.of("t.me/Prigozhin_hat", "Ivan Noyabrev / TASS"), Texts.credits(article));
  }

  @Test
  void keepsTheTwoLongParagraphsAsBody() {
    List<String> body = Texts.body(article);
    assertEquals(2, body.size());
    assertTrue(body.get(0).startsWith("An ex-commander"));
    assertTrue(body.get(0).endsWith("“I regret that I was there at all.”"));
    assertTrue(body.get(1).startsWith("However, Medvedev refused"));
    assertTrue(body.get(1).endsWith("in Ukraine."));
  }

  @Test
  void hasNoDateline() {
    assertNull(article.dateline());
  }

  @Test
  void bodyTextKeepsOffsetsAndDropsCaptions() {
    String bodyText = article.bodyText();
    assertEquals(TEXT.length(), bodyText.length());
    assertEquals(TEXT.indexOf("Medvedev refused"), bodyText.indexOf("Medvedev refused"));
    for (String gone : List.of("Prigozhin_hat", "t.me", "Noyabrev", "TASS", "Soledar", "the head of Russia's")) {
      assertFalse(bodyText.contains(gone), gone);
    }
    assertEquals(
        Arrays.stream(TEXT.split("")).filter("\n"::equals).count(),
        Arrays.stream(bodyText.split("")).filter("\n"::equals).count());
  }
}
