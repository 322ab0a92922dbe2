package dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.ArticleAnalysis;
import dossier.model.ArticleSchema;
import dossier.model.Json;
import dossier.model.Span;
import dossier.pipeline.read.ReadOptions;
import dossier.pipeline.read.ReadResult;
import dossier.pipeline.read.Readers;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every analysis conforms to the shipped JSON Schema, and every span's text is the text at its offsets. */
class OutputContractTest {

  private static final List<ArticleAnalysis> analyses = new ArrayList<>();

  @BeforeAll
  static void analyzeReferenceAndSamples() {
    List<String> inputs = List.of("src/test/resources/reference/000_8875c1b52a1168d1.txt", "../samples",
        "src/test/resources/unicode/emoji-article.txt");
    Readers.read(inputs, ReadOptions.defaults(), r -> {
      if (r instanceof ReadResult.Success s) analyses.add(Dossier.analyze(s.article()));
    });
    assertTrue(analyses.size() >= 7, "reference, six samples and the emoji article: " + analyses.size());
  }

  @Test
  void outputValidatesAgainstTheSchema() {
    for (ArticleAnalysis a : analyses) {
      assertEquals(List.of(), ArticleSchema.validate(Json.write(a)), a.id());
    }
  }

  @Test
  void everySpanCoversItsTextAtCodePointOffsets() {
    for (ArticleAnalysis a : analyses) {
      int[] codePoints = a.text().codePoints().toArray();
      spans(a).forEach(s -> assertEquals(new String(codePoints, s.start(), s.end() - s.start()), s.text(),
          a.id() + " span " + s));
      assertFalse(a.entities().isEmpty(), a.id());
    }
  }

  @Test
  void offsetsAreCodePointsNotUtf16Units() {
    ArticleAnalysis emoji = analyses.stream().filter(a -> a.text().contains("\uD83D")).findFirst().orElseThrow();
    Span paris = Analyses.entity(emoji, "Paris").orElseThrow().mentions().get(0);
    assertEquals(emoji.text().indexOf("Paris") - 1, paris.start(), "an emoji before Paris counts once");
  }

  private static Stream<Span> spans(ArticleAnalysis a) {
    return Stream.of(
        a.entities().stream().flatMap(e -> e.mentions().stream()),
        a.times().stream().map(t -> new Span(t.start(), t.end(), t.text())),
        a.captions().stream().map(c -> new Span(c.start(), c.end(), c.text())),
        a.quotes().stream().map(q -> new Span(q.start(), q.end(), q.text())),
        a.claims().stream().map(c -> new Span(c.start(), c.end(), c.text())),
        a.events().stream().map(e -> e.trigger()),
        a.relations().stream().map(r -> new Span(r.start(), r.end(), r.text())),
        a.entities().stream().flatMap(e -> e.evidence().values().stream())).flatMap(s -> s);
  }
}
