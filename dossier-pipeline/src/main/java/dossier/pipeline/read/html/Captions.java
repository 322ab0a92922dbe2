package dossier.pipeline.read.html;

import dossier.pipeline.read.html.HtmlPage.Caption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Image captions and their credits: {@code <figcaption>}, {@code itemprop=caption}, and blocks whose
 * class says caption; the credit is a block whose class says credit or copyright, or a trailing
 * "Photo: …", "(Credit …)", "… / Getty Images" in the caption text.
 */
final class Captions {

  private static final Pattern CAPTION_NAME = Pattern.compile("caption", Pattern.CASE_INSENSITIVE);
  private static final Pattern CREDIT_NAME =
      Pattern.compile("credit|copyright|photographer|courtesy|image-source|source", Pattern.CASE_INSENSITIVE);

  /** A credit written into the caption's end: "… Soledar. (Photo: Ivan Noyabrev / TASS)", "… Getty Images". */
  private static final Pattern TRAILING_CREDIT = Pattern.compile(
      "\\s*[(\\[]?((?i:photo(?:graph)?s?|picture|image|credit|foto|bild)\\s*(?::|by)\\s*[^()\\[\\]]+"
          + "|©\\s*[^()\\[\\]]+|[^.()\\[\\]]{2,60}/\\s*(?:Getty Images|AFP|AP|Reuters|EPA|Shutterstock|Alamy|TASS)[^()]*)[)\\]]?\\s*$");

  private Captions() {}

  /** Whether {@code e} is a caption or a credit, which stay out of the body text. */
  static boolean isCaption(Element e) {
    if (e.nameIs("figcaption") || e.attr("itemprop").equalsIgnoreCase("caption")) return true;
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return !e.nameIs("body") && !e.nameIs("article")
        && (CAPTION_NAME.matcher(names).find() || CREDIT_NAME.matcher(names).find() && e.text().length() < 200);
  }

  /** The captions under {@code root}, in page order, each once. */
  static List<Caption> find(Element root) {
    Set<Caption> captions = new LinkedHashSet<>();
    List<Element> seen = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (!isCaptionBlock(e) || within(e, seen)) continue;
      seen.add(e);
      Caption caption = caption(e);
      if (caption != null) captions.add(caption);
    }
    return List.copyOf(captions);
  }

  private static boolean isCaptionBlock(Element e) {
    if (e.nameIs("figcaption") || e.attr("itemprop").equalsIgnoreCase("caption")) return true;
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return CAPTION_NAME.matcher(names).find() && !e.nameIs("figure") && !e.nameIs("body");
  }

  /** Whether {@code e} is inside one of the caption blocks already read (their text is read whole). */
  private static boolean within(Element e, List<Element> blocks) {
    for (Element block : blocks) {
      if (e.parents().contains(block)) return true;
    }
    return false;
  }

  private static Caption caption(Element block) {
    String credit = null;
    Element creditBlock = creditOf(block);
    String text;
    if (creditBlock != null) {
      credit = clean(creditBlock.text());
      Element copy = block.clone();
      for (Element c : copy.getAllElements()) {
        if (c != copy && isCreditBlock(c)) c.remove();
      }
      text = clean(copy.text());
    } else {
      text = clean(block.text());
      Matcher m = TRAILING_CREDIT.matcher(text);
      if (m.find() && m.start() > 0) {
        credit = m.group(1).strip();
        text = text.substring(0, m.start()).strip();
      }
    }
    if (text.isEmpty() && (credit == null || credit.isEmpty())) return null;
    return new Caption(text, credit == null || credit.isEmpty() ? null : credit);
  }

  /** The credit block inside the caption, or right after it in the same figure. */
  private static Element creditOf(Element block) {
    for (Element c : block.getAllElements()) {
      if (c != block && isCreditBlock(c)) return c;
    }
    Element next = block.nextElementSibling();
    return next != null && isCreditBlock(next) ? next : null;
  }

  private static boolean isCreditBlock(Element e) {
    String names = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
    return CREDIT_NAME.matcher(names).find() || names.contains("copyrightholder") || names.contains("author");
  }

  private static String clean(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
