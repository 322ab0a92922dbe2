package dossier.eval.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
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
    assertEquals("XXXX-WXX-4", StoryTimes.day("XXXX-WXX-4TEV"));
    assertEquals("P1D", StoryTimes.day("P1D"));
  }

  /** Three undated reports of Vincent Jackson's arrest on a Tuesday, and one of another arrest on a Tuesday. */
  @Test
  void tuesdayIsOneTimeAcrossReportsThatShareTheirNamedParticipants() {
    long jackson = 1, chargers = 2, chp = 3, sanDiego = 4, williams = 5, route94 = 6;
    StoryTimes story = new StoryTimes();
    story.article("35_1ecb", null, Set.of(jackson, chargers, chp), List.of());
    story.article("35_3ecb", null, Set.of(jackson, sanDiego, route94), List.of());
    story.article("35_7ecb", null, Set.of(chargers, chp, sanDiego, route94), List.of());
    story.article("other", null, Set.of(williams, sanDiego), List.of());
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

  /** Undated reports say "Thursday" for the day a dated report of their story gives as 2013-06-06, a Thursday. */
  @Test
  void anUndatedWeekdayIsTheDayADatedReportOfTheStoryGives() {
    long ship = 1, navy = 2, captain = 3, gulf = 4, court = 5;
    StoryTimes story = new StoryTimes();
    story.article("dated", LocalDate.parse("2013-06-07"), Set.of(ship, navy, captain), List.of("2013-06-06TMO", "2013-06-07", "1967"));
    story.article("undated", null, Set.of(ship, captain), List.of("XXXX-WXX-4TEV"));
    story.article("trial", LocalDate.parse("2013-09-20"), Set.of(gulf, court), List.of("2013-09-19"));
    story.article("both", null, Set.of(navy, captain, gulf, court), List.of("XXXX-WXX-4"));
    story.time("undated", StoryTimes.day("XXXX-WXX-4TEV"));
    story.time("both", "XXXX-WXX-4");

    assertEquals("@time:2013-06-06", story.label("undated", "XXXX-WXX-4"));
    assertTrue(story.label("both", "XXXX-WXX-4").startsWith("story:"),
        "two Thursdays in its story (2013-06-06, 2013-09-19): no day; " + story.label("both", "XXXX-WXX-4"));
  }
}
