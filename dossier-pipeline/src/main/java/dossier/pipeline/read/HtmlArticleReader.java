package dossier.pipeline.read;

import dossier.pipeline.read.ReadResult.Failure;
import dossier.pipeline.read.ReadResult.Notice;
import dossier.pipeline.read.html.HtmlExtractor;
import dossier.pipeline.read.html.HtmlPage;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a web page as one article with {@link HtmlExtractor}: its text is the body paragraphs,
 * separated by blank lines, then each caption as a paragraph of its own with its credit on the
 * next line, handed to the cleaner as {@link RawCaption}s. Dated by the page, else {@code --date}.
 */
final class HtmlArticleReader {

  /** Pages beyond 10 MB are not articles (or are, but padded with data no extractor should wade through). */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  private final ReadOptions options;

  HtmlArticleReader(ReadOptions options) {
    this.options = options;
  }

  /** Reads a page file, at most {@link #MAX_BYTES} of it, into {@code sink}. */
  void read(String file, InputStream in, Consumer<? super ReadResult> sink) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      sink.accept(new Failure(file, 0, "page too large: over " + MAX_BYTES + " bytes"));
      return;
    }
    sink.accept(article(file, 0, bytes, null, null, options.defaultDate(), file, sink));
  }

  /**
   * The article in a page, or why there is none; warnings go to {@code sink} as notices.
   *
   * @param line the record number within {@code file}, or 0
   * @param url the page's address, or null; for a file, a canonical URL in the page wins
   * @param charset the charset the transport declares, or null
   * @param fallbackDate the date when the page gives none, or null
   */
  ReadResult article(String file, int line, byte[] bytes, String url, String charset, LocalDate fallbackDate,
      String origin, Consumer<? super ReadResult> sink) {
    HtmlPage page;
    try {
      page = HtmlExtractor.extract(bytes, bytes.length, url, charset);
    } catch (RuntimeException e) {
      // A parser bug on one odd page must not end a crawl's reading.
      return new Failure(file, line, "cannot extract the page: " + e);
    }
    for (String warning : page.warnings()) sink.accept(new Notice(file, line, warning));
    if (page.paragraphs().isEmpty()) return new Failure(file, line, "no article text found in the page");
    StringBuilder text = new StringBuilder(page.bodyText());
    List<RawCaption> captions = new ArrayList<>();
    for (HtmlPage.Caption c : page.captions()) {
      text.append("\n\n");
      int start = text.length();
      text.append(c.text());
      int end = text.length();
      int creditStart = end;
      if (c.credit() != null) {
        text.append(c.text().isEmpty() ? "" : "\n");
        creditStart = text.length();
        text.append(c.credit());
      }
      captions.add(new RawCaption(start, end, creditStart, text.length()));
    }
    LocalDate date = page.date() != null ? page.date() : fallbackDate;
    String body = text.toString();
    RawArticle article = new RawArticle(Articles.contentId(date, body), date, page.title(),
        url != null ? url : page.url(), null, body, origin, captions);
    return Articles.checked(article, file, line, options.maxChars());
  }
}
