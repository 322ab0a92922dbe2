package dossier.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.pipeline.clean.CleanArticle;
import dossier.pipeline.clean.Cleaner;
import dossier.pipeline.read.ReadResult.Failure;
import dossier.pipeline.read.ReadResult.Notice;
import dossier.pipeline.read.ReadResult.Success;
import dossier.pipeline.read.html.HtmlExtractorTest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** HTML files and WARC crawls read as articles, with captions handed to the cleaner and duplicates found. */
class WebReadersTest {

  private static final Instant CRAWLED = Instant.parse("2024-05-06T07:08:09Z");

  @TempDir Path dir;

  @Test
  void htmlFileInADirectoryIsReadWithItsCaptionForTheCleaner() throws IOException {
    Files.writeString(dir.resolve("page.html"), HtmlExtractorTest.NEWS_PAGE, UTF_8);
    Files.writeString(dir.resolve("gold.json"), "{}", UTF_8);

    List<ReadResult> results = ReadersTest.read(ReadOptions.defaults(), dir.toString());

    RawArticle article = ((Success) results.get(0)).article();
    assertEquals(1, results.size(), results.toString());
    assertEquals(LocalDate.of(2023, 1, 31), article.date());
    assertEquals("https://news.example.com/world/wagner-commander-norway", article.url());
    assertEquals("Wagner commander flees to Norway", article.title());
    CleanArticle clean = new Cleaner().clean(article);
    assertEquals(3, clean.body().size());
    assertEquals("Andrei Medvedev in a video filmed before his escape.", clean.captions().get(0).caption().of(article.text()));
    assertEquals("Ivan Noyabrev / TASS", clean.captions().get(0).credit().of(article.text()));
    assertTrue(clean.bodyText().strip().endsWith("immigration officials."), clean.bodyText());
  }

  @Test
  void warcRoundTripsHtmlSkipsAndCountsTheRestAndItsCopyIsADuplicate() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      writer.write(new WarcRequest.Builder(URI.create("https://news.example.com/a")).date(CRAWLED)
          .body(new HttpRequest.Builder("GET", "/a").addHeader("Host", "news.example.com").build()).build());
      writer.write(response("https://news.example.com/a", "text/html; charset=utf-8", HtmlExtractorTest.NEWS_PAGE.getBytes(UTF_8)));
      writer.write(response("https://news.example.com/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}));
      writer.write(response("https://mirror.example.org/copy", "text/html",
          HtmlExtractorTest.NEWS_PAGE.replace("<main>", "<main><p>Syndicated.</p>").getBytes(UTF_8)));
      writer.write(response("https://news.example.com/undated", "text/html",
          ("<html><body><article><p>" + HtmlExtractorTest.BODY_3 + "</p></article></body></html>").getBytes(UTF_8)));
    }

    List<ReadResult> results = ReadersTest.read(ReadOptions.defaults(), warc.toString());

    List<RawArticle> articles = results.stream().filter(r -> r instanceof Success).map(r -> ((Success) r).article()).toList();
    assertEquals(List.of("https://news.example.com/a", "https://mirror.example.org/copy", "https://news.example.com/undated"),
        articles.stream().map(RawArticle::url).toList());
    assertEquals(List.of(LocalDate.of(2023, 1, 31), LocalDate.of(2023, 1, 31), LocalDate.of(2024, 5, 6)),
        articles.stream().map(RawArticle::date).toList());
    assertEquals(List.of(new Notice(warc.toString(), 0, "skipped 2 of 5 records: 1 request, 1 response image/png")),
        results.stream().filter(r -> r instanceof Notice).toList());
    Duplicates duplicates = new Duplicates();
    assertEquals(List.of(Optional.empty(), Optional.of(articles.get(0).id()), Optional.empty()),
        articles.stream().map(duplicates::firstCopyOf).toList());
  }

  @ParameterizedTest
  @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
  void warcCutInsideARecordFailsAtThatRecordAfterReadingTheOnesBefore(WarcCompression compression) throws IOException {
    Path whole = dir.resolve("whole.warc");
    long second;
    long third;
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(whole, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE), compression)) {
      writer.write(response("https://news.example.com/a", "text/html", HtmlExtractorTest.NEWS_PAGE.getBytes(UTF_8)));
      second = writer.position();
      writer.write(response("https://news.example.com/b", "text/html", HtmlExtractorTest.NEWS_PAGE.getBytes(UTF_8)));
      third = writer.position();
      writer.write(response("https://news.example.com/c", "text/html", HtmlExtractorTest.NEWS_PAGE.getBytes(UTF_8)));
    }
    byte[] bytes = Files.readAllBytes(whole);
    long cutAt = second + (third - second) * 2 / 3; // inside the second record's page
    Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, (int) cutAt));

    List<ReadResult> results = ReadersTest.read(ReadOptions.defaults(), cut.toString());

    assertEquals(2, results.size(), results.toString());
    assertEquals("https://news.example.com/a", ((Success) results.get(0)).article().url());
    assertEquals(new Failure(cut.toString(), 2, "record at byte " + second + " is truncated: the file ends inside it"),
        results.get(1));
  }

  @Test
  void brokenRecordHeaderFailsAtThatRecordAndItsOffset() throws IOException {
    Path warc = dir.resolve("broken.warc");
    long third;
    try (WarcWriter writer = new WarcWriter(warc)) {
      writer.write(response("https://news.example.com/a", "text/html", HtmlExtractorTest.NEWS_PAGE.getBytes(UTF_8)));
      writer.write(response("https://news.example.com/b", "text/html", HtmlExtractorTest.NEWS_PAGE.getBytes(UTF_8)));
      third = writer.position();
    }
    Files.write(warc, "WARC/1.0\r\nnot a header line\r\n\r\n".getBytes(UTF_8), StandardOpenOption.APPEND);

    List<ReadResult> results = ReadersTest.read(ReadOptions.defaults(), warc.toString());

    assertEquals(3, results.size(), results.toString());
    Failure failure = (Failure) results.get(2);
    assertEquals(3, failure.line());
    assertTrue(failure.message().startsWith("broken record at byte " + third + ": "), failure.message());
  }

  private static WarcResponse response(String url, String type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http).build();
  }
}
