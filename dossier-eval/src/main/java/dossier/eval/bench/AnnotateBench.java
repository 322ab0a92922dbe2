package dossier.eval.bench;

import dossier.pipeline.read.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Annotation cost of one system, in this JVM, on the reference article and on Wikinews:
 * {@code AnnotateBench SYSTEM SEED.txt WIKINEWS.jsonl [OUT.jsonl]}. Run it once per system so
 * that peak memory is the system's own (bench/run-annotate-bench.sh does).
 */
public final class AnnotateBench {

  private AnnotateBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3 || !Systems.NAMES.contains(args[0])) {
      System.err.println("usage: AnnotateBench {" + String.join("|", Systems.NAMES) + "} SEED.txt WIKINEWS.jsonl [OUT.jsonl]");
      System.exit(2);
    }
    String system = args[0];
    // Corpora are read before the models load, so reading weighs on neither load time nor peaks.
    List<Corpus> corpora = List.of(
        Corpus.repeated("seed", Path.of(args[1]), 10, 20),
        Corpus.firstOf("wikinews100", Path.of(args[2]), 100, 10));
    MemoryWatch memory = new MemoryWatch();

    long start = System.nanoTime();
    ToIntFunction<RawArticle> analyzer = Systems.load(system);
    double loadS = (System.nanoTime() - start) / 1e9;

    for (int i = 0; i < corpora.size(); i++) {
      // The first corpus's peaks include model loading, as a user's first article would.
      if (i > 0) memory.reset();
      Result result = measure(system, analyzer, corpora.get(i), loadS, memory);
      System.out.println(result.text());
      System.out.println(result.json());
      if (args.length > 3) {
        Files.writeString(Path.of(args[3]), result.json() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
    }
  }

  private static Result measure(String system, ToIntFunction<RawArticle> analyzer, Corpus corpus, double loadS,
      MemoryWatch memory) throws InterruptedException {
    double loadAvgStart = MemoryWatch.loadAverage();
    double gcStart = MemoryWatch.gcSeconds();
    long checksum = 0;
    double firstMs = -1;
    for (RawArticle article : corpus.warmUp()) {
      long t = System.nanoTime();
      checksum += analyzer.applyAsInt(article);
      if (firstMs < 0) firstMs = (System.nanoTime() - t) / 1e6;
    }
    List<Double> millis = new ArrayList<>();
    int errors = 0;
    for (RawArticle article : corpus.measured()) {
      long t = System.nanoTime();
      try {
        checksum += analyzer.applyAsInt(article);
        millis.add((System.nanoTime() - t) / 1e6);
      } catch (RuntimeException e) {
        // One bad article must not lose a run of many minutes; it is counted and named instead.
        errors++;
        System.err.println("bench: " + system + " failed on " + article.origin() + ": " + e);
      }
    }
    double gcS = MemoryWatch.gcSeconds() - gcStart;
    double loadAvgEnd = MemoryWatch.loadAverage();
    double peakRssMb = MemoryWatch.peakRssMb();
    double peakHeapUsedMb = memory.peakHeapUsedMb();
    double liveMb = memory.liveHeapMb();
    Timings timings = new Timings(millis);
    int tokens = corpus.tokens() * millis.size() / corpus.measured().size();
    System.err.println("bench: " + system + " " + corpus.name() + " checksum " + checksum);
    return new Result(system, corpus.name(), millis.size(), errors, tokens, Result.round(loadS),
        Result.round(firstMs), Result.round(timings.mean()), Result.round(timings.percentile(0.5)),
        Result.round(timings.percentile(0.95)), Math.round(tokens / (timings.total() / 1000.0)),
        Result.round(memory.peakHeapAfterGcMb()), Result.round(peakHeapUsedMb), Result.round(liveMb),
        Result.round(peakRssMb), Result.round(MemoryWatch.heapMaxMb()), Result.round(gcS), loadAvgStart, loadAvgEnd,
        MemoryWatch.gcNames());
  }
}
