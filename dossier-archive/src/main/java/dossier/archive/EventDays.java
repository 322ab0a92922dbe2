package dossier.archive;

import dossier.model.Event;
import java.util.regex.Pattern;

/**
 * The day an event report is placed on in timelines: its time's calendar date when the time names one
 * ("2022-11-03", "2022-11-03T10:00"), else the article's date ("2022-11" or "PAST_REF" falls back).
 * One rule in SQL for queries and in Java for what the archive stores ahead (entity_links.event_day).
 */
public final class EventDays {
  /** The rule over an {@code events e} joined to its {@code articles a}. */
  public static final String SQL = "coalesce(CASE WHEN e.time GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
      + "THEN substr(e.time, 1, 10) END, a.date)";

  private static final Pattern CALENDAR_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}.*", Pattern.DOTALL);

  private EventDays() {}

  /** The day of an event with TIMEX3 value {@code time} in an article of {@code articleDay} (either may be null). */
  public static String of(String time, String articleDay) {
    return time != null && CALENDAR_DATE.matcher(time).matches() ? time.substring(0, 10) : articleDay;
  }

  /** The earliest day of the events entity {@code id} takes part in (participant, place or source); null if none has one. */
  static String earliest(Iterable<Event> events, String id, String articleDay) {
    String min = null;
    for (Event ev : events) {
      if (!takesPart(ev, id)) continue;
      String day = of(ev.time(), articleDay);
      if (day != null && (min == null || day.compareTo(min) < 0)) min = day;
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
