package dossier.pipeline.read.html;

import dossier.pipeline.read.html.TextStats.Counts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes what is never article text: scripts and styles, navigation, asides and footers, forms,
 * hidden elements, and blocks whose class or id name ads, related links, comments, cookie or
 * consent banners, share bars, newsletters and the like.
 */
final class Boilerplate {

  private static final Set<String> ALWAYS = Set.of(
      "script", "style", "noscript", "iframe", "nav", "aside", "footer", "svg", "button", "input",
      "select", "textarea", "template", "object", "embed", "canvas", "dialog", "menu", "link", "meta");

  /** Tags that may wrap the whole page on some sites (ASP.NET wraps it in a form): removed only when small. */
  private static final Set<String> WHEN_SMALL = Set.of("form", "header");

  /** Containers never removed for their class: the article may be one of them. */
  private static final Set<String> KEPT = Set.of("html", "body", "article", "main");

  /** A form or header with fewer paragraphs' chars than this holds no article. */
  private static final int SMALL_CHARS = 800;

  private static final Pattern JUNK = Pattern.compile(
      "comment|disqus|cookie|consent|gdpr|newsletter|subscri|signup|sign-up|share|sharing|social"
          + "|related|recommend|recirc|outbrain|taboola|trending|popular|most-read|mostread|read-more|readmore"
          + "|more-stories|sidebar|widget|sponsor|promo|advert|^ad$|^ads$|^ad-|-ad$|-ads$|_ad_|adslot|adunit|dfp"
          + "|breadcrumb|pagination|pager|next-prev|prev-next|post-navigation|next-post|prev-post|previous-post|popup|modal|banner|masthead|navbar|menu|^nav|footer|toolbar|tags$"
          + "|byline|author-bio|authorbio|paywall|skip-link|visually-hidden|sr-only|screen-reader|print-only"
          + "|site-header|global-header|inline-cta|cta-|(?:^|[-_])rail(?:$|[-_])|jump-link|in-article-links|also-read|see-also|further-reading");

  /** Class names that mean content even when a junk word is in them ("article-body-share" is still junk). */
  private static final Pattern CONTENT = Pattern.compile("^(?:article|story|entry|post)[-_]?(?:body|content|text)$");

  private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private Boilerplate() {}

  /** Removes the boilerplate under {@code root}, in place. */
  static void strip(Element root) {
    TextStats stats = TextStats.count(root);
    Set<Node> doomed = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : root.getAllElements()) {
      if (e == root) continue;
      if (doomed.contains(e.parent())) {
        doomed.add(e); // goes with its ancestor, nothing to decide
      } else if (isBoilerplate(e, stats, root)) {
        doomed.add(e);
        parents.add(e.parent());
      }
    }
    for (Element parent : parents) removeChildren(parent, doomed);
  }

  /**
   * Removes the doomed children of one parent. jsoup's {@code remove()} scans and shifts the
   * parent's child list each time, so many removals from one flat parent (a many-MB page of
   * siblings) would take quadratic time: such a parent gets its kept children back in one pass.
   */
  private static void removeChildren(Element parent, Set<Node> doomed) {
    List<Node> kept = new ArrayList<>(parent.childNodeSize());
    for (Node child : parent.childNodes()) {
      if (!doomed.contains(child)) kept.add(child);
    }
    parent.empty();
    parent.appendChildren(kept);
  }

  /** Whether a class or id names boilerplate; the caption and credit finder also skips such blocks. */
  static boolean junkName(Element e) {
    for (String token : tokens(e)) {
      if (CONTENT.matcher(token).matches()) return false;
    }
    for (String token : tokens(e)) {
      if (JUNK.matcher(token).find()) return true;
    }
    return false;
  }

  private static boolean isBoilerplate(Element e, TextStats stats, Element root) {
    String tag = e.normalName();
    if (ALWAYS.contains(tag)) return true;
    if (WHEN_SMALL.contains(tag)) return paragraphChars(e, stats) < SMALL_CHARS;
    if (e.hasAttr("hidden") || HIDDEN_STYLE.matcher(e.attr("style")).find()) return true;
    if (e.attr("role").equalsIgnoreCase("navigation") || e.attr("role").equalsIgnoreCase("complementary")) return true;
    if (KEPT.contains(tag) || e.attr("itemprop").equalsIgnoreCase("articleBody")) return false;
    return junkName(e) && !holdsArticle(e, stats, root) && !isEmbeddedPost(e);
  }

  /** A post quoted from a social network through its embed code ("social-embed" wraps it): the article quotes it. */
  private static boolean isEmbeddedPost(Element e) {
    return e.selectFirst("blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed") != null;
  }

  /**
   * Whether a block with a junk name wraps the article anyway ("content-with-sidebar", Blogger's
   * "widget Blog"): it holds most of the page's paragraph text (most of its text, on a page that
   * hardly uses {@code <p>}), or the article element or headline.
   */
  private static boolean holdsArticle(Element e, TextStats stats, Element root) {
    Counts page = stats.of(root);
    int pageText = page.chars - page.linkChars;
    boolean fewParagraphs = 4 * page.paragraphChars < pageText;
    return 2 * stats.of(e).paragraphChars > page.paragraphChars
        || fewParagraphs && 2 * (stats.of(e).chars - stats.of(e).linkChars) > pageText
        || e.selectFirst("article, [itemprop=articleBody], h1") != null;
  }

  private static int paragraphChars(Element e, TextStats stats) {
    return stats.of(e).paragraphs == 0 ? 0 : stats.of(e).chars - stats.of(e).linkChars;
  }

  private static String[] tokens(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
    return names.isEmpty() ? new String[0] : names.split("\\s+");
  }
}
