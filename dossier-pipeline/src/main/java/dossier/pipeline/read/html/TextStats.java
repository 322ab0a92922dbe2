package dossier.pipeline.read.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text counts of every element under a root, computed in one pass from the leaves up, so that
 * no element's text is walked once per ancestor (quadratic on deep pages).
 */
final class TextStats {

  /** Counts of one element's text, its descendants' included. */
  static final class Counts {
    /** Non-whitespace chars. */
    int chars;
    /** Non-whitespace chars inside links. */
    int linkChars;
    int commas;
    /** Descendant {@code <p>} elements with some text. */
    int paragraphs;
    /** Non-whitespace chars inside descendant {@code <p>} elements. */
    int paragraphChars;

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  private static final Counts NONE = new Counts();

  private final Map<Element, Counts> counts = new IdentityHashMap<>();

  private TextStats() {}

  static TextStats count(Element root) {
    TextStats stats = new TextStats();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) stats.counts.put(e, new Counts());
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t && node.parent() instanceof Element parent) {
          Counts c = stats.counts.get(parent);
          String s = t.getWholeText();
          int chars = nonSpace(s);
          c.chars += chars;
          c.commas += commas(s);
          if (parent.nameIs("a")) c.linkChars += chars;
        } else if (node instanceof Element e && e != root && e.parent() != null) {
          Counts c = stats.counts.get(e);
          Counts up = stats.counts.get(e.parent());
          up.chars += c.chars;
          up.commas += c.commas;
          up.linkChars += e.nameIs("a") ? c.chars : c.linkChars;
          up.paragraphs += c.paragraphs + (e.nameIs("p") && c.chars > 0 ? 1 : 0);
          up.paragraphChars += e.nameIs("p") ? c.chars : c.paragraphChars;
        }
      }
    }, root);
    return stats;
  }

  Counts of(Element e) {
    return counts.getOrDefault(e, NONE);
  }

  static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0') n++;
    }
    return n;
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '、') n++;
    }
    return n;
  }
}
