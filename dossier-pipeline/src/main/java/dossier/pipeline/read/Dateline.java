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
