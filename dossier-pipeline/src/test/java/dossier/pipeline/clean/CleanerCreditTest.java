package dossier.pipeline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each common credit form, ending a realistic caption paragraph between two body paragraphs. */
class CleanerCreditTest {

  private static final String LEAD = "Medvedev fled to Norway earlier this month after fighting in eastern Ukraine"
      + " for four months as a member of Wagner, the mercenary group run by Yevgeny Prigozhin.";
  private static final String NEXT = "Norwegian police confirmed that a Russian citizen had crossed the border"
      + " on foot and asked for asylum.";

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Rescuers search the rubble of a residential building in Dnipro, Ukraine. | Oleksandr Klymenko / Reuters | Oleksandr Klymenko / Reuters
      Vladimir Putin chairs a Security Council meeting in Moscow. | Mikhail Klimentyev/Sputnik | Mikhail Klimentyev/Sputnik
      Ukrainian servicemen near Bakhmut, Donetsk region. | AFP / Aris Messinis | AFP / Aris Messinis
      Yevgeny Prigozhin at a cemetery near Moscow. | twitter.com/wagner_group | twitter.com/wagner_group
      Wagner recruits at a training camp in Molkino. | @grey_zone | @grey_zone
      A Wagner recruitment billboard in St. Petersburg. | www.fontanka.ru | www.fontanka.ru
      Andrei Medvedev speaks to journalists in Oslo. | instagram.com/andrei.medvedev | instagram.com/andrei.medvedev
      Medvedev after crossing into Norway. | Andrei Medvedev/Facebook | Andrei Medvedev/Facebook
      People queue for drinking water in Kherson. | Photo: Anton Shtuka | Photo: Anton Shtuka
      Alexei Navalny in court in Moscow. | Photo by Evgeny Feldman | Photo by Evgeny Feldman
      Soldiers fire a howitzer near Kherson | (Photo: Reuters) | Photo: Reuters
      `President Joe Biden speaks about the economy in the East Room of the White House, Tuesday, Jan. 31, 2023, in Washington.` | (AP Photo/Evan Vucci) | AP Photo/Evan Vucci
      A man walks past a damaged building in Bakhmut. | REUTERS/Yevhen Titov | REUTERS/Yevhen Titov
      Mourners lay flowers at a makeshift memorial in Moscow. | (Reuters) | Reuters
      Yevgeny Prigozhin attends a funeral in St Petersburg. | Getty Images | Getty Images
      Russian President Vladimir Putin in the Kremlin. | AFP via Getty Images | AFP via Getty Images
      Ukrainian servicemen ride a tank in Donetsk region. | EPA-EFE/Oleg Petrasyuk | EPA-EFE/Oleg Petrasyuk
      Medvedev in a video message recorded in Norway. | Courtesy of Gulagu.net | Courtesy of Gulagu.net
      The Norwegian border crossing at Storskog. | Credit: Norwegian Police | Credit: Norwegian Police
      Wagner's former headquarters in St Petersburg. | Image: Wikimedia Commons | Image: Wikimedia Commons
      A Wagner Group chapel in Goryachy Klyuch. | © Fontanka | © Fontanka
      Wagner's losses by region, January 2023. | Source: Mediazona | Source: Mediazona
      Ukrainian soldiers fire a mortar near Bakhmut. | Photograph: Libkos/AP | Photograph: Libkos/AP
      Wagner fighters in Rostov-on-Don | Alexander Ermochenko / Reuters | Alexander Ermochenko / Reuters
      Putin (C) attends a meeting in Moscow. | Sputnik/Mikhail Metzel/Kremlin via REUTERS | Sputnik/Mikhail Metzel/Kremlin via REUTERS
      Russian President Vladimir Putin. | Mikhail Tereshchenko / TASS / Kremlin Pool | Mikhail Tereshchenko / TASS / Kremlin Pool
      Kremlin spokesman Dmitry Peskov. | Kremlin.ru | Kremlin.ru
      Destroyed Russian tanks near Kyiv. | Picture: Reuters | Picture: Reuters
      `A woman walks past a destroyed school in Kharkiv, Ukraine, on March 3, 2022.` | Sergey Bobok/AFP via Getty Images | Sergey Bobok/AFP via Getty Images
      """)
  void creditEndingTheCaptionParagraph(String caption, String creditAsWritten, String credit) {
    String separator = caption.endsWith("Rostov-on-Don") ? " | " : " ";
    CleanArticle a = Texts.clean(LEAD + "\n\n" + caption + separator + creditAsWritten + "\n\n" + NEXT);

    assertEquals(List.of(caption), Texts.captions(a));
    assertEquals(List.of(credit), Texts.credits(a));
    assertEquals(List.of(LEAD, NEXT), Texts.body(a));
    assertFalse(a.bodyText().contains(credit));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ivan Noyabrev / TASS
      AP Photo/Evan Vucci
      Photo: Reuters
      Getty Images
      t.me/Prigozhin_hat
      """)
  void creditOnItsOwnLineAfterTheCaption(String credit) {
    String caption = "Wagner Group fighters in the embattled eastern Ukrainian town of Soledar.";
    for (String between : List.of("\n", "\n\n", "\r\n", "\r\n\r\n")) {
      CleanArticle a = Texts.clean(LEAD + "\n\n" + caption + between + credit + "\n\n" + NEXT);

      assertEquals(List.of(caption), Texts.captions(a));
      assertEquals(List.of(credit), Texts.credits(a));
      assertEquals(List.of(LEAD, NEXT), Texts.body(a));
    }
  }

  @Test
  void creditLineAfterCaptionWithoutFullStop() {
    String caption = "Wagner Group fighters in the embattled eastern Ukrainian town of Soledar, January 2023";
    CleanArticle a = Texts.clean(LEAD + "\n\n" + caption + "\nIvan Noyabrev / TASS\n\n" + NEXT);

    assertEquals(List.of(caption), Texts.captions(a));
    assertEquals(List.of("Ivan Noyabrev / TASS"), Texts.credits(a));
  }

  @Test
  void labelledCaptionWithoutCredit() {
    String caption = "Photo: Firefighters put out a fire at an apartment block hit by a drone in Kyiv.";
    CleanArticle a = Texts.clean(LEAD + "\n\n" + caption + "\n\n" + NEXT);

    assertEquals(List.of(caption), Texts.captions(a));
    assertNull(a.captions().get(0).credit());
    assertEquals(List.of(LEAD, NEXT), Texts.body(a));
  }

  @Test
  void creditLineAfterALabelledCaptionJoinsIt() {
    String caption = "Photo: Firefighters put out a fire at an apartment block hit by a drone in Kyiv.";
    CleanArticle a = Texts.clean(LEAD + "\n\n" + caption + "\n\nGleb Garanich/Reuters\n\n" + NEXT);

    assertEquals(List.of(caption), Texts.captions(a));
    assertEquals(List.of("Gleb Garanich/Reuters"), Texts.credits(a));
  }

  @Test
  void creditLineWithNoCaptionIsKeptOutOfTheBodyWithAnEmptyCaption() {
    String longParagraph = LEAD + " " + NEXT + " Wagner fighters in Ukraine were “treated like cattle” by their"
        + " military leaders and “sent to the frontline like cannon fodder,” Medvedev said.";
    CleanArticle a = Texts.clean(longParagraph + "\n\nGetty Images\n\n" + NEXT);

    assertEquals(List.of(""), Texts.captions(a));
    assertEquals(List.of("Getty Images"), Texts.credits(a));
    assertEquals(List.of(longParagraph, NEXT), Texts.body(a));
  }
}
