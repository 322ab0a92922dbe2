package dossier.eval.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The TempEval-3 documents of one split, each as the system input and its gold annotation. */
final class TimeCorpus {

  /** What a system is given (TEXT and DCT, no timexes) and what it is scored against. */
  record Case(TimeMlDocument input, TimeMlDocument gold) {}

  private TimeCorpus() {}

  /**
   * The platinum test set: inputs from {@code te3-platinum-input}, gold from {@code te3-platinum},
   * paired by DOCID because one file name differs (sarkozy/sarcozy).
   */
  static List<Case> platinum(Path tempeval3, int limit) throws IOException {
    Map<String, TimeMlDocument> gold = new HashMap<>();
    for (Path f : files(tempeval3.resolve("te3-platinum"), ".tml")) {
      TimeMlDocument d = read(f);
      gold.put(d.docId(), d);
    }
    List<Case> cases = new ArrayList<>();
    for (Path f : first(files(tempeval3.resolve("te3-platinum-input"), ".tml.TE3input"), limit)) {
      TimeMlDocument input = read(f);
      TimeMlDocument g = gold.get(input.docId());
      if (g == null) throw new IOException("no gold file for DOCID " + input.docId() + " (" + f + ")");
      // The official scorer aborts on this too ("TEXTS NOT SAME"): spans would not mean the same.
      if (!g.text().equals(input.text())) throw new IOException("gold and input TEXT differ for " + input.docId());
      cases.add(new Case(input, g));
    }
    return cases;
  }

  /** TBAQ-cleaned (TimeBank + AQUAINT), whose gold is embedded in the text it annotates. */
  static List<Case> tbaq(Path tempeval3, int limit) throws IOException {
    Path root = tempeval3.resolve("TBAQ-cleaned");
    List<Path> all = new ArrayList<>(files(root.resolve("TimeBank"), ".tml"));
    all.addAll(files(root.resolve("AQUAINT"), ".tml"));
    List<Case> cases = new ArrayList<>();
    for (Path f : first(all, limit)) {
      TimeMlDocument g = read(f);
      cases.add(new Case(new TimeMlDocument(g.docId(), g.dct(), g.text(), List.of()), g));
    }
    return cases;
  }

  private static TimeMlDocument read(Path file) throws IOException {
    try {
      return TimeMl.parse(Files.readString(file));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) throw new IOException("missing " + dir);
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static List<Path> first(List<Path> files, int limit) {
    return limit > 0 && limit < files.size() ? files.subList(0, limit) : files;
  }
}
