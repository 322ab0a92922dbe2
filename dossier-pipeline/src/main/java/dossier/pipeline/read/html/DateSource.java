package dossier.pipeline.read.html;

/** Where a page's publication date was found, most trusted first. */
public enum DateSource {
  /** schema.org {@code datePublished} in a JSON-LD block. */
  JSON_LD,
  /** A meta tag: {@code article:published_time}, {@code itemprop=datePublished}, {@code name=date}, ... */
  META,
  /** A {@code <time datetime>} element. */
  TIME_ELEMENT,
  /** A date in the URL's path: {@code /2023/01/31/}. */
  URL
}
