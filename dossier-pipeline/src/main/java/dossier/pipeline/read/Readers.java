package dossier.pipeline.read;

import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads articles from files, directories and stdin: one {@link ReadResult} per article or bad item,
 * handed to a sink as soon as it is read, so that a large JSONL corpus is never held in memory.
 * Bad data never stops the reading; it becomes a {@link ReadResult.Failure} naming file and line.
 *
 * <p>Formats, told apart by {@link InputFormat}:
 * <ul>
 *   <li>seed: optional whitespace, {@code date YYYY-MM-DD}, whitespace, then the text (which may
 *       start on the header's line); the header is not part of the text;
 *   <li>plain text: the whole file; dated by {@link ReadOptions#defaultDate()}, else by a
 *       {@link Dateline} on its first line (kept in the text), else undated;
 *   <li>JSONL ({@code .jsonl}, {@code .ndjson}, or content starting with {@code '{'}): one object per
 *       line with {@code text} and optional {@code id}, {@code date}, {@code title}, {@code url},
 *       {@code source}; blank lines are skipped;
 *   <li>HTML ({@code .html}, {@code .htm}, {@code .xhtml}, also gzipped, or content starting with
 *       {@code <!doctype html}/{@code <html}): one article per page, see {@code HtmlArticleReader};
 *   <li>WARC/ARC ({@code .warc}, {@code .arc}, plain or gzipped, or content starting with {@code WARC/}):
 *       one article per HTML response; other records are counted in a {@link ReadResult.Notice};
 *   <li>{@code -}: stdin, JSONL if it starts with {@code '{'}, HTML or WARC by its start, else one seed or plain-text article.
 * </ul>
 * Directories are walked as {@link InputFiles} says; a file named explicitly is always read.
 * Texts are UTF-8 (a leading byte order mark is dropped) and get {@code \n} line breaks; pages are
 * decoded by their declared charset. Finding duplicates is the caller's: see {@link Duplicates}.
 */
public final class Readers {

  /** The file name that failures on stdin carry. */
  public static final String STDIN_NAME = "<stdin>";

  private Readers() {}

  /** Reads each input in order ({@code -} is {@link System#in}) into {@code sink}. */
  public static void read(List<String> inputs, ReadOptions options, Consumer<? super ReadResult> sink) {
    read(inputs, System.in, options, sink);
  }

  /** Reads each input in order ({@code -} is {@code stdin}, not closed here) into {@code sink}. */
  public static void read(
      List<String> inputs, InputStream stdin, ReadOptions options, Consumer<? super ReadResult> sink) {
    SourceReader reader = new SourceReader(options, sink);
    for (String input : inputs) {
      if (input.equals("-")) {
        reader.readStream(STDIN_NAME, stdin);
      } else {
        InputFiles.expand(input, reader::readFile, sink);
      }
    }
  }
}
