package dossier.pipeline.read.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dossier.model.Json;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The schema.org article a page describes in its JSON-LD blocks, if any. */
final class JsonLd {

  private static final Set<String> ARTICLE_TYPES = Set.of(
      "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
      "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle",
      "SocialMediaPosting", "TechArticle", "WebPage", "Review");

  /** JSON-LD blocks are small; a huge one is not metadata worth parsing. */
  private static final int MAX_BLOCK_CHARS = 2_000_000;

  private final JsonNode article;

  private JsonLd(JsonNode article) {
    this.article = article;
  }

  /** The page's most article-like JSON-LD object: a news or blog article before a plain web page. */
  static JsonLd of(Document doc) {
    JsonNode best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String json = script.data();
      if (json.length() > MAX_BLOCK_CHARS) continue;
      JsonNode root;
      try {
        root = Json.mapper().readTree(json.strip());
      } catch (JsonProcessingException e) {
        continue; // a broken block is the page's problem; the other metadata still counts
      }
      for (JsonNode node : objects(root)) {
        int rank = rank(node);
        if (rank < bestRank) {
          best = node;
          bestRank = rank;
        }
      }
    }
    return new JsonLd(best);
  }

  String headline() {
    return text(article, "headline");
  }

  String datePublished() {
    return text(article, "datePublished");
  }

  String articleBody() {
    return text(article, "articleBody");
  }

  /** The author names: {@code author} as a string, an object with {@code name}, or a list of these. */
  List<String> authors() {
    List<String> names = new ArrayList<>();
    if (article == null) return names;
    JsonNode author = article.path("author");
    for (JsonNode a : author.isArray() ? author : List.of(author)) {
      String name = a.isTextual() ? a.textValue() : text(a, "name");
      if (name != null && !name.isBlank()) names.add(name.strip());
    }
    return names;
  }

  /** Lower is more article-like; MAX_VALUE for objects that are not articles at all. */
  private static int rank(JsonNode node) {
    JsonNode type = node.path("@type");
    int best = Integer.MAX_VALUE;
    for (JsonNode t : type.isArray() ? type : List.of(type)) {
      String name = t.asText("");
      if (!ARTICLE_TYPES.contains(name)) continue;
      int rank = name.equals("WebPage") ? 3 : name.equals("Article") ? 1 : name.endsWith("Article") ? 0 : 2;
      if (node.has("articleBody")) rank -= 10; // the object that holds the text is the article itself
      best = Math.min(best, rank);
    }
    return best;
  }

  /** Every object in the tree (top level, {@code @graph}, nested), without recursion: JSON can be deep. */
  private static List<JsonNode> objects(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      if (node.isObject()) out.add(node);
      if (node.isContainerNode()) node.forEach(todo::push);
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    if (node == null) return null;
    JsonNode value = node.path(field);
    if (value.isArray() && !value.isEmpty()) value = value.get(0);
    return value.isTextual() && !value.textValue().isBlank() ? value.textValue().strip() : null;
  }
}
