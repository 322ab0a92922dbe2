package dossier.pipeline.read;

import dossier.pipeline.read.ReadResult.Failure;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads one file or stream, whatever its format, handing each article or failure to the sink. */
final class SourceReader {

  /** Enough of the start to tell binary from text and JSONL from plain text. */
  private static final int HEAD_BYTES = 8 * 1024;

  private final Consumer<? super ReadResult> sink;
  private final TextArticleReader text;
  private final JsonlReader jsonl;
  private final HtmlArticleReader html;
  private final WarcArticleReader warc;

  SourceReader(ReadOptions options, Consumer<? super ReadResult> sink) {
    this.sink = sink;
    this.text = new TextArticleReader(options);
    this.jsonl = new JsonlReader(options);
    this.html = new HtmlArticleReader(options);
    this.warc = new WarcArticleReader(html);
  }

  /** Reads a file; an unreadable one is a failure. */
  void readFile(Path file) {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      read(name, file.getFileName().toString(), in);
    } catch (IOException e) {
      sink.accept(new Failure(name, 0, "cannot read: " + describe(e)));
    }
  }

  /** Reads a stream that has no file name, such as stdin; the caller closes it. */
  void readStream(String name, InputStream in) {
    try {
      read(name, null, in);
    } catch (IOException e) {
      sink.accept(new Failure(name, 0, "cannot read: " + describe(e)));
    }
  }

  private void read(String name, String fileName, InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, HEAD_BYTES);
    byte[] head = peek(in);
    InputFormat format = InputFormat.of(fileName, head);
    if (format == InputFormat.WARC) {
      warc.read(name, in, sink); // jwarc tells gzip from plain itself
      return;
    }
    if (format == InputFormat.HTML && InputFormat.gzipped(fileName)) {
      html.read(name, new GZIPInputStream(in), sink);
      return;
    }
    if (TextBytes.startsWithBom(head)) {
      in.skipNBytes(3);
      head = peek(in);
    }
    if (TextBytes.looksBinary(head)) {
      sink.accept(new Failure(name, 0, "binary file, not text"));
    } else if (format == InputFormat.HTML) {
      html.read(name, in, sink);
    } else if (format == InputFormat.JSONL) {
      jsonl.read(name, in, sink);
    } else {
      sink.accept(text.read(name, in));
    }
  }

  private static byte[] peek(BufferedInputStream in) throws IOException {
    in.mark(HEAD_BYTES);
    byte[] head = in.readNBytes(HEAD_BYTES);
    in.reset();
    return head;
  }

  private static String describe(IOException e) {
    return e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
  }
}
