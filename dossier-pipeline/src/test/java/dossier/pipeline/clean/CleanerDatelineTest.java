package dossier.pipeline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date lines and wire datelines are kept out of the body. */
class CleanerDatelineTest {

  private static final String LEDE = "Russia said on Tuesday it had no information about a former Wagner commander"
      + " who has asked for asylum in Norway.";

  @Test
  void dateStandingAloneOnTheFirstLine() {
    String text = "Thursday, January 24, 2019\n\nVenezuela's opposition leader declared himself interim president.";
    CleanArticle a = Texts.clean(text);

    assertEquals("Thursday, January 24, 2019", Texts.dateline(a));
    assertEquals(List.of("Venezuela's opposition leader declared himself interim president."), Texts.body(a));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      MOSCOW (Reuters) - | MOSCOW (Reuters) -
      'LONDON, Jan 5 (AP) — ' | LONDON, Jan 5 (AP) —
      WASHINGTON — | WASHINGTON —
      'KYIV, Ukraine (AP) — ' | KYIV, Ukraine (AP) —
      'OSLO, 31 January (AFP) – ' | OSLO, 31 January (AFP) –
      ST. PETERSBURG (Reuters) - | ST. PETERSBURG (Reuters) -
      Moscow (AFP) - | Moscow (AFP) -
      """)
  void wireDatelineOpeningTheFirstParagraph(String opening, String dateline) {
    CleanArticle a = Texts.clean(opening.strip() + " " + LEDE + "\n\nThe Kremlin declined to comment.");

    assertEquals(dateline, Texts.dateline(a));
    assertEquals(List.of(LEDE, "The Kremlin declined to comment."), Texts.body(a));
  }

  @Test
  void wireDatelineAfterACaptionAtTheTop() {
    String text = "Andrei Medvedev in Oslo. (AP Photo/Lise Aserud)\n\nOSLO, Norway (AP) — " + LEDE;
    CleanArticle a = Texts.clean(text);

    assertEquals("OSLO, Norway (AP) —", Texts.dateline(a));
    assertEquals(List.of(LEDE), Texts.body(a));
    assertEquals(List.of("AP Photo/Lise Aserud"), Texts.credits(a));
  }

  @Test
  void dateLineRightBeforeAWireDatelineMakeOneDateline() {
    CleanArticle a = Texts.clean("January 31, 2023\n\nMOSCOW (Reuters) - " + LEDE);

    assertEquals("January 31, 2023\n\nMOSCOW (Reuters) -", Texts.dateline(a));
    assertEquals(List.of(LEDE), Texts.body(a));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Medvedev - who served in Wagner's 7th Assault Detachment - crossed the border on foot.",
      "A former Wagner commander (pictured) said he witnessed executions.",
      "Reuters reported on Tuesday that Medvedev had been detained in Oslo.",
      "In MOSCOW, officials said nothing."
  })
  void firstParagraphWithoutDatelineIsWholeBody(String paragraph) {
    CleanArticle a = Texts.clean(paragraph);

    assertNull(a.dateline());
    assertEquals(List.of(paragraph), Texts.body(a));
  }

  @Test
  void wireDatelineOnlyOpensTheFirstBodyParagraph() {
    String second = "WASHINGTON — The State Department said it was aware of the reports.";
    CleanArticle a = Texts.clean(LEDE + "\n\n" + second);

    assertNull(a.dateline());
    assertEquals(List.of(LEDE, second), Texts.body(a));
  }

  @Test
  void bodyTextBlanksTheDateline() {
    CleanArticle a = Texts.clean("MOSCOW (Reuters) - " + LEDE);

    assertEquals(" ".repeat("MOSCOW (Reuters) - ".length()) + LEDE, a.bodyText());
  }
}
