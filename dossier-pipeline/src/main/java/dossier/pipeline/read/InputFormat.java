package dossier.pipeline.read;

import java.util.Locale;
import java.util.Set;

/** The formats a reader tells apart, by file name or else by the first non-blank byte. */
enum InputFormat {
  /** A whole file is one article: the seed format or plain text. */
  TEXT,
  /** Each non-blank line is one article, a JSON object. */
  JSONL;

  private static final Set<String> JSONL_EXTENSIONS = Set.of("jsonl", "ndjson");
  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text");

  /**
   * JSONL if the name ends in {@code .jsonl} or {@code .ndjson}, or if the content starts with
   * {@code '{'}, which no news text does; else text.
   *
   * @param fileName the file's name, or null for stdin
   * @param head the first bytes of the content
   */
  static InputFormat of(String fileName, byte[] head) {
    if (fileName != null && JSONL_EXTENSIONS.contains(extension(fileName))) {
      return JSONL;
    }
    return TextBytes.firstNonBlank(head) == '{' ? JSONL : TEXT;
  }

  /**
   * Whether a directory walk reads a file of this name: {@code .txt}, {@code .text}, {@code .jsonl},
   * {@code .ndjson} or no extension. Others ({@code .html}, {@code .json} gold files, ...) wait for
   * their own reader.
   */
  static boolean readInDirectories(String fileName) {
    String extension = extension(fileName);
    return extension.isEmpty() || TEXT_EXTENSIONS.contains(extension) || JSONL_EXTENSIONS.contains(extension);
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
