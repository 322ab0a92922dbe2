package dossier.pipeline.read;

import dossier.pipeline.read.ReadResult.Failure;
import dossier.pipeline.read.ReadResult.Notice;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC or ARC file (plain or gzipped, as jwarc tells) with jwarc: each HTTP 200 HTML
 * response is an article with its target URI as url, dated by the page or else by its WARC-Date.
 * Other records are skipped and counted in one {@link Notice} per file; a broken record is a
 * {@link Failure} naming its number and byte offset, and reading goes on where it can. A file cut
 * inside a record fails at that record, which is not read.
 */
final class WarcArticleReader {

  private final HtmlArticleReader html;

  WarcArticleReader(HtmlArticleReader html) {
    this.html = html;
  }

  void read(String file, InputStream in, Consumer<? super ReadResult> sink) {
    Map<String, Integer> skipped = new TreeMap<>();
    int number = 0;
    long offset = 0; // of the last record read: jwarc's position() moves to a record only once next() returns it
    try (WarcReader reader = new WarcReader(in)) {
      while (true) {
        WarcRecord record;
        try {
          var next = reader.next();
          if (next.isEmpty()) break;
          record = next.get();
        } catch (IOException | RuntimeException e) {
          // The framing is lost: jwarc cannot find the next record, so this file ends here. If its position
          // has not moved, it failed finishing the last record (its end or trailer is missing), not a new one.
          boolean inLast = number > 0 && reader.position() == offset;
          if (inLast) sink.accept(truncated(file, number, offset));
          else if (e instanceof EOFException) sink.accept(truncated(file, number + 1, reader.position()));
          else sink.accept(new Failure(file, number + 1, "broken record at byte " + reader.position() + ": " + e.getMessage()));
          break;
        }
        number++;
        offset = reader.position();
        try {
          String skip = read(file, number, offset, record, sink);
          if (skip != null) skipped.merge(skip, 1, Integer::sum);
          // Read to the record's end now, so that a cut in it is reported as this record's, not the next one's.
          record.body().consume();
        } catch (EOFException e) {
          sink.accept(truncated(file, number, offset));
          break;
        }
      }
    } catch (IOException e) {
      sink.accept(new Failure(file, 0, "cannot read WARC: " + e.getMessage()));
    }
    if (!skipped.isEmpty()) {
      int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
      sink.accept(new Notice(file, 0, "skipped " + total + " of " + number + " records: "
          + skipped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))));
    }
  }

  private static Failure truncated(String file, int number, long offset) {
    return new Failure(file, number, "record at byte " + offset + " is truncated: the file ends inside it");
  }

  /**
   * Reads one record into {@code sink}; returns why it was skipped, or null if it was read.
   *
   * @throws EOFException if the file ends inside the record, which is then not read
   */
  private String read(String file, int number, long offset, WarcRecord record, Consumer<? super ReadResult> sink)
      throws EOFException {
    if (!(record instanceof WarcResponse response)) return record.type();
    HttpResponse http;
    byte[] body;
    try {
      http = response.http();
      if (http.status() != 200) return "response HTTP " + http.status();
      MediaType type = http.contentType();
      if (!isHtml(type)) return "response " + type.base();
      try (InputStream in = http.bodyDecoded().stream()) {
        body = in.readNBytes(HtmlArticleReader.MAX_BYTES + 1);
      }
      String charset = type.parameters().get("charset");
      if (body.length > HtmlArticleReader.MAX_BYTES) {
        sink.accept(new Failure(file, number, "record at byte " + offset + ": page too large"));
        return null;
      }
      LocalDate warcDate = LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
      String url = response.target();
      sink.accept(html.article(file, number, body, url, charset, warcDate, file + "#" + number, sink));
    } catch (EOFException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      sink.accept(new Failure(file, number, "record at byte " + offset + ": " + e.getMessage()));
    }
    return null;
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString();
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }
}
