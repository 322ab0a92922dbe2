package dossier.archive;

import dossier.model.Event;

/**
 * The day an event report is placed on in timelines: its time's calendar date when the time names one
 * ("2022-11-03", "2022-11-03T10:00"), else the article's date ("2022-11" or "PAST_REF" falls back).
 * One rule in SQL for queries and in Java for what the archive stores ahead (entity_links.event_day, as a
 * {@link DayNumbers} number).
 */
public final class EventDays {
  /** The rule over an {@code events e} joined to its {@code articles a}. */
  public static final String SQL = "coalesce(CASE WHEN e.time GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
      + "THEN substr(e.time, 1, 10) END, a.date)";

  private EventDays() {}

  /** The day of an event with TIMEX3 value {@code time} in an article of {@code articleDay} (either may be null). */
  public static String of(String time, String articleDay) {
    return time != null && startsWithCalendarDate(time) ? time.substring(0, 10) : articleDay;
  }

  /**
   * Whether {@code time} starts with "NNNN-NN-NN" (ASCII digits), as the SQL's GLOB asks; checked by hand
   * rather than by a regex, which built a matcher per event and entity on the store workers.
   */
  private static boolean startsWithCalendarDate(String time) {
    if (time.length() < 10 || time.charAt(4) != '-' || time.charAt(7) != '-') return false;
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (time.charAt(i) < '0' || time.charAt(i) > '9')) return false;
    }
    return true;
  }

  /**
   * The earliest day of the events entity {@code id} takes part in (participant, place or source) as a
   * {@link DayNumbers} number, {@code articleDay} for those without a calendar date; null if none has one.
   */
  static Integer earliest(Iterable<Event> events, String id, Integer articleDay) {
    Integer min = null;
    for (Event ev : events) {
      if (!takesPart(ev, id)) continue;
      String calendarDay = of(ev.time(), null); // the rule's own day, else the article's
      Integer day = calendarDay != null ? Integer.valueOf(DayNumbers.of(calendarDay)) : articleDay;
      if (day != null && (min == null || day < min)) min = day;
    }
    return min;
  }

  private static boolean takesPart(Event ev, String id) {
    if (id.equals(ev.place()) || id.equals(ev.source())) return true;
    if (ev.participants() != null) {
      for (Event.Participant p : ev.participants()) if (id.equals(p.entity())) return true;
    }
    return false;
  }
}
