package dossier.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.ArticleAnalysis;
import dossier.pipeline.Analyses;
import org.junit.jupiter.api.Test;

/** Time values resolved against the article date, the tense of the clause, and the date a quote was said. */
class TimeExtractorTest {

  @Test
  void aPastMonthIsTheOneBeforeTheArticle() {
    ArticleAnalysis a = Analyses.analyze("2023-01-31", "Olena Petrenko arrived in Lviv in December and will stay "
        + "until April.");
    assertEquals("2022-12", Analyses.timeValue(a, "December"));
    assertEquals("2023-04", Analyses.timeValue(a, "April"));
  }

  @Test
  void aFutureMonthIsTheOneAfterTheArticle() {
    ArticleAnalysis a = Analyses.analyze("2023-11-20", "The government will hold elections in March.");
    assertEquals("2024-03", Analyses.timeValue(a, "March"));
  }

  @Test
  void aPastWeekdayIsInTheWeekBeforeTheArticle() {
    ArticleAnalysis a = Analyses.analyze("2024-05-02", "The Kyiv Independent reported on Tuesday that the army "
        + "had recaptured the village.");
    assertEquals("2024-04-30", Analyses.timeValue(a, "Tuesday"));
  }

  @Test
  void explicitYearsAreLeftAlone() {
    ArticleAnalysis a = Analyses.analyze("2023-01-31", "He joined the group in July 2024, he said.");
    assertEquals("2024-07", Analyses.timeValue(a, "July 2024"));
  }

  @Test
  void relativeExpressionsInAQuoteCountFromWhenItWasSaid() {
    ArticleAnalysis a = Analyses.analyze("2023-01-31", "“We will leave for Warsaw tomorrow,” Olena Petrenko said "
        + "on Monday.");
    assertEquals("2023-01-30", Analyses.timeValue(a, "Monday"));
    assertEquals("2023-01-31", Analyses.timeValue(a, "tomorrow"), "the day after Monday, not after the article");
  }

  @Test
  void timeZonesAreDroppedFromTheValue() {
    ArticleAnalysis a = Analyses.analyze("2023-03-10", "The talks began at 10:00 GMT on Friday.");
    assertEquals("2023-03-10T10:00", Analyses.timeValue(a, "10:00 GMT on Friday"), "SUTime says T10:00+0000");
  }

  @Test
  void durationsAndSetsKeepTheirValues() {
    ArticleAnalysis a = Analyses.analyze("2023-01-31", "He fought for four months and was paid every week.");
    assertEquals("P4M", Analyses.timeValue(a, "four months"));
    assertEquals("P1W", Analyses.timeValue(a, "every week"));
  }
}
