package dossier.pipeline.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire dateline opening the first paragraph: "MOSCOW (Reuters) -", "LONDON, Jan 5 (AP) —",
 * "KYIV, Ukraine (AP) —", "WASHINGTON —", "Moscow (AFP) -".
 */
final class WireDateline {

  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
  private static final String TITLE_WORDS = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}";
  private static final String PLACE_AND_DATE = "(?:,\\s*" + TITLE_WORDS + ")?"
      + "(?:,\\s*(?:" + MONTH + "\\s+\\d{1,2}|\\d{1,2}\\s+" + MONTH + "))?";
  private static final String AGENCY = "\\s*\\(\\p{Lu}[\\p{L}.]*(?: \\p{L}[\\p{L}.]*){0,3}\\)";
  private static final String DASH = "\\s*[-–—]{1,2}(?=\\s|$)";

  // A city in capitals may stand alone before the dash; one in title case needs the agency to tell
  // it from a sentence that starts with a name and a dash.
  private static final Pattern DATELINE = Pattern.compile(
      "\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}" + PLACE_AND_DATE + "(?:" + AGENCY + ")?" + DASH
          + "|" + TITLE_WORDS + PLACE_AND_DATE + AGENCY + DASH);

  private WireDateline() {}

  /** The wire dateline at the start of {@code paragraph}, if it opens with one. */
  static Optional<TextRange> find(String text, TextRange paragraph) {
    Matcher m = DATELINE.matcher(text).region(paragraph.start(), paragraph.end());
    return m.lookingAt() ? Optional.of(new TextRange(m.start(), m.end())) : Optional.empty();
  }
}
