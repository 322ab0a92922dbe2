package dossier.pipeline.read;

import java.time.LocalDate;
import java.util.List;

/**
 * One article as read from its source, before any cleaning.
 *
 * @param id a stable id: the one the source gives, else a hash of the content
 * @param date the publication date, or null when the source does not tell
 * @param text the article text with any metadata header removed; all offsets point into it
 * @param origin where it came from, for messages: {@code path} or {@code path:line}
 * @param captions captions the source marks as such (HTML figures), which the cleaner takes as they
 *     are; empty for text sources, whose captions the cleaner finds itself
 */
public record RawArticle(
    String id, LocalDate date, String title, String url, String source, String text, String origin,
    List<RawCaption> captions) {

  public RawArticle {
    captions = captions == null ? List.of() : List.copyOf(captions);
  }

  /** An article whose source marks no captions. */
  public RawArticle(String id, LocalDate date, String title, String url, String source, String text, String origin) {
    this(id, date, title, url, source, text, origin, List.of());
  }
}
