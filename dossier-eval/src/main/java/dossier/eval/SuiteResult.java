package dossier.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scored run: a system on one split of one data set.
 *
 * @param system {@code dossier} or {@code corenlp} (or a reference system shipped with the data)
 * @param split {@code train}, {@code dev} or {@code test}
 * @param dataset which gold set ("tempeval3-platinum", "meantime", ...)
 * @param metrics the suite's metrics, each in [0, 1], in a stable order
 * @param note what a reader should know (missing data, "not implemented", a mapping), else null
 */
public record SuiteResult(String suite, String system, String split, String dataset, int nDocs,
    Map<String, Double> metrics, String note) {

  public SuiteResult {
    metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }

  /** A suite that could not run, with the reason. */
  public static SuiteResult unavailable(String suite, String dataset, String why) {
    return new SuiteResult(suite, "dossier", "test", dataset, 0, Map.of(), why);
  }

  /** The JSON object {@code --format json} prints: fixed keys first, then the metrics. */
  public Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("suite", suite);
    out.put("system", system);
    out.put("split", split);
    out.put("dataset", dataset);
    out.put("n_docs", nDocs);
    metrics.forEach((k, v) -> out.put(k, Math.round(v * 10000) / 10000.0));
    if (note != null) out.put("note", note);
    return out;
  }
}
