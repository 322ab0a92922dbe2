package dossier.eval.coref;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The gold entity clusters of ECB+ topics: participant, location and time mentions, across documents. */
public final class EcbPlus {
  private EcbPlus() {}

  /** Entity mention tags: ECB+ entities are participants, locations and times (its events are ACTION_*). */
  private static final List<String> ENTITY_TAGS = List.of("HUMAN_PART", "NON_HUMAN_PART", "LOC_", "TIME_");

  /** The gold key: mention ids ({@code file#m_id}) in clusters, and how many documents they come from. */
  public record Key(int docs, List<Set<String>> clusters, List<Doc> documents) {
    public Key(int docs, List<Set<String>> clusters) {
      this(docs, clusters, List.of());
    }

    public int mentions() {
      return clusters.stream().mapToInt(Set::size).sum();
    }
  }

  /**
   * One document: its text rebuilt from the tokens (a space between tokens, a newline between
   * sentences) and the code-point span {@code [start, end)} of each scored gold mention, by mention id.
   */
  public record Doc(String name, int topic, String text, Map<String, int[]> mentions, Map<String, String> tags) {
    public Doc(String name, int topic, String text, Map<String, int[]> mentions) {
      this(name, topic, text, mentions, Map.of());
    }

    /** Whether the gold mention is a time ({@code TIME_*} markable). */
    public boolean isTime(String mention) {
      return tags.getOrDefault(mention, "").startsWith("TIME_");
    }
  }

  /**
   * Reads {@code ECB+/<topic>/*.xml} of the given topics. Only mentions in the validated sentences
   * ({@code ECBplus_coreference_sentences.csv}) count, as in the usual evaluation; {@code limit} > 0 takes
   * at most that many documents.
   */
  public static Key read(Path dir, List<Integer> topics, int limit) throws Exception {
    Set<String> validated = validatedSentences(dir.resolve("ECBplus_coreference_sentences.csv"));
    List<Path> files = new ArrayList<>();
    for (int topic : topics) {
      Path t = dir.resolve("ECB+").resolve(Integer.toString(topic));
      if (!Files.isDirectory(t)) continue;
      try (Stream<Path> s = Files.list(t)) {
        s.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
      }
    }
    if (limit > 0 && files.size() > limit) files = files.subList(0, limit);
    Map<String, Set<String>> clusters = new LinkedHashMap<>();
    List<Doc> docs = new ArrayList<>();
    var factory = DocumentBuilderFactory.newInstance();
    for (Path file : files) {
      Document doc = factory.newDocumentBuilder().parse(file.toFile());
      String name = file.getFileName().toString().replace(".xml", "");
      Map<String, String> sentenceOfToken = new HashMap<>();
      Map<String, int[]> spanOfToken = new HashMap<>();
      StringBuilder text = new StringBuilder();
      int offset = 0;
      String lastSentence = null;
      NodeList tokens = doc.getElementsByTagName("token");
      for (int i = 0; i < tokens.getLength(); i++) {
        Element t = (Element) tokens.item(i);
        sentenceOfToken.put(t.getAttribute("t_id"), t.getAttribute("sentence"));
        if (lastSentence != null) {
          text.append(lastSentence.equals(t.getAttribute("sentence")) ? " " : "\n");
          offset++;
        }
        lastSentence = t.getAttribute("sentence");
        String word = t.getTextContent();
        spanOfToken.put(t.getAttribute("t_id"), new int[] {offset, offset + word.codePointCount(0, word.length())});
        text.append(word);
        offset += word.codePointCount(0, word.length());
      }
      Map<String, int[]> spans = new LinkedHashMap<>();
      Map<String, String> tags = new HashMap<>();
      Map<String, String> clusterOf = clusterIds(doc, name);
      for (Element m : children(doc.getElementsByTagName("Markables").item(0))) {
        if (ENTITY_TAGS.stream().noneMatch(m.getTagName()::startsWith)) continue;
        NodeList anchors = m.getElementsByTagName("token_anchor");
        // Markables without tokens are the instances that CROSS_DOC_COREF links point to, not mentions.
        if (anchors.getLength() == 0) continue;
        String sentence = sentenceOfToken.get(((Element) anchors.item(0)).getAttribute("t_id"));
        if (!validated.contains(name.substring(name.indexOf('_') + 1) + "/" + topicOf(name) + "/" + sentence)) continue;
        String id = name + "#" + m.getAttribute("m_id");
        int start = Integer.MAX_VALUE, end = 0;
        for (int i = 0; i < anchors.getLength(); i++) {
          int[] span = spanOfToken.get(((Element) anchors.item(i)).getAttribute("t_id"));
          if (span == null) continue;
          start = Math.min(start, span[0]);
          end = Math.max(end, span[1]);
        }
        if (start < end) spans.put(id, new int[] {start, end});
        tags.put(id, m.getTagName());
        clusters.computeIfAbsent(clusterOf.getOrDefault(m.getAttribute("m_id"), id), c -> new HashSet<>()).add(id);
      }
      docs.add(new Doc(name, Integer.parseInt(topicOf(name)), text.toString(), spans, tags));
    }
    return new Key(files.size(), List.copyOf(clusters.values()), docs);
  }

  /** Mention id -> cluster: the cross-document instance, else the document's own chain. */
  private static Map<String, String> clusterIds(Document doc, String name) {
    Map<String, String> out = new HashMap<>();
    Node relations = doc.getElementsByTagName("Relations").item(0);
    if (relations == null) return out;
    for (Element r : children(relations)) {
      String cluster = r.getTagName().equals("CROSS_DOC_COREF") ? r.getAttribute("note")
          : r.getTagName().equals("INTRA_DOC_COREF") ? name + "/" + r.getAttribute("r_id") : null;
      if (cluster == null) continue;
      for (Element source : children(r)) {
        if (source.getTagName().equals("source")) out.putIfAbsent(source.getAttribute("m_id"), cluster);
      }
    }
    return out;
  }

  private static List<Element> children(Node parent) {
    List<Element> out = new ArrayList<>();
    if (parent == null) return out;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) out.add(e);
    }
    return out;
  }

  private static String topicOf(String name) {
    return name.substring(0, name.indexOf('_'));
  }

  /** {@code file/topic/sentence} keys of the csv ("36,1ecbplus,3" -> "1ecbplus/36/3"). */
  private static Set<String> validatedSentences(Path csv) throws IOException {
    Set<String> out = new HashSet<>();
    for (String line : Files.readAllLines(csv)) {
      String[] f = line.trim().split(",");
      if (f.length == 3 && !f[0].equals("Topic")) out.add(f[1] + "/" + f[0] + "/" + f[2]);
    }
    return out;
  }
}
