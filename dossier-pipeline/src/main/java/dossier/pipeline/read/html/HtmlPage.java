package dossier.pipeline.read.html;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link HtmlExtractor} finds in a news page.
 *
 * @param title the headline, or null
 * @param url the canonical URL ({@code <link rel=canonical>}, {@code og:url}) or else the one given, or null
 * @param date the publication date, or null
 * @param dateSource where {@code date} came from, or null when there is no date
 * @param authors the bylines' names, in page order, without duplicates
 * @param paragraphs the body text, one string per paragraph, boilerplate removed
 * @param captions image captions with their credits, kept out of the body
 * @param warnings what went wrong but did not stop the extraction (a charset that was guessed)
 */
public record HtmlPage(
    String title, String url, LocalDate date, DateSource dateSource, List<String> authors,
    List<String> paragraphs, List<Caption> captions, List<String> warnings) {

  /** An image caption and its credit (null when the page gives none). */
  public record Caption(String text, String credit) {}

  /** The body paragraphs separated by blank lines: the page's main text. */
  public String bodyText() {
    return String.join("\n\n", paragraphs);
  }
}
