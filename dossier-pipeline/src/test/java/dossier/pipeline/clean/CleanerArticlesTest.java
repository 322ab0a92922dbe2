package dossier.pipeline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole articles in the layouts of Wikinews, AP, the Guardian and a CRLF wire file. */
class CleanerArticlesTest {

  @Test
  void wikinewsDumpWithOneParagraphPerLine() {
    CleanArticle a = Texts.clean(Texts.resource("/clean/wikinews.txt"));

    assertEquals("Thursday, January 24, 2019", Texts.dateline(a));
    List<String> body = Texts.body(a);
    assertEquals(6, body.size());
    assertTrue(body.get(0).startsWith("Venezuela's National Assembly"));
    assertTrue(body.get(0).endsWith("protesters in Caracas."));
    assertEquals("The armed forces have so far stood by Maduro.", body.get(4));
    assertEquals(List.of(), a.captions());
  }

  @Test
  void apArticleWithInlineAndSeparateLineCredits() {
    CleanArticle a = Texts.clean(Texts.resource("/clean/ap.txt"));

    assertEquals("WASHINGTON (AP) —", Texts.dateline(a));
    assertEquals(
        List.of(
            "President Joe Biden speaks about the economy in the East Room of the White House, Tuesday, Jan. 31,"
                + " 2023, in Washington.",
            "House Speaker Kevin McCarthy of Calif., talks to reporters on Capitol Hill in Washington, Monday,"
                + " Jan. 30, 2023."),
        Texts.captions(a));
    assertEquals(List.of("AP Photo/Evan Vucci", "AP Photo/J. Scott Applewhite"), Texts.credits(a));
    List<String> body = Texts.body(a);
    assertEquals(4, body.size());
    assertTrue(body.get(0).startsWith("President Joe Biden on Tuesday urged Congress"));
    assertEquals("“We will not let this country default,” Biden said.", body.get(1));
  }

  @Test
  void guardianArticleWithPhotographCredits() {
    CleanArticle a = Texts.clean(Texts.resource("/clean/guardian.txt"));

    assertEquals(
        List.of(
            "Ukrainian servicemen fire a mortar towards Russian positions near Bakhmut.",
            "Yevgeny Prigozhin, the founder of the Wagner group, in St Petersburg in 2016."),
        Texts.captions(a));
    assertEquals(
        List.of("Photograph: Libkos/AP", "Photograph: Mikhail Svetlov/Getty Images"), Texts.credits(a));
    assertEquals(5, a.body().size());
    assertTrue(Texts.body(a).contains("The building was evacuated."));
    assertEquals(null, a.dateline());
  }

  @Test
  void crlfArticleWithHardWrappedLede() {
    String text = Texts.resource("/clean/crlf.txt");
    CleanArticle a = Texts.clean(text);

    assertEquals("KYIV, Ukraine (AP) —", Texts.dateline(a));
    assertEquals(List.of("Rescuers work at the site of a destroyed building in Kherson."), Texts.captions(a));
    assertEquals(List.of("EPA-EFE/Mykola Tymchenko"), Texts.credits(a));
    List<String> body = Texts.body(a);
    assertEquals(2, body.size());
    assertTrue(body.get(0).startsWith("Russian forces shelled"));
    assertTrue(body.get(0).endsWith("offensive in the east."));
    assertEquals("The governor urged residents to stay in shelters.", body.get(1));
  }

  @Test
  void bodyTextHasTheRawLengthAndOnlyBody() {
    for (String name : List.of("wikinews", "ap", "guardian", "crlf")) {
      String text = Texts.resource("/clean/" + name + ".txt");
      CleanArticle a = Texts.clean(text);
      String bodyText = a.bodyText();

      assertEquals(text.length(), bodyText.length(), name);
      for (CaptionRange c : a.captions()) {
        assertFalse(bodyText.contains(c.credit().of(text)), name);
        if (!c.caption().isEmpty()) assertFalse(bodyText.contains(c.caption().of(text)), name);
      }
      for (TextRange p : a.body()) assertEquals(p.of(text), p.of(bodyText), name);
      assertEquals(lines(text), lines(bodyText), name);
    }
  }

  private static long lines(String s) {
    return Arrays.stream(s.split("", -1)).filter("\n"::equals).count();
  }
}
