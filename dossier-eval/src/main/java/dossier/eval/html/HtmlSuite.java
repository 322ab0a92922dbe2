package dossier.eval.html;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.eval.EvalContext;
import dossier.eval.Suite;
import dossier.eval.SuiteResult;
import dossier.model.Json;
import dossier.pipeline.read.html.HtmlExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * HTML main-text extraction: the ScrapingHub benchmark (shingle P/R/F1), with the reference tools'
 * shipped outputs scored alongside, and the trafilatura snippet set.
 */
public final class HtmlSuite implements Suite {

  private static final String SCRAPINGHUB = "scrapinghub-article-extraction";
  private static final String TRAFILATURA = "trafilatura-eval";

  @Override
  public String name() {
    return "html";
  }

  @Override
  public String description() {
    return "ScrapingHub article bodies (precision recall f1) and trafilatura snippets (snippet_accuracy)";
  }

  @Override
  public List<SuiteResult> run(EvalContext context) throws IOException {
    List<SuiteResult> out = new ArrayList<>();
    Path sh = context.dataset(SCRAPINGHUB);
    if (sh == null) {
      out.add(SuiteResult.unavailable(name(), SCRAPINGHUB, "no " + SCRAPINGHUB + "/ in " + context.data()));
    } else {
      JsonNode truth = Json.mapper().readTree(sh.resolve("ground-truth.json").toFile());
      Map<String, String> gold = bodies(truth);
      List<String> ids = new ArrayList<>(gold.keySet()).subList(0, context.cap(gold.size()));
      List<Shingles.Page> dossierPages = new ArrayList<>();
      for (String id : ids) {
        String url = truth.get(id).path("url").asText(null);
        String body = extract(gunzip(sh.resolve("html").resolve(id + ".html.gz")), url);
        dossierPages.add(Shingles.score(gold.get(id), body));
      }
      out.add(new SuiteResult(name(), "dossier", "test", SCRAPINGHUB, ids.size(), prf(dossierPages),
          "Dossier's HtmlExtractor"));
      try (Stream<Path> files = Files.list(sh.resolve("reference-outputs"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".json.gz")).sorted().toList()) {
          Map<String, String> predicted = bodies(gunzipJson(f));
          List<Shingles.Page> pages = new ArrayList<>();
          // A page a tool left out scores as an empty extraction.
          for (String id : ids) pages.add(Shingles.score(gold.get(id), predicted.getOrDefault(id, "")));
          String tool = f.getFileName().toString().replace(".json.gz", "");
          out.add(new SuiteResult(name(), tool, "test", SCRAPINGHUB, ids.size(), prf(pages),
              "reference output shipped with the benchmark"));
        }
      }
    }
    Path tr = context.dataset(TRAFILATURA);
    if (tr == null) {
      out.add(SuiteResult.unavailable(name(), TRAFILATURA, "no " + TRAFILATURA + "/ in " + context.data()));
    } else {
      JsonNode items = Json.mapper().readTree(tr.resolve("evaldata.json").toFile());
      Snippets snippets = new Snippets();
      int pages = 0;
      for (Iterator<Map.Entry<String, JsonNode>> it = items.fields(); it.hasNext() && pages < context.cap(items.size()); ) {
        Map.Entry<String, JsonNode> item = it.next();
        Path file = tr.resolve("html").resolve(item.getValue().path("file").asText() + ".gz");
        if (!Files.exists(file)) continue;
        snippets.add(texts(item.getValue().path("with")), texts(item.getValue().path("without")),
            extract(gunzip(file), item.getKey()));
        pages++;
      }
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("snippet_accuracy", snippets.accuracy());
      m.put("precision", snippets.precision());
      m.put("recall", snippets.recall());
      m.put("f1", snippets.f1());
      out.add(new SuiteResult(name(), "dossier", "test", TRAFILATURA, pages, m,
          "must-appear / must-not-appear snippets; mostly German pages"));
    }
    return out;
  }

  /** The body text Dossier's HTML reader extracts from a page; a page it cannot read counts as empty. */
  private static String extract(byte[] html, String url) {
    try {
      return HtmlExtractor.extract(html, html.length, url, null).bodyText();
    } catch (RuntimeException e) {
      System.err.println("dossier eval: html: " + url + ": " + e);
      return "";
    }
  }

  private static Map<String, Double> prf(List<Shingles.Page> pages) {
    double[] prf = Shingles.prf(pages);
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("precision", prf[0]);
    m.put("recall", prf[1]);
    m.put("f1", prf[2]);
    return m;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  /** {@code id -> articleBody}, from the gold file or a tool's output (some wrap it in {"output": ...}). */
  private static Map<String, String> bodies(JsonNode json) {
    JsonNode items = json.has("output") ? json.get("output") : json;
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = items.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode body = e.getValue().get("articleBody");
      out.put(e.getKey(), body == null || body.isNull() ? "" : body.asText());
    }
    return out;
  }

  private static JsonNode gunzipJson(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return Json.mapper().readTree(in);
    }
  }
}
