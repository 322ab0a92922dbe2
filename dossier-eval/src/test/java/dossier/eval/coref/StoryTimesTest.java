package dossier.eval.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryTimesTest {
  @Test
  void valuesWithAYearAreOneTimeEverywhereOthersOnlyWithinAStoryOrArticle() {
    assertTrue(StoryTimes.anchored("2009-02-01"));
    assertTrue(StoryTimes.anchored("2009-02-01TMO"));
    assertTrue(StoryTimes.anchored("2007-W14"));
    assertTrue(StoryTimes.anchored("195X"));
    assertFalse(StoryTimes.anchored("XXXX-WXX-2TMO"));
    assertFalse(StoryTimes.anchored("P1M"));

    assertTrue(StoryTimes.storyWide("XXXX-WXX-2TMO"), "early Tuesday morning");
    assertTrue(StoryTimes.storyWide("XXXX-02-22"), "on Feb. 22");
    assertTrue(StoryTimes.storyWide("P1M"), "less than a month");
    assertTrue(StoryTimes.storyWide("PT1S"));
    assertFalse(StoryTimes.storyWide("OFFSET"), "yesterday is the article's own");
    assertFalse(StoryTimes.storyWide("PRESENT_REF"));
    assertFalse(StoryTimes.storyWide("T02:30"), "a clock time");
    assertFalse(StoryTimes.storyWide("TNI"), "night");
  }

  @Test
  void aTimeOfDayIsTheDaysTime() {
    assertEquals("2009-02-01", StoryTimes.day("2009-02-01TMO"));
    assertEquals("2009-02-01", StoryTimes.day("2009-02-01T01:30"));
    assertEquals("2007-W14", StoryTimes.day("2007-W14"));
    assertEquals("2009-02", StoryTimes.day("2009-02"));
  }

  /** Three undated reports of Vincent Jackson's arrest on a Tuesday, and one of another arrest on a Tuesday. */
  @Test
  void tuesdayIsOneTimeAcrossReportsThatShareTheirNamedParticipants() {
    long jackson = 1, chargers = 2, chp = 3, sanDiego = 4, williams = 5, route94 = 6;
    StoryTimes story = new StoryTimes();
    story.article("35_1ecb", Set.of(jackson, chargers, chp));
    story.article("35_3ecb", Set.of(jackson, sanDiego, route94));
    story.article("35_7ecb", Set.of(chargers, chp, sanDiego, route94));
    story.article("other", Set.of(williams, sanDiego));
    for (String a : new String[] {"35_1ecb", "35_3ecb", "35_7ecb", "other"}) story.time(a, "XXXX-WXX-2");
    story.time("35_3ecb", "P1M");
    story.time("35_7ecb", "P1M");

    // 35_3ecb shares only Jackson with 35_1ecb, but two places with 35_7ecb, which shares two with 35_1ecb.
    assertEquals(story.label("35_1ecb", "XXXX-WXX-2"), story.label("35_7ecb", "XXXX-WXX-2"));
    assertEquals(story.label("35_1ecb", "XXXX-WXX-2"), story.label("35_3ecb", "XXXX-WXX-2"));
    assertNotEquals(story.label("35_1ecb", "XXXX-WXX-2"), story.label("other", "XXXX-WXX-2"), "one shared place is no story");
    assertEquals(story.label("35_3ecb", "P1M"), story.label("35_7ecb", "P1M"));
    assertNotEquals(story.label("35_3ecb", "P1M"), story.label("35_3ecb", "XXXX-WXX-2"), "another value, another time");
  }
}
