package dossier.eval.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResultTest {

  @Test
  void jsonCarriesTheFieldsTheReportReads() {
    Result r = new Result("dossier", "seed", 20, 0, 457, 3.5, 900, 150, 140, 200, 3000, 400, 900, 350, 1200, 4096,
        0.2, 1.0, 1.1, "G1");
    String json = r.json();
    for (String field : new String[] {"system", "corpus", "n_docs", "load_s", "mean_ms", "p50_ms", "p95_ms",
        "peak_heap_mb", "peak_rss_mb", "heap_max_mb"}) {
      assertTrue(json.contains("\"" + field + "\":"), field + " in " + json);
    }
  }
}
