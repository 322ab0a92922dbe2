package dossier.pipeline.read;

import java.util.Locale;
import java.util.Set;

/** The formats a reader tells apart, by file name or else by the first non-blank bytes. */
enum InputFormat {
  /** A whole file is one article: the seed format or plain text. */
  TEXT,
  /** Each non-blank line is one article, a JSON object. */
  JSONL,
  /** A whole file is one web page. */
  HTML,
  /** A web archive (WARC or ARC, plain or gzipped): each HTML response is one article. */
  WARC;

  private static final Set<String> JSONL_EXTENSIONS = Set.of("jsonl", "ndjson");
  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text");
  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");
  private static final Set<String> WARC_EXTENSIONS = Set.of("warc", "arc");

  /**
   * By name: {@code .jsonl}/{@code .ndjson}, {@code .html}/{@code .htm}/{@code .xhtml},
   * {@code .warc}/{@code .arc} (each also with {@code .gz} for web formats); else by content: JSONL if
   * it starts with {@code '{'}, which no news text does, HTML if with {@code <!doctype html} or
   * {@code <html}, WARC if with {@code WARC/}; else text.
   *
   * @param fileName the file's name, or null for stdin
   * @param head the first bytes of the content
   */
  static InputFormat of(String fileName, byte[] head) {
    if (fileName != null) {
      String extension = extension(withoutGz(fileName));
      if (JSONL_EXTENSIONS.contains(extension)) return JSONL;
      if (HTML_EXTENSIONS.contains(extension)) return HTML;
      if (WARC_EXTENSIONS.contains(extension)) return WARC;
    }
    String start = TextBytes.start(head, 16).toLowerCase(Locale.ROOT);
    if (start.startsWith("{")) return JSONL;
    if (start.startsWith("<!doctype html") || start.startsWith("<html")) return HTML;
    if (start.startsWith("warc/")) return WARC;
    return TEXT;
  }

  /** Whether the name ends in {@code .gz}: a gzipped page or archive. */
  static boolean gzipped(String fileName) {
    return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /**
   * Whether a directory walk reads a file of this name: {@code .txt}, {@code .text}, {@code .jsonl},
   * {@code .ndjson}, {@code .html}, {@code .htm}, {@code .xhtml}, {@code .warc}, {@code .arc}, the web
   * formats also gzipped, or no extension. Others ({@code .json} gold files, ...) are not articles.
   */
  static boolean readInDirectories(String fileName) {
    String extension = extension(fileName);
    if (extension.equals("gz")) {
      String inner = extension(withoutGz(fileName));
      return HTML_EXTENSIONS.contains(inner) || WARC_EXTENSIONS.contains(inner);
    }
    return extension.isEmpty() || TEXT_EXTENSIONS.contains(extension) || JSONL_EXTENSIONS.contains(extension)
        || HTML_EXTENSIONS.contains(extension) || WARC_EXTENSIONS.contains(extension);
  }

  private static String withoutGz(String fileName) {
    return gzipped(fileName) ? fileName.substring(0, fileName.length() - 3) : fileName;
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
