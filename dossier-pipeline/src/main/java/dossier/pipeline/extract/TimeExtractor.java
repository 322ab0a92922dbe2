package dossier.pipeline.extract;

import dossier.model.CodePoints;
import dossier.model.TimeExpression;
import dossier.pipeline.annotate.Annotated;
import dossier.pipeline.annotate.Sentence;
import dossier.pipeline.annotate.Timex;
import dossier.pipeline.annotate.Token;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every date, time, duration and set expression with its TIMEX3 value, resolved against the article
 * date and the tense of its clause: in an article of 2023-01-31, "he joined in July" is 2022-07,
 * not the coming July. Inside a quote, relative expressions count from when the quote was said.
 */
public final class TimeExtractor {

  private static final Pattern EXPLICIT_YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d\\d\\b");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d\\d)");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec");
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  private static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "fall", "winter");
  /** Words that make an expression relative to the moment of speaking. */
  private static final Set<String> DEICTIC = Set.of("today", "tonight", "tomorrow", "yesterday", "this", "next",
      "last", "ago", "now", "coming", "past", "earlier", "later", "recently");
  private static final Set<String> FUTURE_MARKERS = Set.of("will", "'ll", "shall", "wo");

  private enum Tense { PAST, PRESENT, FUTURE }

  /** The time expressions of an annotated article, in text order. */
  public List<TimeExpression> extract(Annotated article) {
    LocalDate date = article.article().raw().date();
    CodePoints offsets = new CodePoints(article.text());
    List<TimeExpression> out = new ArrayList<>();
    for (Timex t : article.timexes()) {
      String value = timex3(t.value());
      if (value != null && date != null && t.type().equals("DATE")) {
        Sentence s = article.sentences().get(t.sentence());
        LocalDate anchor = quoteAnchor(article, s, t, date);
        if (anchor != null && isDeictic(t.text())) {
          value = reanchor(value, date, anchor);
        } else if (isBareCalendarName(t.text())) {
          value = byTense(value, date, tenseOf(s.tokens(), t), t.text());
        }
      }
      if (value == null) continue;
      var span = offsets.span(t.start(), t.end());
      out.add(new TimeExpression(span.start(), span.end(), span.text(), t.type(), value));
    }
    return out;
  }

  /**
   * SUTime sometimes hands out its internal composition ("2011 INTERSECT P1D INTERSECT XXXX-01") or a
   * time zone suffix ("T10:00+0000"); the first part is the TIMEX3 value a reader can use.
   */
  private static String timex3(String value) {
    if (value == null) return null;
    int space = value.indexOf(' ');
    String first = space < 0 ? value : value.substring(0, space);
    return first.replaceFirst("(T[\\d:]+)[+-]\\d{4}$", "$1");
  }

  // ---- tense ------------------------------------------------------------------------------------

  /** "July", "on Monday", "in November", "July 4": names on the calendar without a year or a "last"/"next". */
  private static boolean isBareCalendarName(String text) {
    if (EXPLICIT_YEAR.matcher(text).find()) return false;
    boolean named = false;
    for (String word : words(text)) {
      if (DEICTIC.contains(word)) return false;
      named |= MONTHS.contains(word) || WEEKDAYS.contains(word) || SEASONS.contains(word);
    }
    return named;
  }

  private static boolean isDeictic(String text) {
    if (EXPLICIT_YEAR.matcher(text).find()) return false;
    for (String word : words(text)) {
      if (DEICTIC.contains(word) || WEEKDAYS.contains(word)) return true;
    }
    return false;
  }

  private static List<String> words(String text) {
    return List.of(text.toLowerCase(Locale.ROOT).replace(".", "").split("[\\s,]+"));
  }

  /** A past event named by a calendar name lies before the article date, a future one after it. */
  private static String byTense(String value, LocalDate date, Tense tense, String text) {
    if (tense == Tense.PRESENT) return value;
    int direction = tense == Tense.PAST ? -1 : 1;
    boolean weekday = words(text).stream().anyMatch(WEEKDAYS::contains)
        && words(text).stream().noneMatch(MONTHS::contains);
    Matcher day = DAY.matcher(value);
    if (day.matches()) {
      LocalDate d = LocalDate.parse(value);
      boolean wrongSide = tense == Tense.PAST ? d.isAfter(date) : d.isBefore(date);
      if (!wrongSide) return value;
      return (weekday ? d.plusWeeks(direction) : d.plusYears(direction)).toString();
    }
    Matcher month = MONTH.matcher(value);
    if (month.matches()) {
      YearMonth m = YearMonth.parse(value);
      YearMonth now = YearMonth.from(date);
      boolean wrongSide = tense == Tense.PAST ? m.isAfter(now) : m.isBefore(now);
      return wrongSide ? m.plusYears(direction).toString() : value;
    }
    Matcher season = SEASON.matcher(value);
    if (season.matches()) {
      int year = Integer.parseInt(season.group(1));
      int startMonth = switch (season.group(2)) { case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; default -> 12; };
      YearMonth start = YearMonth.of(year, startMonth);
      YearMonth now = YearMonth.from(date);
      boolean wrongSide = tense == Tense.PAST ? start.isAfter(now) : start.plusMonths(2).isBefore(now);
      return wrongSide ? (year + direction) + "-" + season.group(2) : value;
    }
    return value;
  }

  /**
   * The tense of the clause: the nearest finite verb before the expression within its clause, else
   * the nearest after it, else the nearest anywhere in the sentence.
   */
  private static Tense tenseOf(List<Token> tokens, Timex t) {
    for (int i = t.firstToken() - 1; i >= 0 && !isClauseBoundary(tokens.get(i)); i--) {
      Tense tense = tenseAt(tokens, i);
      if (tense != null) return tense;
    }
    for (int i = t.endToken(); i < tokens.size() && !isClauseBoundary(tokens.get(i)); i++) {
      Tense tense = tenseAt(tokens, i);
      if (tense != null) return tense;
    }
    for (int distance = 1; distance < tokens.size(); distance++) {
      for (int i : new int[] {t.firstToken() - distance, t.endToken() - 1 + distance}) {
        if (i < 0 || i >= tokens.size()) continue;
        Tense tense = tenseAt(tokens, i);
        if (tense != null) return tense;
      }
    }
    return Tense.PRESENT;
  }

  private static boolean isClauseBoundary(Token t) {
    return Set.of(",", ";", ":", "--", "—", "–").contains(t.word()) || Attribution.isQuoteMark(t)
        || t.pos().equals("CC") || t.pos().equals("WDT") || t.pos().equals("WP");
  }

  private static Tense tenseAt(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    String word = token.word().toLowerCase(Locale.ROOT);
    if (token.pos().equals("MD")) return FUTURE_MARKERS.contains(word) ? Tense.FUTURE : Tense.PRESENT;
    if (token.pos().equals("VBD")) return Tense.PAST;
    if (token.pos().equals("VBZ") || token.pos().equals("VBP")) {
      boolean goingTo = i + 2 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("going")
          && tokens.get(i + 2).word().equalsIgnoreCase("to");
      boolean perfect = token.lemma().equals("have") && i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("VBN");
      return goingTo ? Tense.FUTURE : perfect ? Tense.PAST : Tense.PRESENT;
    }
    return null;
  }

  // ---- quotes -----------------------------------------------------------------------------------

  /**
   * The date a quote containing {@code t} was said on, when its sentence says so outside the quote
   * ("...tomorrow," she said on Monday); null when {@code t} is not quoted or no such date is given.
   */
  private static LocalDate quoteAnchor(Annotated article, Sentence s, Timex t, LocalDate date) {
    if (!insideQuote(s.tokens(), t.firstToken())) return null;
    for (Timex other : article.timexes()) {
      if (other == t || other.sentence() != s.index() || insideQuote(s.tokens(), other.firstToken())) continue;
      if (!other.type().equals("DATE") || other.value() == null || !DAY.matcher(other.value()).matches()) continue;
      LocalDate said = LocalDate.parse(other.value());
      return said.equals(date) ? null : said;
    }
    return null;
  }

  /** Whether an odd number of quotation marks precede token {@code index} in its sentence. */
  private static boolean insideQuote(List<Token> tokens, int index) {
    int marks = 0;
    for (int i = 0; i < index; i++) {
      if (Attribution.isQuoteMark(tokens.get(i))) marks++;
    }
    return marks % 2 == 1;
  }

  /** Moves a value resolved against the article date so that it counts from {@code anchor} instead. */
  private static String reanchor(String value, LocalDate date, LocalDate anchor) {
    if (DAY.matcher(value).matches()) {
      long days = ChronoUnit.DAYS.between(date, LocalDate.parse(value));
      return anchor.plusDays(days).toString();
    }
    if (MONTH.matcher(value).matches()) {
      long months = ChronoUnit.MONTHS.between(YearMonth.from(date), YearMonth.parse(value));
      return YearMonth.from(anchor).plusMonths(months).toString();
    }
    return value;
  }
}
