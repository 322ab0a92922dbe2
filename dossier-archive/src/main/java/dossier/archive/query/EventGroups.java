package dossier.archive.query;

import dossier.archive.Names;
import dossier.archive.query.QueryRecords.EventGroup;
import dossier.archive.query.QueryRecords.EventRow;
import dossier.archive.query.QueryRecords.Figure;
import dossier.archive.query.QueryRecords.FigureSet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups event reports from many articles (or several within one) into real-world events, and lines up
 * the figures they give.
 *
 * <p>The rule: two reports are the same event when they have
 * <ol>
 *   <li>the same type (case folded),
 *   <li>the same place: the same archive entity, else the same place name by {@link Names#key}
 *       (a report without a place is never grouped), and
 *   <li>a close time: their days ({@link EventRow#day}: the event's own date when it has a full one, else the
 *       article date) lie within {@value #MAX_DAYS} days of the group's earliest day. A report without a day is
 *       never grouped.
 * </ol>
 * Reports are taken in day order (then article date); each joins the open group of its type and place if it is close enough, else
 * opens a new one. Modality is not compared: a denial of a bombing stays beside the reports of it.
 *
 * <p>Figures: for each counted thing ("killed") every report's figure is kept as written, with the article and
 * the reporter (the source the event is attributed to, else the article's publisher) and a number read from it
 * ("over 100" gives 100, "12" 12, "a dozen" 12, "1,200" 1200, "2.5 million" 2500000). A set is
 * {@code conflicting} when its numbers (or, where none can be read, its texts) differ.
 */
public final class EventGroups {
  /** How far apart, in days, reports of one event may be dated. */
  public static final int MAX_DAYS = 3;

  private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(million|thousand|hundred)?");
  private static final Map<String, Long> WORDS = new LinkedHashMap<>();

  static {
    String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    for (int i = 0; i < small.length; i++) WORDS.put(small[i], (long) i);
    WORDS.put("a dozen", 12L);
    WORDS.put("dozens", 24L);
    WORDS.put("dozen", 12L);
    WORDS.put("thirty", 30L);
    WORDS.put("forty", 40L);
    WORDS.put("fifty", 50L);
    WORDS.put("a hundred", 100L);
    WORDS.put("hundreds", 200L);
    WORDS.put("hundred", 100L);
    WORDS.put("a thousand", 1000L);
    WORDS.put("thousands", 2000L);
    WORDS.put("thousand", 1000L);
  }

  private EventGroups() {}

  /** The reports grouped into events, in order of their first day (groups without a day last). */
  public static List<EventGroup> group(List<EventRow> reports) {
    List<EventRow> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparing((EventRow r) -> r.day() == null ? "~" : r.day())
        .thenComparing(r -> r.article().date() == null ? "~" : r.article().date()).thenComparing(r -> r.article().id()).thenComparingInt(EventRow::ord));
    Map<String, List<EventRow>> open = new LinkedHashMap<>();
    List<List<EventRow>> groups = new ArrayList<>();
    for (EventRow r : sorted) {
      String key = key(r);
      LocalDate day = day(r.day());
      if (key == null || day == null) {
        groups.add(new ArrayList<>(List.of(r)));
        continue;
      }
      List<EventRow> current = open.get(key);
      if (current != null && ChronoUnit.DAYS.between(day(current.get(0).day()), day) <= MAX_DAYS) {
        current.add(r);
      } else {
        current = new ArrayList<>(List.of(r));
        open.put(key, current);
        groups.add(current);
      }
    }
    return groups.stream().map(EventGroups::toGroup).toList();
  }

  /** The type-and-place key of a report, or null when it has no place. */
  static String key(EventRow r) {
    String place = r.placeId() != null ? "#" + r.placeId() : r.place() == null ? null : Names.key(r.place());
    if (place == null || place.isEmpty()) return null;
    return r.type().toLowerCase(Locale.ROOT) + "\u0000" + place;
  }

  private static LocalDate day(String day) {
    if (day == null || day.length() < 10) return null;
    try {
      return LocalDate.parse(day.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static EventGroup toGroup(List<EventRow> reports) {
    EventRow first = reports.get(0);
    String time = reports.stream().map(EventRow::time).filter(t -> t != null).findFirst().orElse(null);
    Map<String, List<Figure>> byWhat = new TreeMap<>();
    for (EventRow r : reports) {
      for (var c : r.counts().entrySet()) {
        String reporter = r.reportedBy() != null ? r.reportedBy() : r.article().source();
        byWhat.computeIfAbsent(c.getKey(), k -> new ArrayList<>())
            .add(new Figure(c.getValue(), number(c.getValue()), r.article(), reporter));
      }
    }
    List<FigureSet> figures = new ArrayList<>();
    for (var e : byWhat.entrySet()) figures.add(new FigureSet(e.getKey(), e.getValue(), conflicting(e.getValue())));
    String lastDay = reports.stream().map(EventRow::day).filter(d -> d != null).max(String::compareTo).orElse(null);
    return new EventGroup(first.type(), first.place(), time, first.day(), lastDay, List.copyOf(reports),
        List.copyOf(figures));
  }

  private static boolean conflicting(List<Figure> figures) {
    Set<Object> distinct = new HashSet<>();
    for (Figure f : figures) distinct.add(f.value() != null ? f.value() : f.figure().strip().toLowerCase(Locale.ROOT));
    return distinct.size() > 1;
  }

  /** The number a figure states (its lower bound for "over 100", "at least 20"), or null. */
  public static Long number(String figure) {
    if (figure == null) return null;
    String f = figure.toLowerCase(Locale.ROOT);
    Matcher m = NUMBER.matcher(f);
    if (m.find()) {
      double n = Double.parseDouble(m.group(1).replace(",", ""));
      if (m.group(2) != null) {
        n *= switch (m.group(2)) {
          case "million" -> 1_000_000;
          case "thousand" -> 1_000;
          default -> 100;
        };
      }
      return Math.round(n);
    }
    for (var w : WORDS.entrySet()) {
      if (Pattern.compile("\\b" + w.getKey() + "\\b").matcher(f).find()) return w.getValue();
    }
    return null;
  }
}
