package dossier.cli;

import dossier.model.ArticleAnalysis;
import dossier.model.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files {@code dossier ingest} reads, and which of them hold {@code dossier.article/1} records
 * already analyzed elsewhere (stored as they are) rather than articles to analyze (handed to the readers).
 * Directories are walked as the readers walk them: sorted, hidden entries and linked directories skipped,
 * files ending in .txt, .text, .jsonl, .ndjson or without extension.
 */
final class IngestInputs {
  private static final Set<String> READ_IN_DIRECTORIES = Set.of("", "txt", "text", "jsonl", "ndjson");

  /** One input: a file, stdin ("-"), or a path that names nothing (left to the readers to report). */
  record Input(String name, boolean analyses) {}

  private IngestInputs() {}

  /** The inputs in reading order, directories expanded. */
  static List<Input> expand(List<String> names) {
    List<Input> out = new ArrayList<>();
    for (String name : names) {
      Path path;
      try {
        path = Path.of(name);
      } catch (RuntimeException e) {
        out.add(new Input(name, false));
        continue;
      }
      if (!name.equals("-") && Files.isDirectory(path)) walk(path, out);
      else out.add(new Input(name, !name.equals("-") && Files.isRegularFile(path) && holdsAnalyses(path)));
    }
    return out;
  }

  private static void walk(Path dir, List<Input> out) {
    List<Path> entries;
    try (Stream<Path> list = Files.list(dir)) {
      entries = list.sorted().toList();
    } catch (IOException | RuntimeException e) {
      out.add(new Input(dir.toString(), false)); // the readers report it
      return;
    }
    for (Path entry : entries) {
      String file = entry.getFileName().toString();
      if (file.startsWith(".")) continue;
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) walk(entry, out);
      else if (Files.isRegularFile(entry) && READ_IN_DIRECTORIES.contains(extension(file))) {
        out.add(new Input(entry.toString(), holdsAnalyses(entry)));
      }
    }
  }

  /** Whether the first non-blank line of a file is a {@code dossier.article/1} record. */
  static boolean holdsAnalyses(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String s = line.strip();
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        if (s.isEmpty()) continue;
        return isAnalysis(s);
      }
    } catch (IOException | RuntimeException e) {
      return false; // not UTF-8 text, or unreadable: the readers say why
    }
    return false;
  }

  /** Whether a JSON line is a {@code dossier.article/1} record ({@code "schema": "dossier.article/1"}). */
  static boolean isAnalysis(String line) {
    if (!line.startsWith("{") || !line.contains(ArticleAnalysis.SCHEMA)) return false;
    try {
      var node = Json.mapper().readTree(line);
      return node.isObject() && ArticleAnalysis.SCHEMA.equals(node.path("schema").asText(null));
    } catch (IOException e) {
      return false;
    }
  }

  /** An article count for the ETA: exact, or estimated from file sizes (shown as "~N"); negative when unknown. */
  record Total(long articles, boolean exact) {}

  /** Files up to this size are counted line by line; larger JSONL is estimated from its size and its first lines. */
  static final int COUNTED_BYTES = 1 << 22;

  /**
   * Non-blank lines of JSONL and one per other file: the article count an ETA needs. Large JSONL is not
   * read through (that was a whole extra pass over a multi-gigabyte input before the first article was
   * stored): its count is its size over the mean bytes per line of its first {@link #COUNTED_BYTES}.
   */
  static Total estimate(List<Input> inputs) {
    long total = 0;
    boolean exact = true;
    for (Input input : inputs) {
      if (input.name().equals("-")) return new Total(-1, false);
      Path path = Path.of(input.name());
      String ext = extension(path.getFileName() == null ? "" : path.getFileName().toString());
      if (input.analyses() || ext.equals("jsonl") || ext.equals("ndjson")) {
        Total lines = lines(path);
        total += lines.articles();
        exact &= lines.exact();
      } else {
        total++;
      }
    }
    return new Total(total, exact);
  }

  /** The non-blank lines of a file: counted when it is small, else estimated from its first {@link #COUNTED_BYTES}. */
  static Total lines(Path file) {
    long n = 0, size;
    boolean content = false;
    int lastLineEnd = 0; // bytes read up to the end of the last whole line
    byte[] buffer;
    try (InputStream in = Files.newInputStream(file)) {
      size = Files.size(file);
      buffer = in.readNBytes((int) Math.min(size, COUNTED_BYTES));
    } catch (IOException e) {
      return new Total(0, false);
    }
    for (int i = 0; i < buffer.length; i++) {
      byte b = buffer[i];
      if (b == '\n') {
        if (content) n++;
        content = false;
        lastLineEnd = i + 1;
      } else if (b != ' ' && b != '\r' && b != '\t') content = true;
    }
    if (buffer.length == size) return new Total(content ? n + 1 : n, true);
    if (n == 0 || lastLineEnd == 0) return new Total(1, false); // one line longer than the sample
    return new Total(Math.round((double) size * n / lastLineEnd), false);
  }

  private static String extension(String file) {
    int dot = file.lastIndexOf('.');
    return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
