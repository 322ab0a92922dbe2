package dossier.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One split of PolNeAR: each article's text, publication date and gold attributions. Some articles
 * have several annotators' files ({@code NAME_ef2d.ann}); the first by file name is taken, so that a
 * run is deterministic and every article counts once.
 */
final class PolNear {
  private PolNear() {}

  /** One article with its gold attributions. */
  record Doc(String name, LocalDate date, String text, String annotator, List<Attribution> gold) {}

  /** The articles of {@code split} in name order, at most {@code limit} (0: all). */
  static List<Doc> read(Path polnear, String split, int limit) throws IOException {
    Map<String, LocalDate> dates = dates(polnear.resolve("metadata.tsv"));
    Map<String, Path> firstAnn = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(polnear.resolve(split).resolve("attributions"))) {
      for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
        String file = ann.getFileName().toString();
        firstAnn.putIfAbsent(file.substring(0, file.lastIndexOf('_')), ann);
      }
    }
    List<Doc> out = new ArrayList<>();
    for (var e : firstAnn.entrySet()) {
      if (limit > 0 && out.size() >= limit) break;
      String text = Files.readString(polnear.resolve(split).resolve("text").resolve(e.getKey() + ".txt"),
          StandardCharsets.UTF_8);
      String file = e.getValue().getFileName().toString();
      String annotator = file.substring(file.lastIndexOf('_') + 1, file.length() - ".ann".length());
      out.add(new Doc(e.getKey(), dates.get(e.getKey()), text, annotator,
          Brat.parse(Files.readString(e.getValue(), StandardCharsets.UTF_8))));
    }
    return out;
  }

  /** filename -> publication_date from metadata.tsv, found by its header. */
  private static Map<String, LocalDate> dates(Path tsv) throws IOException {
    Map<String, LocalDate> out = new HashMap<>();
    if (!Files.exists(tsv)) return out;
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t"));
    int name = header.indexOf("filename");
    int date = header.indexOf("publication_date");
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t");
      if (cols.length > Math.max(name, date) && cols[date].matches("\\d{4}-\\d{2}-\\d{2}")) {
        out.put(cols[name], LocalDate.parse(cols[date]));
      }
    }
    return out;
  }
}
