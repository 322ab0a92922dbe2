package dossier.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dossier.model.ArticleAnalysis;
import dossier.model.Claim;
import dossier.pipeline.Analyses;
import org.junit.jupiter.api.Test;

/** Claims with their source and stance, one cue family per test, on real news sentences. */
class ClaimExtractorTest {

  private static Claim claim(ArticleAnalysis a, String fragment, String cue) {
    return a.claims().stream().filter(c -> c.text().contains(fragment) && cue.equals(c.cue())).findFirst()
        .orElseThrow(() -> new AssertionError("no claim ~'" + fragment + "' by '" + cue + "' in " + a.claims()));
  }

  @Test
  void accordingToNamesTheSourceAtTheEndOrTheStart() {
    ArticleAnalysis a = Analyses.analyze("2019-01-04", "At least 39 people died, according to the Russian "
        + "Emergencies Ministry. According to Reuters, rescuers found ten survivors.");
    Claim end = claim(a, "At least 39 people died", "according to");
    assertEquals("reported", end.stance());
    assertEquals("At least 39 people died", end.text());
    Claim start = claim(a, "rescuers found ten survivors", "according to");
    assertEquals("Reuters", start.sourceName());
  }

  @Test
  void hedgingAdverbsAndBeliefs() {
    ArticleAnalysis a = Analyses.analyze("2023-01-31", "The group has reportedly lost hundreds of fighters. "
        + "Its leader is believed to be hiding in Mali. The suspect allegedly fled by car. The blast was "
        + "apparently caused by a gas leak.");
    assertEquals("reported", claim(a, "lost hundreds of fighters", "reportedly").stance());
    assertEquals("believed", claim(a, "hiding in Mali", "believed").stance());
    assertEquals("alleged", claim(a, "fled by car", "allegedly").stance());
    assertEquals("uncertain", claim(a, "gas leak", "apparently").stance());
  }

  @Test
  void reportedThoughtIsBelievedReportedSpeechIsReported() {
    ArticleAnalysis a = Analyses.analyze("2023-01-31", "Investigators believe the fire was set deliberately. "
        + "Smith thinks the plan will fail. The minister said the talks had stalled.");
    assertEquals("believed", claim(a, "the fire was set deliberately", "believe").stance());
    assertEquals("believed", claim(a, "the plan will fail", "thinks").stance());
    assertEquals("reported", claim(a, "the talks had stalled", "said").stance());
  }

  @Test
  void aHedgeSetOffByACommaHedgesWhatFollows() {
    ArticleAnalysis a = Analyses.analyze("2019-05-05", "Reportedly, his family said he was in intensive care.");
    Claim c = claim(a, "his family said he was in intensive care", "Reportedly");
    assertEquals("reported", c.stance());
  }

  @Test
  void accusationsNameTheAccuserActiveOrPassive() {
    ArticleAnalysis a = Analyses.analyze("2023-01-31", "Wagner fighters have been accused by Ukraine of "
        + "murdering civilians near Kyiv. Poland accused Belarus of pushing migrants across the border.");
    Claim passive = claim(a, "murdering civilians", "accused");
    assertEquals("alleged", passive.stance());
    assertEquals("Ukraine", passive.sourceName());
    assertEquals("Poland", claim(a, "pushing migrants", "accused").sourceName());
  }

  @Test
  void denialsAndReportedSpeech() {
    ArticleAnalysis a = Analyses.analyze("2023-01-31", "The Kremlin denied any role in the attack. "
        + "Olena Kovalenko said the village had been shelled for three days.");
    Claim denial = claim(a, "any role in the attack", "denied");
    assertEquals("denied", denial.stance());
    assertEquals("Kremlin", denial.sourceName());
    Claim said = claim(a, "the village had been shelled", "said");
    assertEquals("reported", said.stance());
    assertEquals("Olena Kovalenko", said.sourceName());
  }

  @Test
  void unnamedSources() {
    ArticleAnalysis a = Analyses.analyze("2023-01-31", "Sources say the minister will resign on Friday.");
    Claim c = claim(a, "the minister will resign", "sources say");
    assertNull(c.source());
    assertEquals("sources", c.sourceName());
  }

