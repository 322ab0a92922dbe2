package dossier.pipeline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Short paragraphs that look a little like captions or credits but are body, and must stay body. */
class CleanerBodyTest {

  private static final String LEAD = "Medvedev fled to Norway earlier this month after fighting in eastern Ukraine"
      + " for four months as a member of Wagner, the mercenary group run by Yevgeny Prigozhin.";
  private static final String NEXT = "Norwegian police confirmed that a Russian citizen had crossed the border"
      + " on foot and asked for asylum.";

  @ParameterizedTest
  @ValueSource(strings = {
      "“I regret that I was there at all.”",
      "\"We were treated like cattle,\" Medvedev said.",
      "The building was evacuated.",
      "The building was evacuated, Reuters reported.",
      "Three people were killed in the blast, police said. (Reuters)",
      "Three people were killed in the blast. (Reuters)",
      "He declined to comment. (AP)",
      "Full details are at www.gulagu.net/report, the group said.",
      "The ministry posted the video on t.me/mod_russia on Monday.",
      "Asylum seekers can register in person and/or online.",
      "The hotline for deserters works 24/7.",
      "Wagner did not respond to a request for comment.",
      "Photos of the execution have not been verified.",
      "Sources close to the ministry denied the report.",
      "Norway / Russia relations have been tense since 2014, and Oslo expelled 15 diplomats last year."
  })
  void shortParagraphStaysBody(String paragraph) {
    CleanArticle a = Texts.clean(LEAD + "\n\n" + paragraph + "\n\n" + NEXT);

    assertEquals(List.of(), Texts.captions(a));
    assertEquals(List.of(LEAD, paragraph, NEXT), Texts.body(a));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "“I regret that I was there at all.”",
      "\"We were treated like cattle,\" Medvedev said.",
      "He was released from prison in July."
  })
  void quoteOrNewsSentenceBeforeACreditLineStaysBody(String paragraph) {
    CleanArticle a = Texts.clean(LEAD + "\n\n" + paragraph + "\n\nGetty Images\n\n" + NEXT);

    assertEquals(List.of(LEAD, paragraph, NEXT), Texts.body(a));
    assertEquals(List.of(""), Texts.captions(a));
  }

  @Test
  void longRunsWithoutSpacesAreBodyAndDoNotOverflowTheRegexStack() {
    for (String run : List.of("a.".repeat(5000), "A.".repeat(3000), "A/".repeat(3000) + "B", "www." + "x".repeat(20000))) {
      String paragraph = "Caption. " + run;
      assertEquals(List.of(paragraph), Texts.body(Texts.clean(paragraph)));
    }
  }
}
