package dossier.pipeline;

import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import dossier.pipeline.read.RawArticle;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Test helpers over the JVM's one shared pipeline (CoreNLP loads once for all test classes). */
public final class Analyses {
  private Analyses() {}

  public static ArticleAnalysis analyze(String date, String text) {
    return Dossier.analyze(new RawArticle("test", date == null ? null : LocalDate.parse(date), null, null, null, text, "test"));
  }

  /** The entity that has a mention with exactly this text (case-insensitive). */
  public static Optional<Entity> entity(ArticleAnalysis a, String mention) {
    return a.entities().stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equalsIgnoreCase(mention)))
        .findFirst();
  }

  public static List<Entity> entitiesNamed(ArticleAnalysis a, String mention) {
    return a.entities().stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equalsIgnoreCase(mention)))
        .toList();
  }

  /** The value of the time expression with this text. */
  public static String timeValue(ArticleAnalysis a, String text) {
    return a.times().stream().filter(t -> t.text().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)))
        .map(t -> t.value()).findFirst().orElseThrow(() -> new AssertionError("no time '" + text + "' in " + a.times()));
  }
}