  @Test
  void claimsGiveTheWordsOfTheirSourceAndCue() {
    ArticleAnalysis a = Analyses.analyze("2019-01-04", "At least 39 people died, according to the Russian "
        + "Emergencies Ministry. The suspect allegedly fled by car. Sources say the minister will resign on Friday.");
    Claim according = claim(a, "At least 39 people died", "according to");
    assertEquals("the Russian Emergencies Ministry", according.sourceSpan().text());
    assertEquals("according to", according.cueSpan().text());
    Claim hedge = claim(a, "fled by car", "allegedly");
    assertNull(hedge.sourceSpan(), "a hedge names no source");
    assertEquals("allegedly", hedge.cueSpan().text());
    Claim sources = claim(a, "the minister will resign", "sources say");
    assertEquals("Sources", sources.sourceSpan().text());
    assertEquals("say", sources.cueSpan().text());
    for (Claim c : a.claims()) {
      if (c.cueSpan() != null) assertEquals(c.cueSpan().text(), a.text().substring(c.cueSpan().start(), c.cueSpan().end()));
      if (c.sourceSpan() != null) {
        assertEquals(c.sourceSpan().text(), a.text().substring(c.sourceSpan().start(), c.sourceSpan().end()));
      }
    }
  }

  private static boolean hasClaim(ArticleAnalysis a, String cue) {
    return a.claims().stream().anyMatch(c -> cue.equals(c.cue()));
  }

  @Test
  void intentionsAreTheSourcesOwnClaims() {
    ArticleAnalysis a = Analyses.analyze("2016-09-27", "Hillary Clinton wants to sign up 5 million people for "
        + "national service. Patriot agreed to effectively lend Mr. Clarke $5 million. He declined to comment. "
        + "Mr. Obama is also determined to warn his supporters about the dangers of failing to turn out.");
    Claim wants = claim(a, "to sign up 5 million people", "wants");
    assertEquals("asserted", wants.stance());
    assertEquals("to sign up 5 million people for national service", wants.text());
    assertEquals("Hillary Clinton", wants.sourceSpan().text());
    assertEquals("wants", wants.cueSpan().text());
    assertEquals("Patriot", claim(a, "to effectively lend", "agreed").sourceSpan().text());
    assertEquals("He", claim(a, "to comment", "declined").sourceSpan().text());
    assertEquals("Mr. Obama", claim(a, "to warn his supporters", "determined").sourceSpan().text());
  }

  @Test
  void positionsTowardAnObject() {
    ArticleAnalysis a = Analyses.analyze("2016-09-28", "Russia supports the government of Bashar al-Assad. The GOP nominee "
        + "complained about his microphone the morning after the debate. Donald Trump is doubling down on his "
        + "attacks on a former Miss Universe.");
    Claim support = claim(a, "the government of Bashar al-Assad", "supports");
    assertEquals("Russia", support.sourceSpan().text());
    Claim complained = claim(a, "his microphone", "complained");
    assertEquals("complained about", complained.cueSpan().text());
    assertEquals("The GOP nominee", complained.sourceSpan().text());
    assertEquals("doubling down on", claim(a, "his attacks", "doubling").cueSpan().text());
  }

  @Test
  void stancesLeaveActsTimesAndQuotedWordsAlone() {
    ArticleAnalysis a = Analyses.analyze("2023-01-31", "Wagner fighters defended the town for weeks. "
        + "\"We want to go home,\" one fighter said. The offer was backed by the ministry. "
        + "The minister is expected to resign. Aid workers went back to the village.");
    assertFalse(hasClaim(a, "defended"), "defending a town is an act: " + a.claims());
    assertFalse(hasClaim(a, "want"), "inside quotation marks it is the quote's: " + a.claims());
    assertFalse(a.claims().stream().anyMatch(c -> "backed".equals(c.cue()) && "asserted".equals(c.stance())),
        "a passive names no position of its subject: " + a.claims());
    assertEquals("believed", claim(a, "resign", "expected").stance(), "a raising verb stays a hedge");
    assertFalse(hasClaim(a, "went"), a.claims().toString());
  }

