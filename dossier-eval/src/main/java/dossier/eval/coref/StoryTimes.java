package dossier.eval.coref;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of Dossier's time values are one time across articles, for scoring gold TIME mentions.
 *
 * <p>Dossier resolves each time expression against its article's date. A value with a year ("2009-02-01",
 * "2009-02-01TMO", "2007-W14", "195X") is the same time in every article. ECB+ documents carry no date, so
 * "early Tuesday morning" stays {@code XXXX-WXX-2TMO} and "less than a month" {@code P1M}: such a calendar
 * value or duration is one time in the articles of one story, where reports of an event say "Tuesday" for
 * the same Tuesday. A story is the articles that share at least {@link #MIN_SHARED} named archive entities
 * with another of them (the resolver's links, so in an archive of many stories two arrests on a Tuesday
 * stay apart); an undated report's weekday is the day a dated report of its story gives for that weekday,
 * when it gives one. Values relative to the article's own day ("today", "yesterday": THIS, OFFSET, PRESENT_REF)
 * and clock times ("T02:30", "TNI") stay within their article: two reports need not be of one day.
 */
final class StoryTimes {
  /**
   * Named archive entities two articles share to be of one story. Tuned on the dev and train topics (CoNLL F1,
   * dev / train, before the weekday and part-of-day rules): 1 0.705 / -, 2 0.705 / 0.656, 3 0.703 / 0.654,
   * 4 0.703 / -; one archive of all topics loses as little at 2 as at 3.
   */
  static final int MIN_SHARED = 2;

  private static final Pattern ANCHORED = Pattern.compile("\\d{3}[\\dX](-.*)?");
  private static final Pattern STORY_WIDE = Pattern.compile("XXXX-.+|P[\\dXT].*");
  private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])");
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Map<String, Set<Long>> named = new HashMap<>();
  private final Map<String, Set<LocalDate>> days = new HashMap<>();
  private final Map<String, Set<String>> weekdays = new LinkedHashMap<>();
  private final Map<String, List<String>> articlesOf = new LinkedHashMap<>();
  private final Map<String, String> parent = new HashMap<>();
  private boolean joined;

  /** Whether the value names one time in any article: it has a year. */
  static boolean anchored(String value) {
    return ANCHORED.matcher(value).matches();
  }

  /**
   * A value to its day: a part of day or a clock time ("2009-02-01TMO", "2009-02-01T01:30", "XXXX-WXX-4TEV") is
   * the day's time, as reports of one event give "early Sunday" and "around 1:30 a.m. Feb. 1", "Thursday" and
   * "Thursday evening" for it.
   */
  static String day(String value) {
    int t = value.indexOf('T');
    return t == 10 ? value.substring(0, t) : value;
  }

  /** Whether the value is one time within a story: a calendar value without a year, or a duration. */
  static boolean storyWide(String value) {
    return STORY_WIDE.matcher(value).matches();
  }

  /**
   * An article, the archive entities of its named entities and the values of all its time expressions; add
   * every article before {@link #time}. Its days (full dates within a week of its date, when it has one) are
   * what its weekdays meant, for the undated reports of its story.
   */
  void article(String article, LocalDate date, Set<Long> namedEntities, Collection<String> timeValues) {
    named.put(article, namedEntities);
    Set<LocalDate> near = new HashSet<>();
    for (String v : timeValues) {
      String d = day(v);
      if (!FULL_DATE.matcher(d).matches()) continue;
      try {
        LocalDate said = LocalDate.parse(d);
        if (date == null || Math.abs(ChronoUnit.DAYS.between(date, said)) <= 7) near.add(said);
      } catch (DateTimeParseException e) {
        // "2009-02-30": no day
      }
    }
    days.put(article, near);
  }

  /** Notes that the article has a time of this value; call before {@link #label}. */
  void time(String article, String value) {
    List<String> articles = articlesOf.computeIfAbsent(value, v -> new ArrayList<>());
    if (articles.contains(article)) return;
    for (String other : articles) {
      if (shared(named.getOrDefault(article, Set.of()), named.getOrDefault(other, Set.of())) >= MIN_SHARED) {
        union(node(article, value), node(other, value));
      }
    }
    articles.add(article);
    if (WEEKDAY.matcher(value).matches()) weekdays.computeIfAbsent(article, a -> new LinkedHashSet<>()).add(value);
  }

  /**
   * The time's label: the same for every article of its story with this value; {@code @time:} and the day
   * when a dated report of the story says which day its weekday is.
   */
  String label(String article, String value) {
    if (!joined) joinDays();
    String root = find(node(article, value));
    return root.startsWith("@") ? "@time:" + root.substring(1) : "story:" + root;
  }

  /**
   * An undated report's "Thursday" is the Thursday its story's other reports give as a day: the one day of that
   * weekday among the days of the articles it shares {@link #MIN_SHARED} named entities with, if there is one.
   */
  private void joinDays() {
    joined = true;
    weekdays.forEach((article, values) -> {
      for (String value : values) {
        DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(value.substring(value.length() - 1)));
        Set<LocalDate> candidates = new HashSet<>();
        named.forEach((other, entities) -> {
          if (other.equals(article) || shared(named.get(article), entities) < MIN_SHARED) return;
          for (LocalDate d : days.getOrDefault(other, Set.of())) if (d.getDayOfWeek() == weekday) candidates.add(d);
        });
        if (candidates.size() == 1) union(node(article, value), "@" + candidates.iterator().next());
      }
    });
  }

  private static int shared(Set<Long> a, Set<Long> b) {
    Set<Long> small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
    int n = 0;
    for (Long e : small) if (large.contains(e)) n++;
    return n;
  }

  private static String node(String article, String value) {
    return article + "/" + value;
  }

  private String find(String x) {
    String p = parent.getOrDefault(x, x);
    if (p.equals(x)) return x;
    String root = find(p);
    parent.put(x, root);
    return root;
  }

  /** Joins two times, unless both are already other days; a day stays its group's root. */
  private void union(String a, String b) {
    String ra = find(a), rb = find(b);
    if (ra.equals(rb) || ra.startsWith("@") && rb.startsWith("@")) return;
    if (ra.startsWith("@")) parent.put(rb, ra);
    else parent.put(ra, rb);
  }
}
