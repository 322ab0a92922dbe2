package dossier.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exact and near copies found, distinct articles kept apart. */
class DuplicatesTest {

  private static final String WIRE = "An apartment building collapsed on Monday in Magnitogorsk, a city in the Ural"
      + " region of Russia. A suspected gas leak led to an explosion, followed by the ten-storey building coming down."
      + " A total of 39 are confirmed dead, officials told state media, adding that rescuers were still searching the"
      + " rubble for survivors in temperatures of minus 20 degrees. President Vladimir Putin flew to the city to meet"
      + " the wounded and said the government would help the families who lost their homes. Investigators said they"
      + " had found no sign of explosives, and that the gas lines of the building had been checked in the summer.";

  private static final String OTHER = "Voters in Nevada went to the polls on Saturday for the Democratic caucuses,"
      + " the third contest of the primary season. Senator Bernie Sanders won a clear victory, according to early"
      + " results, ahead of former Vice President Joe Biden and Pete Buttigieg. Turnout was high, party officials said,"
      + " with long lines at many sites across Las Vegas and Reno, where volunteers counted the votes by hand after the"
      + " problems that delayed the results in Iowa. The candidates now turn to South Carolina and Super Tuesday.";

  @Test
  void sameWordsInOtherSpacingAndCaseAreAnExactCopy() {
    Duplicates duplicates = new Duplicates();

    assertEquals(Optional.empty(), duplicates.firstCopyOf(article("a", "Short text, one line.")));
    assertEquals(Optional.of("a"), duplicates.firstCopyOf(article("b", "short TEXT\n\none line")));
  }

  @Test
  void wireCopyWithNewDatelineAndOneChangedSentenceIsANearCopy() {
    Duplicates duplicates = new Duplicates();
    String copy = "MOSCOW (Reuters) - " + WIRE.replace("President Vladimir Putin flew to the city to meet the wounded",
        "The Kremlin said the president would visit the city later in the week");

    assertEquals(Optional.empty(), duplicates.firstCopyOf(article("a", WIRE)));
    assertEquals(Optional.empty(), duplicates.firstCopyOf(article("b", OTHER)));
    assertEquals(Optional.of("a"), duplicates.firstCopyOf(article("c", copy)));
    assertTrue(Duplicates.similarity(WIRE, copy) >= Duplicates.NEAR_COPY);
  }

  @Test
  void distinctArticlesAndShortTextsSharingWordsAreNotCopies() {
    Duplicates duplicates = new Duplicates();

    assertEquals(Optional.empty(), duplicates.firstCopyOf(article("a", WIRE)));
    assertEquals(Optional.empty(), duplicates.firstCopyOf(article("b", OTHER)));
    assertEquals(Optional.empty(), duplicates.firstCopyOf(article("c", "Officials told state media.")));
    assertEquals(Optional.empty(), duplicates.firstCopyOf(article("d", "Officials told state media on Monday.")));
    assertTrue(Duplicates.similarity(WIRE, OTHER) < 0.2);
  }

  private static RawArticle article(String id, String text) {
    return new RawArticle(id, null, null, null, null, text, id);
  }
}
