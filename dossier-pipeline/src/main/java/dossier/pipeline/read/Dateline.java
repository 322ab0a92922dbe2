package dossier.pipeline.read;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date standing alone on the first line of an article ("Thursday, January 24, 2019",
 * "June 13, 2005", "24 January 2019", "2019-01-24"), as Wikinews and many archives print it.
 *
 * @param start char offset of the dateline in the text
 * @param end char offset just past it (the line break is not included)
 */
public record Dateline(int start, int end, LocalDate date) {

  private static final Pattern FIRST_LINE = Pattern.compile("\\A\\s*+([^\\n]{6,40}?)[ \\t]*(?:\\n|\\z)");
  private static final Pattern WEEKDAY = Pattern.compile(
      "^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+", Pattern.CASE_INSENSITIVE);
  private static final List<DateTimeFormatter> FORMATS = List.of(
      formatter("MMMM d, uuuu"),
      formatter("MMMM d uuuu"),
      formatter("d MMMM uuuu"),
      formatter("MMM d, uuuu"),
      formatter("d MMM uuuu"),
      formatter("uuuu-MM-dd"));

  private static DateTimeFormatter formatter(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }

  /** How many lines of a header (headline, byline, "Updated ..." line) are searched for a publication date. */
  private static final int HEADER_LINES = 5;
  /** A header line is short; the first longer line (not a web address) is the body. */
  private static final int HEADER_LINE_CHARS = 100;
  private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  /** "September 14, 2013", "Sep 14 2013", "16 September 2013", "14/09/2013", "2013-09-14", with any spaces around the punctuation. */
  private static final List<Pattern> HEADER_DATES = List.of(
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})\\s*,?\\s*(\\d{4})\\b", Pattern.CASE_INSENSITIVE),
      Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE),
      Pattern.compile("\\b(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})\\b"),
      Pattern.compile("\\b(\\d{4})\\s*-\\s*(\\d{2})\\s*-\\s*(\\d{2})\\b"));
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
      "nov", "dec");

  /**
   * The publication date a scraped article prints in its header rather than on its first line:
   * "Woman Killed In Queens Hit-And-Run\nUpdated 09/14/2013 01:03 PM\n...", "Saturday, September 14,
   * 2013" under the headline, "Last updated 13:26 14/09/2013". The first date in the first
   * {@link #HEADER_LINES} lines, web addresses skipped, up to the body (the first long line, or the
   * first line that ends a sentence: "The text.\n24 January 2019" is not dated by it); a
   * numeric date only when day and month cannot be swapped (14/09 or 09/14, not 09/10).
   */
  public static Optional<LocalDate> inHeader(String text) {
    String[] lines = text.split("\n", HEADER_LINES + 1);
    for (int i = 0; i < Math.min(HEADER_LINES, lines.length); i++) {
      String line = lines[i].strip();
      if (line.startsWith("http")) continue;
      // The body begins at the first long line or the first sentence: a headline or byline has no final stop.
      if (line.length() > HEADER_LINE_CHARS || line.matches(".*[.!?\"”]$") && !line.matches(".*\\b[AaPp]\\s?\\.?\\s?[Mm]\\s?\\.?$")) break;
      Optional<LocalDate> date = dateIn(line);
      if (date.isPresent()) return date;
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> dateIn(String line) {
    for (int p = 0; p < HEADER_DATES.size(); p++) {
      Matcher m = HEADER_DATES.get(p).matcher(line);
      while (m.find()) {
        int year, month, day;
        switch (p) {
          case 0 -> {
            month = MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
            day = Integer.parseInt(m.group(2));
            year = Integer.parseInt(m.group(3));
          }
          case 1 -> {
            day = Integer.parseInt(m.group(1));
            month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
            year = Integer.parseInt(m.group(3));
          }
          case 2 -> {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
            if (a <= 12 && b <= 12 && a != b) continue; // 09/10/2013: September or October?
            month = a <= 12 ? a : b;
            day = a <= 12 ? b : a;
            year = Integer.parseInt(m.group(3));
          }
          default -> {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            day = Integer.parseInt(m.group(3));
          }
        }
        try {
          return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException notADate) {
          // "May 45, 2013": try the next match
        }
      }
    }
    return Optional.empty();
  }

  /** The dateline on the first non-blank line of {@code text}, if that line is only a date. */
  public static Optional<Dateline> find(String text) {
    Matcher m = FIRST_LINE.matcher(text);
    if (!m.find()) return Optional.empty();
    String line = m.group(1);
    String datePart = WEEKDAY.matcher(line).replaceFirst("").replace(".", "");
    for (DateTimeFormatter format : FORMATS) {
      try {
        return Optional.of(new Dateline(m.start(1), m.end(1), LocalDate.parse(datePart, format)));
      } catch (DateTimeParseException notThisFormat) {
        // try the next one
      }
    }
    return Optional.empty();
  }
}
