package dossier.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import dossier.pipeline.Analyses;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Relations from the patterns news writes them in, each with the text that shows it. */
class RelationExtractorTest {

  private static boolean has(ArticleAnalysis a, String subject, String predicate, String object) {
    Map<String, String> names = a.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    return a.relations().stream().anyMatch(r -> names.get(r.subject()).equals(subject)
        && r.predicate().equals(predicate) && names.get(r.object()).contains(object)
        && a.text().codePoints().skip(r.start()).limit(r.end() - r.start()).collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append).toString().equals(r.text()));
  }

  @Test
  void rolesBeforeAndAfterNames() {
    ArticleAnalysis a = Analyses.analyze("2024-01-15", "Taliban spokesperson Zabiullah Mujahid said the group "
        + "would not negotiate. Meta, which is led by Mark Zuckerberg, declined to comment. Anna Petrova, a "
        + "reporter for the BBC, was detained in Minsk.");
    assertTrue(has(a, "Zabiullah Mujahid", "spokesperson_of", "Taliban"), a.relations().toString());
    assertTrue(has(a, "Mark Zuckerberg", "head_of", "Meta"), a.relations().toString());
    assertTrue(has(a, "Anna Petrova", "employee_of", "BBC"), a.relations().toString());
  }

  @Test
  void titlesWithDemonymsAndPlacesWithinPlaces() {
    ArticleAnalysis a = Analyses.analyze("2023-01-31", "Russian President Vladimir Putin visited Russia's troops "
        + "near the eastern Ukrainian city of Bakhmut, in Ukraine.");
    assertTrue(has(a, "Vladimir Putin", "president_of", "Russia"), a.relations().toString());
    assertTrue(has(a, "Bakhmut", "located_in", "Ukraine"), a.relations().toString());
  }

  @Test
  void membershipFromARoleClause() {
    ArticleAnalysis a = Analyses.analyze("2023-01-31", "Andrei Medvedev fought in Ukraine as a member of Wagner, "
        + "which is run by Yevgeny Prigozhin.");
    assertTrue(has(a, "Andrei Medvedev", "member_of", "Wagner"), a.relations().toString());
    assertTrue(has(a, "Yevgeny Prigozhin", "head_of", "Wagner"), a.relations().toString());
  }
}
