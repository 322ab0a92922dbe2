package dossier.pipeline.read.html;

import dossier.pipeline.read.html.HtmlPage.Caption;
import dossier.pipeline.read.html.TextStats.Counts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the block of a page that holds the article, readability-style: each paragraph scores by
 * its length and commas and gives its score to its parent and, less, to older ancestors; a block's
 * score shrinks with its link density; the best block, its like siblings and the other blocks of
 * its tag and class (an article cut into chunks) are the article.
 * Runs on a page already stripped of {@link Boilerplate}.
 */
final class MainText {

  /** Shorter paragraphs say too little about where the article is to score. */
  private static final int MIN_PARAGRAPH_CHARS = 25;

  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");

  /** Tags that end a paragraph of output text. */
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl",
      "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "header",
      "address", "hr", "br", "center", "details", "summary", "caption");

  private static final Pattern GOOD_NAME = Pattern.compile(
      "article|body|content|entry|hentry|main|post|text|blog|story|paragraph|prose", Pattern.CASE_INSENSITIVE);
  private static final Pattern BAD_NAME = Pattern.compile(
      "hidden|banner|combx|comment|com-|contact|foot|masthead|media|meta|outbrain|promo|related|scroll"
          + "|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|caption|credit",
      Pattern.CASE_INSENSITIVE);

  /** Lines that are page furniture whatever block they sit in. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)(?:advert|advertisement|advertising|sponsored(?: content)?|share(?: this(?: article| story)?)?(?: on \\w+)?"
          + "|read more|continue reading|related(?: articles| stories)?|click here.*|sign up.*newsletter.*"
          + "|follow us.*|skip to .*|image|photo|video|loading\\.*|subscribe.*|all rights reserved\\.?"
          + "|©.*|copyright ©?.*|comments?|\\d* comments?|this slideshow requires javascript\\.?"
          // A WordPress shortcode the site failed to render.
          + "|\\[\\w+[^\\]]*\\].*\\[/\\w+\\])\\W*");

  /** At most this many blocks of an article's tag and class are read as its parts. */
  private static final int MAX_PARTS = 50;

  /** A block of links with this share of its text in links, and short, is a link list, not text. */
  private static final double LINK_LIST_DENSITY = 0.5;

  private MainText() {}

  /** The text of an article and its captions. */
  record Text(List<String> paragraphs, List<Caption> captions) {}

  /** The article text under {@code body}, or an empty list when nothing looks like an article. */
  static Text extract(Element body) {
    TextStats stats = TextStats.count(body);
    List<Element> article = article(body, stats);
    List<Caption> captions = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    for (Element e : article) {
      captions.addAll(Captions.find(e));
      paragraphs.addAll(paragraphs(e));
    }
    return new Text(paragraphs, captions);
  }

  /** The top-scoring block, those of its siblings that look like part of the same article, and its continuations. */
  private static List<Element> article(Element body, TextStats stats) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : body.getAllElements()) {
      if (!isParagraph(p, stats)) continue;
      Counts c = stats.of(p);
      double score = 1 + c.commas + Math.min(c.chars / 100.0, 10);
      // A div with text straight in it is its own block, as if its text were a <p> in it.
      Element ancestor = PARAGRAPHS.contains(p.normalName()) ? p.parent() : p;
      for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, initial(ancestor) + score / divider, (a, b) -> a + score / divider);
        // An article is a boundary: a page's other articles (teasers, a list of posts) must not add up above it.
        if (ancestor == body || ancestor.nameIs("article")) break;
      }
    }
    if (scores.isEmpty()) return List.of(body);
    scores.replaceAll((e, s) -> s * (1 - stats.of(e).linkDensity()));
    Element top = scores.entrySet().stream().max(Map.Entry.comparingByValue(Comparator.naturalOrder())).get().getKey();
    double topScore = scores.get(top);
    Element parent = top.parent();
    if (parent == null || top == body) return List.of(top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> picked = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top || scores.getOrDefault(sibling, 0.0) >= threshold || isTextSibling(sibling, stats)) {
        picked.add(sibling);
      }
    }
    return withContinuations(body, top, picked, part -> scores.getOrDefault(part, 0.0) >= threshold);
  }

  /**
   * The picked blocks with the other parts of an article that pages split into several blocks of
   * the top block's tag and class, with ads or pictures between them; all in page order. A part
   * scores as a sibling must, and is in the same article element as the top block, if any.
   */
  private static List<Element> withContinuations(Element body, Element top, List<Element> picked, Predicate<Element> scoresWell) {
    if (top.className().isBlank()) return picked;
    Elements alike = body.getElementsByClass(top.classNames().iterator().next());
    if (alike.size() > MAX_PARTS) return picked; // a class that many blocks share marks list items, not parts
    Set<Element> taken = identitySet(picked);
    Set<Element> around = identitySet(top.parents());
    Set<Element> parts = identitySet(List.of()); // in page order, so an outer part comes before those inside it
    for (Element e : alike) {
      if (e.nameIs(top.normalName()) && e.className().equals(top.className()) && !around.contains(e)
          && scoresWell.test(e) && !isInside(e, taken) && !isInside(e, parts) && articleOf(e) == articleOf(top)) {
        parts.add(e);
      }
    }
    if (parts.isEmpty()) return picked;
    List<Element> out = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (taken.contains(e) || parts.contains(e)) out.add(e);
    }
    return out;
  }

  /** The article element a block is in, or null: the same kind of block in another article belongs to that one. */
  private static Element articleOf(Element e) {
    return e.closest("article");
  }

  private static boolean isInside(Element e, Set<Element> blocks) {
    for (Element up = e; up != null; up = up.parent()) {
      if (blocks.contains(up)) return true;
    }
    return false;
  }

  private static Set<Element> identitySet(List<Element> elements) {
    Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(elements);
    return set;
  }

  private static boolean isParagraph(Element e, TextStats stats) {
    if (stats.of(e).chars < MIN_PARAGRAPH_CHARS) return false;
    if (PARAGRAPHS.contains(e.normalName())) return true;
    // Text straight in a div, as pages that separate paragraphs with <br> have it.
    if (!e.nameIs("div") && !e.nameIs("section")) return false;
    int own = 0;
    for (TextNode t : e.textNodes()) own += TextStats.nonSpace(t.getWholeText());
    return own >= MIN_PARAGRAPH_CHARS;
  }

  /** A sibling paragraph of the top block: long enough, or a sentence, and not a link. */
  private static boolean isTextSibling(Element e, TextStats stats) {
    if (!e.nameIs("p")) return false;
    Counts c = stats.of(e);
    String text = e.text();
    return c.chars > 80 && c.linkDensity() < 0.25 || c.linkDensity() == 0 && text.matches(".*\\.( |$).*");
  }

  private static double initial(Element e) {
    double score = switch (e.normalName()) {
      case "div", "article", "section", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (GOOD_NAME.matcher(names).find()) score += 25;
    if (BAD_NAME.matcher(names).find()) score -= 25;
    return score;
  }

  /** The output paragraphs of a block: text split at block tags, without captions, headlines and link lists. */
  static List<String> paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int[] chars = new int[2]; // all chars, link chars of the paragraph being built
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.getWholeText();
          text.append(s);
          int n = TextStats.nonSpace(s);
          chars[0] += n;
          if (insideLink(t, root)) chars[1] += n;
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        if (e.nameIs("h1") || Captions.isCaption(e) || e.nameIs("figure")) return FilterResult.SKIP_ENTIRELY;
        if (BLOCKS.contains(e.normalName())) flush(out, text, chars);
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) flush(out, text, chars);
        return FilterResult.CONTINUE;
      }
    }, root);
    flush(out, text, chars);
    return out;
  }

  private static boolean insideLink(Node node, Element root) {
    for (Element e = node.parent() instanceof Element p ? p : null; e != null && e != root; e = e.parent()) {
      if (e.nameIs("a")) return true;
      if (BLOCKS.contains(e.normalName())) return false;
    }
    return false;
  }

  private static void flush(List<String> out, StringBuilder text, int[] chars) {
    String paragraph = text.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
    boolean linkList = chars[0] > 0 && (double) chars[1] / chars[0] > LINK_LIST_DENSITY;
    if (!paragraph.isEmpty() && !linkList && !FURNITURE.matcher(paragraph).matches()) out.add(paragraph);
    text.setLength(0);
    chars[0] = 0;
    chars[1] = 0;
  }
}
