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

  /** Non-blank lines of JSONL and one per other file: the article count an ETA needs, found by a quick scan. */
  static long estimate(List<Input> inputs) {
    long total = 0;
    for (Input input : inputs) {
      if (input.name().equals("-")) return -1;
      Path path = Path.of(input.name());
      String ext = extension(path.getFileName() == null ? "" : path.getFileName().toString());
      if (input.analyses() || ext.equals("jsonl") || ext.equals("ndjson")) total += lines(path);
      else total++;
    }
    return total;
  }

  private static long lines(Path file) {
    long n = 0;
    boolean content = false;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        for (int i = 0; i < read; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            if (content) n++;
            content = false;
          } else if (b != ' ' && b != '\r' && b != '\t') content = true;
        }
      }
    } catch (IOException e) {
      return n;
    }
    return content ? n + 1 : n;
  }

  private static String extension(String file) {
    int dot = file.lastIndexOf('.');
    return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
