package dossier.eval.entities;

import dossier.model.CodePoints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads one MEANTIME CAT XML file: the text rebuilt from its tokens, its creation date, and its
 * entity mentions, of which the named ones ({@code NAM}, {@code PRE.NAM}) are scored.
 */
final class MeantimeReader {
  private MeantimeReader() {}

  private static final Set<String> NAMED = Set.of("NAM", "PRE.NAM");
  // Entities, events and times are annotated in sentences 0-5 only: the title, the dateline and the
  // first four sentences of the body (all 120 documents; none has an annotation further on).
  private static final int LAST_ANNOTATED_SENTENCE = 5;
  // Tokens glued to the one before ("Boeing ,", "Airbus 's") or after ("$ 40", "( EADS").
  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "'S",
      "n't", "'re", "'ve", "'ll", "'d", "'m", "''", "'");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "$", "``");

  static GoldDocument read(Path file) throws IOException {
    return parse(Files.readAllBytes(file));
  }

  static GoldDocument parse(byte[] xml) throws IOException {
    Document doc;
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("not MEANTIME XML: " + e.getMessage(), e);
    }
    Element root = doc.getDocumentElement();
    StringBuilder text = new StringBuilder();
    Map<String, int[]> tokenChars = new HashMap<>();
    NodeList tokens = root.getElementsByTagName("token");
    String sentence = null;
    String previous = null;
    int annotatedEnd = 0;
    for (int i = 0; i < tokens.getLength(); i++) {
      Element t = (Element) tokens.item(i);
      String word = t.getTextContent().replace("``", "\"").replace("''", "\"");
      String raw = t.getTextContent();
      if (sentence != null && !sentence.equals(t.getAttribute("sentence"))) {
        // The title (sentence 0) and the dateline (sentence 1) are lines of their own, as in Wikinews.
        text.append(Integer.parseInt(sentence) < 2 ? "\n\n" : " ");
      } else if (previous != null && !NO_SPACE_BEFORE.contains(raw) && !NO_SPACE_AFTER.contains(previous)) {
        text.append(' ');
      }
      sentence = t.getAttribute("sentence");
      previous = raw;
      tokenChars.put(t.getAttribute("t_id"), new int[] {text.length(), text.length() + word.length()});
      text.append(word);
      if (Integer.parseInt(sentence) <= LAST_ANNOTATED_SENTENCE) annotatedEnd = text.length();
    }
    String body = text.toString();
    CodePoints offsets = new CodePoints(body);

    Map<String, String> instanceType = new HashMap<>();
    NodeList instances = root.getElementsByTagName("ENTITY");
    for (int i = 0; i < instances.getLength(); i++) {
      Element e = (Element) instances.item(i);
      instanceType.put(e.getAttribute("m_id"), e.getAttribute("ent_type"));
    }
    Map<String, String> mentionType = new HashMap<>();
    NodeList refers = root.getElementsByTagName("REFERS_TO");
    for (int i = 0; i < refers.getLength(); i++) {
      Element r = (Element) refers.item(i);
      String target = ((Element) r.getElementsByTagName("target").item(0)).getAttribute("m_id");
      NodeList sources = r.getElementsByTagName("source");
      for (int j = 0; j < sources.getLength(); j++) {
        mentionType.put(((Element) sources.item(j)).getAttribute("m_id"), instanceType.get(target));
      }
    }

    List<Mention> gold = new ArrayList<>();
    List<Mention> ignored = new ArrayList<>();
    NodeList mentions = root.getElementsByTagName("ENTITY_MENTION");
    for (int i = 0; i < mentions.getLength(); i++) {
      Element m = (Element) mentions.item(i);
      NodeList anchors = m.getElementsByTagName("token_anchor");
      if (anchors.getLength() == 0) continue;
      int start = Integer.MAX_VALUE;
      int end = 0;
      for (int j = 0; j < anchors.getLength(); j++) {
        int[] chars = tokenChars.get(((Element) anchors.item(j)).getAttribute("t_id"));
        start = Math.min(start, chars[0]);
        end = Math.max(end, chars[1]);
      }
      String type = EntityTypes.meantime(mentionType.get(m.getAttribute("m_id")));
      boolean named = NAMED.contains(m.getAttribute("syntactic_type"));
      Mention mention = new Mention(offsets.at(start), offsets.at(end), type, body.substring(start, end)).normalized();
      (named && type != null ? gold : ignored).add(mention);
    }
    return new GoldDocument(root.getAttribute("doc_id"), "test", creationDate(root), body, gold, ignored,
        offsets.at(annotatedEnd));
  }

  private static LocalDate creationDate(Element root) {
    NodeList timexes = root.getElementsByTagName("TIMEX3");
    for (int i = 0; i < timexes.getLength(); i++) {
      Element t = (Element) timexes.item(i);
      String value = t.getAttribute("value");
      if (t.getAttribute("functionInDocument").equals("CREATION_TIME") && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(value);
      }
    }
    return null;
  }

  /** Parses XML held in a string: tests keep their samples inline. */
  static GoldDocument parse(String xml) throws IOException {
    return parse(xml.getBytes(StandardCharsets.UTF_8));
  }
}
