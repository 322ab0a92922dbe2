package dossier.pipeline.read.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's publication date, from the most trusted place that has one: JSON-LD {@code datePublished},
 * then meta tags, then {@code <time datetime>}, then the URL.
 */
final class PageDates {

  /** Publication-date meta tags, in the order tried; modification dates are not publication dates. */
  private static final List<String> META = List.of(
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[property=og:published_time]", "meta[itemprop=datePublished]", "[itemprop=datePublished][datetime]",
      "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=publish_date]",
      "meta[name=date]", "meta[name=dc.date.issued]", "meta[name=DC.date.issued]", "meta[name=dc.date]",
      "meta[name=DC.date]", "meta[name=dcterms.created]", "meta[name=citation_publication_date]",
      "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[property=article:published]");

  /** A calendar date at the start of a value: ISO {@code 2023-01-31}, {@code 2023/01/31}, {@code 20230131}. */
  private static final Pattern NUMERIC = Pattern.compile("^\\s*(\\d{4})[-/.]?(\\d{2})[-/.]?(\\d{2})(?!\\d)");

  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/_.-]|$)|[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$)");

  private static final List<DateTimeFormatter> WRITTEN = List.of(
      formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"), formatter("d MMMM uuuu"), formatter("d MMM uuuu"),
      formatter("EEE, d MMM uuuu"));

  private PageDates() {}

  /** A date and where it came from. */
  record Found(LocalDate date, DateSource source) {}

  /** The best-trusted date of the page, or null. */
  static Found find(Document doc, JsonLd jsonLd, String url) {
    LocalDate date = parse(jsonLd.datePublished());
    if (date != null) return new Found(date, DateSource.JSON_LD);
    for (String query : META) {
      for (Element e : doc.select(query)) {
        date = parse(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
        if (date != null) return new Found(date, DateSource.META);
      }
    }
    for (Element time : doc.select("time[datetime]")) {
      date = parse(time.attr("datetime"));
      if (date != null) return new Found(date, DateSource.TIME_ELEMENT);
    }
    date = fromUrl(url);
    return date == null ? null : new Found(date, DateSource.URL);
  }

  /** The date a value starts with (the publisher's local date, whatever time zone follows), or null. */
  static LocalDate parse(String value) {
    if (value == null || value.isBlank()) return null;
    Matcher m = NUMERIC.matcher(value);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    String written = value.strip().replaceAll("\\s+", " ").replaceFirst("(\\d{4}).*", "$1");
    for (DateTimeFormatter format : WRITTEN) {
      try {
        return LocalDate.parse(written, format);
      } catch (DateTimeParseException notThisFormat) {
        // try the next one
      }
    }
    return null;
  }

  static LocalDate fromUrl(String url) {
    if (url == null) return null;
    Matcher m = URL_DATE.matcher(url.replaceFirst("[?#].*", ""));
    while (m.find()) {
      LocalDate date = m.group(1) != null ? date(m.group(1), m.group(2), m.group(3)) : date(m.group(4), m.group(5), m.group(6));
      if (date != null) return date;
    }
    return null;
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return date.getYear() >= 1990 && date.getYear() <= 2100 ? date : null;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static DateTimeFormatter formatter(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }
}
