package dossier.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EventDaysTest {
  /** The rule as a regex, as it was written before the hand-made check: the two must agree. */
  private static final Pattern CALENDAR_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}.*", Pattern.DOTALL);

  @Test
  void anEventsDayIsItsTimesCalendarDateElseTheArticlesDay() {
    String[] times = {"2022-11-03", "2022-11-03T10:00", "2022-11-03\nlater", "2022-11", "2022-W44", "PAST_REF",
        "PRESENT_REF", "", "2022-1-03", "20221103", "2022/11/03", "2022-11-0", "x2022-11-03", "２０２２-11-03",
        "2022-11-3T", "1999-12-31TEV", "0000-00-00"};
    for (String time : times) {
      String expected = CALENDAR_DATE.matcher(time).matches() ? time.substring(0, 10) : "2023-01-01";
      assertEquals(expected, EventDays.of(time, "2023-01-01"), time);
    }
    assertEquals("2023-01-01", EventDays.of(null, "2023-01-01"));
    assertEquals(null, EventDays.of("PAST_REF", null));
  }
}
