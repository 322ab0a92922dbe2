package dossier.pipeline.clean;

import dossier.pipeline.read.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Helpers for cleaner tests: articles from strings and resources, and the texts of what was found. */
final class Texts {

  private Texts() {}

  static CleanArticle clean(String text) {
    return new Cleaner().clean(new RawArticle("test", null, null, null, null, text, "test"));
  }

  static String resource(String path) {
    try (InputStream in = Texts.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalArgumentException("no resource " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> body(CleanArticle a) {
    return a.body().stream().map(r -> r.of(a.raw().text())).toList();
  }

  static List<String> captions(CleanArticle a) {
    return a.captions().stream().map(c -> c.caption().of(a.raw().text())).toList();
  }

  static List<String> credits(CleanArticle a) {
    return a.captions().stream().map(c -> c.credit() == null ? null : c.credit().of(a.raw().text())).toList();
  }

  static String dateline(CleanArticle a) {
    return a.dateline() == null ? null : a.dateline().of(a.raw().text());
  }
}
