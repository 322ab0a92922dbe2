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
 * have several annotators' files ({@code NAME_ef2d.ann}); the first by file name is the gold, so that
 * a run is deterministic and every article counts once; the others are kept to measure how far
 * annotators agree under the same scoring.
 */
final class PolNear {
  private PolNear() {}

  /**
   * One article with its gold attributions (the first annotator's) and the other annotators' files of
   * the same article, if any.
   */
  record Doc(String name, LocalDate date, String text, String annotator, List<Attribution> gold,
      List<Annotation> others) {}

  /** One annotator's attributions of an article. */
  record Annotation(String annotator, List<Attribution> attributions) {}

  /** The articles of {@code split} in name order, at most {@code limit} (0: all). */
  static List<Doc> read(Path polnear, String split, int limit) throws IOException {
    return read(polnear, split, limit, false);
  }

  /** The articles of {@code split} that several annotators annotated, in name order. */
  static List<Doc> multiAnnotated(Path polnear, String split) throws IOException {
    return read(polnear, split, 0, true);
  }

  private static List<Doc> read(Path polnear, String split, int limit, boolean multiOnly) throws IOException {
    Map<String, LocalDate> dates = dates(polnear.resolve("metadata.tsv"));
    Map<String, List<Path>> annsByArticle = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(polnear.resolve(split).resolve("attributions"))) {
      for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
        String file = ann.getFileName().toString();
        annsByArticle.computeIfAbsent(file.substring(0, file.lastIndexOf('_')), k -> new ArrayList<>()).add(ann);
      }
    }
    List<Doc> out = new ArrayList<>();
    for (var e : annsByArticle.entrySet()) {
      if (limit > 0 && out.size() >= limit) break;
      if (multiOnly && e.getValue().size() < 2) continue;
      String text = Files.readString(polnear.resolve(split).resolve("text").resolve(e.getKey() + ".txt"),
          StandardCharsets.UTF_8);
      List<Annotation> annotations = new ArrayList<>();
      for (Path ann : e.getValue()) annotations.add(annotation(ann));
      Annotation first = annotations.get(0);
      out.add(new Doc(e.getKey(), dates.get(e.getKey()), text, first.annotator(), first.attributions(),
          List.copyOf(annotations.subList(1, annotations.size()))));
    }
    return out;
  }

  private static Annotation annotation(Path ann) throws IOException {
    String file = ann.getFileName().toString();
    return new Annotation(file.substring(file.lastIndexOf('_') + 1, file.length() - ".ann".length()),
        Brat.parse(Files.readString(ann, StandardCharsets.UTF_8)));
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
