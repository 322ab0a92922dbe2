package dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.ArticleAnalysis;
import dossier.model.Caption;
import dossier.model.Entity;
import dossier.pipeline.read.ReadOptions;
import dossier.pipeline.read.ReadResult;
import dossier.pipeline.read.Readers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's reference example, read from its seed file and analyzed end to end. */
class ReferenceArticleTest {

  private static ArticleAnalysis seed;

  @BeforeAll
  static void analyzeSeed() {
    List<ReadResult> read = new ArrayList<>();
    Readers.read(List.of("src/test/resources/reference/000_8875c1b52a1168d1.txt"), ReadOptions.defaults(), read::add);
    seed = Dossier.analyze(((ReadResult.Success) read.get(0)).article());
  }

  @Test
  void dateComesFromTheHeaderAndTextStartsAfterIt() {
    assertEquals(LocalDate.of(2023, 1, 31), seed.date());
    assertTrue(seed.text().startsWith("An ex-commander"));
  }

  @Test
  void captionsAndCreditsAreKeptApart() {
    assertEquals(List.of("Yevgeny Prigozhin, the head of Russia's Wagner mercenary force.",
            "Wagner Group fighters in the embattled eastern Ukrainian town of Soledar."),
        seed.captions().stream().map(Caption::text).toList());
    assertEquals(List.of("t.me/Prigozhin_hat", "Ivan Noyabrev / TASS"),
        seed.captions().stream().map(Caption::credit).toList());
  }

  @Test
  void medvedevIsOnePersonWithHisAge() {
    Entity medvedev = Analyses.entity(seed, "Medvedev").orElseThrow();
    assertEquals(Analyses.entity(seed, "Andrei Medvedev").orElseThrow(), medvedev);
    assertEquals("Andrei Medvedev", medvedev.name());
    assertEquals("PERSON", medvedev.type());
    assertEquals("26", medvedev.attributes().get("age"));
    assertTrue(medvedev.descriptors().stream().anyMatch(d -> d.contains("leader of the first squadron")),
        medvedev.descriptors().toString());
  }

  @Test
  void attributesCarryTheirEvidence() {
    Entity medvedev = Analyses.entity(seed, "Medvedev").orElseThrow();
    assertEquals("1996/1997", medvedev.attributes().get("birth_year"), "26 on 2023-01-31");
    assertEquals("Tomsk", medvedev.attributes().get("origin"));
    assertEquals("multiple convictions for robbery", medvedev.attributes().get("criminal_record"));
    assertEquals("Andrei Medvedev, 26", medvedev.evidence().get("age").text());
    assertTrue(medvedev.evidence().get("origin").text().startsWith("grew up in an orphanage"));
    assertTrue(Analyses.entity(seed, "An ex-commander").isPresent(), "the lede's role phrase is Medvedev");
    assertEquals(medvedev, Analyses.entity(seed, "An ex-commander").orElseThrow());
  }

  @Test
  void wagnerIsOneOrganizationEvenWhereTheTaggerSaysPerson() {
    Entity wagner = Analyses.entity(seed, "Wagner").orElseThrow();
    assertEquals("ORGANIZATION", wagner.type());
    assertEquals(wagner, Analyses.entity(seed, "Wagner Group").orElseThrow());
    assertEquals(wagner, Analyses.entity(seed, "the mercenary group").orElseThrow());
    assertEquals(1, Analyses.entitiesNamed(seed, "Wagner").size());
    assertTrue(wagner.mentions().size() >= 12, "all Wagner mentions: " + wagner.mentions().size());
  }

  @Test
  void mediaAndNgoNamesAreOrganizations() {
    Entity times = Analyses.entity(seed, "The Moscow Times").orElseThrow();
    assertEquals("ORGANIZATION", times.type());
    assertEquals("MEDIA", times.subtype());
    assertFalse(seed.entities().stream().anyMatch(e -> e.name().equals("Moscow")), "no city Moscow in this text");
    Entity gulagu = Analyses.entity(seed, "Gulagu.net").orElseThrow();
    assertEquals("ORGANIZATION", gulagu.type());
    assertEquals("NGO", gulagu.subtype());
    assertTrue(gulagu.descriptors().contains("Russian human rights NGO"), gulagu.descriptors().toString());
  }

  @Test
  void descriptorsComeFromAppositionsAndTitles() {
    Entity prigozhin = Analyses.entity(seed, "Yevgeny Prigozhin").orElseThrow();
    assertTrue(prigozhin.descriptors().contains("former chef"), prigozhin.descriptors().toString());
    Entity putin = Analyses.entity(seed, "Vladimir Putin").orElseThrow();
    assertEquals("President", putin.attributes().get("title"));
  }

  @Test
  void placesHaveSubtypes() {
    assertEquals("COUNTRY", Analyses.entity(seed, "Norway").orElseThrow().subtype());
    assertEquals("CITY", Analyses.entity(seed, "Bakhmut").orElseThrow().subtype());
    assertEquals("CITY", Analyses.entity(seed, "Soledar").orElseThrow().subtype());
    assertEquals("LOCATION", Analyses.entity(seed, "Siberia").orElseThrow().type());
  }

  @Test
  void timesAreResolvedAgainstTheArticleDateAndTense() {
    assertEquals("2023-01-31", Analyses.timeValue(seed, "Tuesday"));
    assertEquals("2023-01", Analyses.timeValue(seed, "earlier this month"));
    assertEquals("P4M", Analyses.timeValue(seed, "four months"));
    assertEquals("2022-11", Analyses.timeValue(seed, "November"));
    assertEquals("P6M", Analyses.timeValue(seed, "6-month"));
    assertEquals("2022-07", Analyses.timeValue(seed, "July"), "he joined in July: the July before the article");
  }

  @Test
  void captionPhotographerIsAnEntityButNotInTheBody() {
    Entity photographer = Analyses.entity(seed, "Ivan Noyabrev").orElseThrow();
    int bodyEnd = seed.captions().get(1).start();
    assertTrue(photographer.mentions().stream().allMatch(m -> m.start() > bodyEnd));
    assertNull(Analyses.entity(seed, "Prigozhin_hat").orElse(null));
  }
}
