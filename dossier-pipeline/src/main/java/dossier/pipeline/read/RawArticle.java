package dossier.pipeline.read;

import java.time.LocalDate;

/**
 * One article as read from its source, before any cleaning.
 *
 * @param id a stable id: the one the source gives, else a hash of the content
 * @param date the publication date, or null when the source does not tell
 * @param text the article text with any metadata header removed; all offsets point into it
 * @param origin where it came from, for messages: {@code path} or {@code path:line}
 */
public record RawArticle(
    String id, LocalDate date, String title, String url, String source, String text, String origin) {}