  @Test
  void evidenceAndWordsAgainstAPerson() {
    ArticleAnalysis a = Analyses.analyze("2016-09-30", "POLITICO's Battleground States average shows Clinton "
        + "likewise ahead by 3.7 percentage points. Donald Trump attacked Alicia Machado on Twitter. Russian forces "
        + "attacked the town of Bakhmut. The officer showed up at the scene.");
    Claim shows = claim(a, "Clinton likewise ahead", "shows");
    assertEquals("reported", shows.stance());
    assertEquals("Alicia Machado", claim(a, "Alicia Machado", "attacked").text().replace(" on Twitter", ""));
    assertFalse(a.claims().stream().anyMatch(c -> "attacked".equals(c.cue()) && c.text().contains("Bakhmut")),
        "attacking a town is an act: " + a.claims());
    assertFalse(hasClaim(a, "showed"), "'showed up' shows nothing: " + a.claims());
  }

  @Test
  void nounsThatAttributeToTheirPossessor() {
    ArticleAnalysis a = Analyses.analyze("2016-09-27", "Donald Trump's claim that there have been thousands of "
        + "shootings in Chicago is false. His determination to act alone inflamed his opponents. The claim that the vote "
        + "was rigged spread online. Their plan that year failed.");
    Claim claim = claim(a, "thousands of shootings", "claim");
    assertEquals("alleged", claim.stance());
    assertEquals("that there have been thousands of shootings in Chicago", claim.text());
    assertEquals("Donald Trump", claim.sourceSpan().text());
    Claim determination = claim(a, "to act alone", "determination");
    assertEquals("His", determination.sourceSpan().text());
    assertEquals("to act alone", determination.text());
    assertEquals("asserted", determination.stance());
    assertFalse(a.claims().stream().anyMatch(c -> c.text().contains("the vote was rigged") && "claim".equals(c.cue())),
        "no possessor, no source: " + a.claims());
    assertFalse(hasClaim(a, "plan"), "an aim takes an infinitive: " + a.claims());
  }

  @Test
  void stancesNeedASubjectThatHoldsThem() {
    ArticleAnalysis a = Analyses.analyze("2016-09-30", "Donald Trump's tweet mocking the fact that Hillary Clinton "
        + "was busy drew attention. You want to keep your receipts. Clinton is seeking to contrast her approach.");
    assertFalse(hasClaim(a, "mocking"), "a participle that modifies a noun: " + a.claims());
    assertFalse(hasClaim(a, "want"), "a generic you: " + a.claims());
    assertEquals("Clinton", claim(a, "to contrast her approach", "seeking").sourceSpan().text());
  }

  @Test
  void framesCountedOnTrainingData() {
    ArticleAnalysis a = Analyses.analyze("2021-03-02", "The senator has vouched for the nominee's integrity. "
        + "Union leaders have likened the new contract to a pay cut. The governor referred to the protesters "
        + "as outside agitators. The chancellor is looking to raise taxes on second homes.");
    Claim vouched = claim(a, "the nominee's integrity", "vouched");
    assertEquals("vouched for", vouched.cueSpan().text());
    assertEquals("The senator", vouched.sourceSpan().text());
    assertEquals("Union leaders", claim(a, "the new contract to a pay cut", "likened").sourceSpan().text());
    assertEquals("referred to", claim(a, "the protesters as outside agitators", "referred").cueSpan().text());
    assertEquals("to raise taxes on second homes", claim(a, "to raise taxes", "looking").text());
  }

  @Test
  void framesLeaveHedgesActsAndQuotedWordsAlone() {
    ArticleAnalysis a = Analyses.analyze("2021-03-02", "The talks seem to have stalled. The shares appear to have "
        + "recovered. Rebels defended the bridge overnight. Artillery attacked the airport. Troops fired at the crowd. \"We call for calm,\" the "
        + "spokesman said. The minister met the ambassador on Tuesday.");
    for (String cue : java.util.List.of("seem", "appear", "defended", "attacked", "fired", "call", "met")) {
      assertFalse(hasClaim(a, cue), cue + ": " + a.claims());
    }
  }
}
