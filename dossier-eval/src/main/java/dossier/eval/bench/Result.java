package dossier.eval.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import dossier.model.Json;
import java.util.Locale;

/**
 * One system on one corpus: times in seconds or milliseconds, memory in MB (2^20 bytes).
 *
 * @param peakHeapMb the most heap used after any GC during the corpus (warm-up included)
 * @param peakHeapUsedMb the sum of the heap pools' peaks: an upper bound that counts garbage
 * @param liveHeapEndMb heap used after a full GC at the end of the corpus: the models' live set
 * @param peakRssMb the process's VmHWM during the corpus (the first corpus's includes model loading)
 * @param loadAvgStart the machine's 1-minute load average when the corpus started
 */
record Result(String system, String corpus, int nDocs, int errors, int tokens, double loadS, double firstMs,
    double meanMs, double p50Ms, double p95Ms, double tokPerS, double peakHeapMb, double peakHeapUsedMb,
    double liveHeapEndMb, double peakRssMb, double heapMaxMb, double gcS, double loadAvgStart, double loadAvgEnd,
    String gc) {

  /** One readable line. */
  String text() {
    return String.format(Locale.ROOT,
        "%-12s %-12s n=%d load %.1f s, first %.0f ms, mean %.1f ms, p50 %.1f ms, p95 %.1f ms, %.0f tok/s, "
            + "peak heap after GC %.0f MB (pools' peak %.0f, live at end %.0f), peak RSS %.0f MB, max heap %.0f MB, "
            + "GC %.1f s, load avg %.2f-%.2f%s",
        system, corpus, nDocs, loadS, firstMs, meanMs, p50Ms, p95Ms, tokPerS, peakHeapMb, peakHeapUsedMb,
        liveHeapEndMb, peakRssMb, heapMaxMb, gcS, loadAvgStart, loadAvgEnd, errors > 0 ? ", ERRORS " + errors : "");
  }

  /** One JSON object (snake_case keys), for target/bench/annotate.jsonl. */
  String json() {
    try {
      return Json.mapper().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Rounds a measurement to one decimal: more digits than that would be noise. */
  static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
