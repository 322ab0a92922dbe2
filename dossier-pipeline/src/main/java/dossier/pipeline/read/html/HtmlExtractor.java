package dossier.pipeline.read.html;

import dossier.pipeline.read.html.HtmlDecoder.Decoded;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts a news article from an HTML page: title, URL, publication date and where it was found,
 * authors, body paragraphs without boilerplate, and image captions with credits. Pure and thread-safe.
 *
 * <p>Work per page is bounded: the parser nests no deeper than {@link #MAX_DEPTH} (deeper elements
 * become siblings), and every pass over the tree is linear and iterative, so no page can exhaust
 * the stack or take quadratic time. Callers bound the page size (the readers cap it at 10 MB).
 */
public final class HtmlExtractor {

  /** Deeper nesting than real pages have; jsoup flattens beyond it, which keeps the text. */
  static final int MAX_DEPTH = 512;

  /** A JSON-LD {@code articleBody} is taken over the page's text when it has at least this share of its words. */
  private static final double ARTICLE_BODY_SHARE = 0.9;

  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,60}$");
  private static final Pattern TAG = Pattern.compile("</?(?:p|div|br|span|a|em|strong|h[1-6]|ul|ol|li|img|figure)\\b[^>]*>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BY = Pattern.compile("^(?i:by|von|par|door|por)\\s+");

  private HtmlExtractor() {}

  /**
   * The article in the page's bytes, decoded by byte order mark, {@code charset} (from the transport),
   * a meta charset, or else as UTF-8; a charset problem is in {@link HtmlPage#warnings()}.
   *
   * @param url the page's address, or null; a canonical URL in the page wins over it
   * @param charset the charset the transport declares, or null
   */
  public static HtmlPage extract(byte[] bytes, int length, String url, String charset) {
    Decoded decoded = HtmlDecoder.decode(bytes, length, charset);
    HtmlPage page = extract(decoded.html(), url);
    if (decoded.warning() == null) return page;
    List<String> warnings = new ArrayList<>(page.warnings());
    warnings.add(0, decoded.warning());
    return new HtmlPage(page.title(), page.url(), page.date(), page.dateSource(), page.authors(),
        page.paragraphs(), page.captions(), List.copyOf(warnings));
  }

  /** The article in a page's HTML text. */
  public static HtmlPage extract(String html, String url) {
    Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    Document doc = Jsoup.parse(html, url == null ? "" : url, parser);
    JsonLd jsonLd = JsonLd.of(doc);
    String pageUrl = canonicalUrl(doc, url);
    PageDates.Found date = PageDates.find(doc, jsonLd, pageUrl != null ? pageUrl : url);
    if (date == null && url != null && !url.equals(pageUrl)) date = PageDates.find(doc, jsonLd, url);
    String title = title(doc, jsonLd);
    List<String> authors = authors(doc, jsonLd);
    Element body = doc.body();
    Boilerplate.strip(body);
    MainText.Text text = MainText.extract(body);
    List<String> paragraphs = withArticleBody(text.paragraphs(), jsonLd.articleBody());
    return new HtmlPage(title, pageUrl, date == null ? null : date.date(), date == null ? null : date.source(),
        authors, List.copyOf(paragraphs), text.captions(), List.of());
  }

  /**
   * The JSON-LD article body in paragraphs, when it has (nearly) all the words the page's own text
   * has: publishers write it from their source, free of page furniture.
   */
  private static List<String> withArticleBody(List<String> paragraphs, String articleBody) {
    if (articleBody == null) return paragraphs;
    List<String> body = articleBodyParagraphs(articleBody);
    int bodyWords = words(String.join(" ", body));
    if (bodyWords < ARTICLE_BODY_SHARE * words(String.join(" ", paragraphs)) || bodyWords < 50) return paragraphs;
    return body;
  }

  /**
   * Plain text split at line breaks; but some publishers put the body's HTML in, or entity-escape it
   * ("&amp;amp;", even "&amp;lt;p&amp;gt;"): markup is read as HTML, split at its block tags.
   */
  private static List<String> articleBodyParagraphs(String articleBody) {
    String text = Parser.unescapeEntities(articleBody, false);
    if (TAG.matcher(text).find()) return MainText.paragraphs(Jsoup.parseBodyFragment(text).body());
    List<String> split = new ArrayList<>();
    for (String p : text.split("\\s*\\n\\s*")) {
      if (!p.isBlank()) split.add(p.replaceAll("\\s+", " ").strip());
    }
    return split;
  }

  private static String canonicalUrl(Document doc, String url) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null && !canonical.absUrl("href").isEmpty()) return canonical.absUrl("href");
    Element og = doc.selectFirst("meta[property=og:url][content]");
    if (og != null && og.attr("content").startsWith("http")) return og.attr("content");
    return url;
  }

  private static String title(Document doc, JsonLd jsonLd) {
    Element og = doc.selectFirst("meta[property=og:title][content]");
    if (og != null && !og.attr("content").isBlank()) return og.attr("content").strip();
    if (jsonLd.headline() != null) return jsonLd.headline();
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) return h1.text();
    String title = doc.title().strip();
    return title.isEmpty() ? null : TITLE_SUFFIX.matcher(title).replaceFirst("");
  }

  /** Authors from JSON-LD, else meta tags, else {@code rel=author} links and byline blocks. */
  private static List<String> authors(Document doc, JsonLd jsonLd) {
    Set<String> names = new LinkedHashSet<>(jsonLd.authors());
    if (names.isEmpty()) {
      for (Element meta : doc.select("meta[name=author][content], meta[property=article:author][content]")) {
        String name = meta.attr("content").strip();
        if (!name.isEmpty() && !name.startsWith("http")) names.add(name);
      }
    }
    if (names.isEmpty()) {
      for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name], .byline .author, .author-name")) {
        String name = BY.matcher(e.text().strip()).replaceFirst("");
        if (!name.isEmpty() && name.length() < 80) names.add(name);
      }
    }
    return List.copyOf(names);
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }
}
