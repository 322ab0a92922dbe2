package dossier.pipeline.read.html;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Development benchmark, not a test: the ScrapingHub article-extraction benchmark's token-shingle
 * P/R/F1 of {@link HtmlExtractor} (as the benchmark's evaluate.py computes it), or of a reference
 * output, and extraction throughput. Arguments: the benchmark directory, optionally a reference
 * output name ({@code trafilatura}) to score instead, optionally {@code -v} to list the worst pages.
 */
final class ScrapingHubBench {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    String reference = args.length > 1 && !args[1].equals("-v") ? args[1] : null;
    boolean verbose = List.of(args).contains("-v");
    JsonNode gold = Json.mapper().readTree(dir.resolve("ground-truth.json").toFile());
    JsonNode ref = reference == null ? null
        : Json.mapper().readTree(new GZIPInputStream(Files.newInputStream(dir.resolve("reference-outputs/" + reference + ".json.gz"))));
    Map<String, byte[]> pages = new HashMap<>();
    for (Iterator<String> ids = gold.fieldNames(); ids.hasNext(); ) {
      String id = ids.next();
      try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html/" + id + ".html.gz")))) {
        pages.put(id, in.readAllBytes());
      }
    }
    if (reference == null) {
      for (int warm = 0; warm < 2; warm++) {
        for (Map.Entry<String, byte[]> page : pages.entrySet()) extract(page.getValue(), gold.get(page.getKey()));
      }
    }
    long start = System.nanoTime();
    Map<String, String> predicted = new HashMap<>();
    for (Map.Entry<String, byte[]> page : pages.entrySet()) {
      predicted.put(page.getKey(), reference != null
          ? ref.path("output").path(page.getKey()).path("articleBody").asText("")
          : extract(page.getValue(), gold.get(page.getKey())));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // As evaluate.py: precision and recall per page, averaged over the pages where they are defined.
    double precisions = 0, recalls = 0;
    int np = 0, nr = 0;
    List<String> worst = new ArrayList<>();
    for (Map.Entry<String, String> e : predicted.entrySet()) {
      double[] m = match(gold.get(e.getKey()).path("articleBody").asText(), e.getValue());
      boolean perfect = m[1] == 0 && m[2] == 0;
      double pagePrecision = perfect ? 1 : m[0] + m[1] == 0 ? 0 : m[0] / (m[0] + m[1]);
      double pageRecall = perfect ? 1 : m[0] + m[2] == 0 ? 0 : m[0] / (m[0] + m[2]);
      if (m[0] + m[1] > 0) {
        precisions += pagePrecision;
        np++;
      }
      if (m[0] + m[2] > 0) {
        recalls += pageRecall;
        nr++;
      }
      worst.add(String.format("%.3f %.3f %s %s", pagePrecision, pageRecall, e.getKey(), gold.get(e.getKey()).path("url").asText()));
    }
    double p = precisions / np;
    double r = recalls / nr;
    System.out.printf("pages %d  precision %.4f  recall %.4f  F1 %.4f%n", predicted.size(), p, r, 2 * p * r / (p + r));
    if (reference == null) System.out.printf("extraction: %.2f s, %.1f pages/s%n", seconds, pages.size() / seconds);
    if (verbose) {
      worst.sort(null);
      worst.stream().filter(w -> !w.startsWith("1.000 1.000")).limit(60).forEach(System.out::println);
    }
  }

  private static String extract(byte[] html, JsonNode gold) {
    return HtmlExtractor.extract(html, html.length, gold.path("url").asText(null), null).bodyText();
  }

  /** The benchmark's per-page TP, FP, FN over 4-gram shingle multisets, normalised by their sum. */
  static double[] match(String gold, String predicted) {
    Map<List<String>, Integer> g = shingles(gold);
    Map<List<String>, Integer> p = shingles(predicted);
    double tp = 0, fp = 0, fn = 0;
    Map<List<String>, Integer> all = new HashMap<>(g);
    p.forEach((k, v) -> all.merge(k, 0, Integer::sum));
    for (List<String> key : all.keySet()) {
      int t = g.getOrDefault(key, 0);
      int q = p.getOrDefault(key, 0);
      tp += Math.min(t, q);
      fp += Math.max(0, q - t);
      fn += Math.max(0, t - q);
    }
    double sum = tp + fp + fn;
    return sum == 0 ? new double[] {0, 0, 0} : new double[] {tp / sum, fp / sum, fn / sum};
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) tokens.add(m.group());
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i + 4 <= tokens.size(); i++) out.merge(List.copyOf(tokens.subList(i, i + 4)), 1, Integer::sum);
    return out;
  }
}
