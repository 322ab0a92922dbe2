package dossier.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.ArticleAnalysis;
import dossier.model.Quote;
import dossier.pipeline.Analyses;
import org.junit.jupiter.api.Test;

/** Quotes and their speakers, one speaker form per test, on real news sentences. */
class QuoteExtractorTest {

  private static Quote quote(ArticleAnalysis a, String text) {
    return a.quotes().stream().filter(q -> q.text().startsWith(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote '" + text + "' in " + a.quotes()));
  }

  @Test
  void nameAfterTheCue() {
    ArticleAnalysis a = Analyses.analyze("2019-10-12", "“We will not stop until the operation is complete,” said "
        + "Turkish President Recep Tayyip Erdogan on Saturday.");
    Quote q = quote(a, "We will not stop");
    assertEquals("direct", q.kind());
    assertEquals("Recep Tayyip Erdogan", q.speakerName());
    assertEquals("said", q.cue());
  }

  @Test
  void nameWithAppositionBeforeTheCue() {
    ArticleAnalysis a = Analyses.analyze("2020-03-01", "Hugh Hill, a doctor at the hospital, said: “The wards are "
        + "full and staff are exhausted.”");
    assertEquals("Hugh Hill", quote(a, "The wards are full").speakerName());
  }

  @Test
  void organizationsSpeakDirectlyAndIndirectly() {
    ArticleAnalysis a = Analyses.analyze("2019-10-12", "In a statement, the Syrian Democratic Forces said the "
        + "shelling had killed nine civilians. “This is a massacre,” the SDF said.");
    Quote indirect = quote(a, "the shelling had killed nine civilians");
    assertEquals("indirect", indirect.kind());
    assertEquals("Syrian Democratic Forces", indirect.speakerName());
    assertEquals(indirect.speaker(), quote(a, "This is a massacre").speaker());
  }

  @Test
  void unnamedSourcesKeepTheirDescription() {
    ArticleAnalysis a = Analyses.analyze("2021-05-05", "“The minister has no plans to resign,” a source within the "
        + "ministry told reporters.");
    Quote q = quote(a, "The minister has no plans");
    assertNull(q.speaker());
    assertEquals("a source within the ministry", q.speakerName());
    assertEquals("told", q.cue());
  }

  @Test
  void aSpeakerBeforeARelativeClauseIsThePersonTheDescriptionTurnsOutToBe() {
    ArticleAnalysis a = Analyses.analyze("2023-01-31", "An ex-commander with Russia’s notorious mercenary group Wagner "
        + "who is currently seeking asylum in Norway described witnessing summary executions of fellow soldiers "
        + "during an interview on Tuesday. Andrei Medvedev, 26, said that he witnessed a double execution.");
    Quote q = quote(a, "witnessing summary executions");
    assertEquals("An ex-commander", q.speakerSpan().text(), "not \"asylum in Norway\" before the cue");
    assertEquals("Andrei Medvedev", q.speakerName(), "the description is a mention of the named man");
  }

  @Test
  void passivesAndRaisingVerbsReportNothingTheirSubjectSaid() {
    ArticleAnalysis a = Analyses.analyze("2023-01-31", "Wagner has thousands of convicts who were promised early "
        + "release from jail if they fought in Ukraine. The group is run by Yevgeny Prigozhin, a former chef "
        + "believed to be close to Vladimir Putin. He was told that the border was closed. It was reported that "
        + "the border was closed.");
    assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("early release")), a.quotes().toString());
    assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("run by Yevgeny Prigozhin")), a.quotes().toString());
    assertTrue(a.quotes().stream().noneMatch(q -> "told".equals(q.cue())), "the one told is no speaker");
    assertEquals("reported", quote(a, "that the border was closed").cue(), "an impersonal passive still reports");
  }

  @Test
  void aRoleResolvesToThePersonTheTextNamedInIt() {
    ArticleAnalysis a = Analyses.analyze("2021-05-05", "The company's spokesperson, Maria Lopez, declined to "
        + "comment. “We are reviewing the report,” the spokesperson said later.");
    assertEquals("Maria Lopez", quote(a, "We are reviewing").speakerName());
  }

  @Test
  void pronounsAndQuotesRunningOverSentencesAndParagraphs() {
    ArticleAnalysis a = Analyses.analyze("2022-02-01", "“The soldiers told us ‘leave now or die,’ so we left,” "
        + "said Olena Kovalenko, 34.\n\n“We walked for two days,” she added. “Nobody helped us.”");
    assertEquals("Olena Kovalenko", quote(a, "The soldiers told us").speakerName());
    assertEquals("Olena Kovalenko", quote(a, "We walked for two days").speakerName());
    assertEquals("Olena Kovalenko", quote(a, "Nobody helped us").speakerName(), "the next quote sentence goes on");
    Quote nested = quote(a, "leave now or die");
    assertEquals("The soldiers", nested.speakerName(), "a quote inside a quote is its own speaker's");
  }

  @Test
  void partialQuotesInsideReportedSpeech() {
    ArticleAnalysis a = Analyses.analyze("2022-02-01", "Smith said the decision was “deeply unfair” and that he "
        + "would appeal. \"It is a disgrace,\" he said.");
    assertEquals("partial", quote(a, "deeply unfair").kind());
    assertEquals("Smith", quote(a, "deeply unfair").speakerName());
    assertEquals("indirect", quote(a, "the decision was").kind());
    Quote straight = quote(a, "It is a disgrace");
    assertEquals("direct", straight.kind());
    assertEquals("Smith", straight.speakerName(), "straight quotation marks, pronoun speaker");
  }

  @Test
  void straightQuotesAlternateWhateverTheTaggerGuesses() {
    ArticleAnalysis a = Analyses.analyze("2019-01-14", "Donald Tusk wrote \"Let's all pray for Mayor Adamowicz. "
        + "Pawel, we are with you.\" Tusk is from Gdansk. Joachim Brudzinski called the stabbing \"an act of "
        + "inexplicable barbarity.\"");
    Quote tusk = quote(a, "Let's all pray");
    assertEquals("Let's all pray for Mayor Adamowicz. Pawel, we are with you.", tusk.text());
    assertEquals("Donald Tusk", tusk.speakerName());
  }

  @Test
  void reportedClausesBeforeTheirFrameAndBeliefs() {
    ArticleAnalysis a = Analyses.analyze("2016-10-01", "The economy is stronger than ever, Barack Obama said on "
        + "Tuesday. Hillary Clinton believes that the deal will pass.");
    Quote fronted = quote(a, "The economy is stronger than ever");
    assertEquals("indirect", fronted.kind());
    assertEquals("Barack Obama", fronted.speakerName());
    Quote belief = quote(a, "that the deal will pass");
    assertEquals("Hillary Clinton", belief.speakerName());
    assertEquals("believes", belief.cue());
  }

  @Test
  void aQuoteParagraphAfterAColonBelongsToWhoeverTheColonIntroduces() {
    ArticleAnalysis a = Analyses.analyze("2019-05-12", "Olena Kovalenko arrived in Lviv on Monday. The mayor, "
        + "Andriy Sadovyi, told reporters:\n\n“We will house everyone who comes. Nobody will sleep outside.”");
    Quote q = quote(a, "We will house everyone");
    assertEquals("Andriy Sadovyi", q.speakerName());
    assertEquals("told", q.cue());
  }

  @Test
  void namesTitlesAndScareQuotesAreNotSpeech() {
    ArticleAnalysis a = Analyses.analyze("2019-10-12", "Turkey launched “Operation Peace Spring” on Wednesday. "
        + "Wagner has suffered heavy casualties, with special “Wagner cemeteries” set up in Russia.");
    assertTrue(a.quotes().isEmpty(), a.quotes().toString());
  }

  @Test
  void theSpeakerMentionAndTheCueAreGivenAsSpans() {
    ArticleAnalysis a = Analyses.analyze("2016-09-27", "Donald Trump spoke in Ohio on Monday. “We will win "
        + "this state,” he said. According to the campaign, more than 5,000 people attended.");
    Quote q = quote(a, "We will win this state");
    assertEquals("Donald Trump", q.speakerName(), "the pronoun still resolves to the person");
    assertEquals("he", q.speakerSpan().text(), "but the words that named the speaker here are the pronoun");
    assertEquals("said", q.cueSpan().text());
    assertEquals(q.cueSpan().text(), a.text().substring(q.cueSpan().start(), q.cueSpan().end()));
  }

  @Test
  void aParticipleOrInfinitiveCueSpeaksForTheSubjectOfItsClause() {
    ArticleAnalysis a = Analyses.analyze("2016-09-30", "Trump unleashed a series of tweets early Friday, saying "
        + "that the former Miss Universe was a disaster. Stumpf refused to admit that the bank had failed.");
    Quote tweets = quote(a, "that the former Miss Universe");
    assertEquals("Trump", tweets.speakerName());
    assertEquals("Trump", tweets.speakerSpan().text());
  }

  @Test
  void twoApostrophesAreAQuotationMark() {
    ArticleAnalysis a = Analyses.analyze("2016-09-16", "To varying degrees, all agreed. ''There's a lot of new "
        + "complexity,'' said Mr. Burman. ''It doesn't make our long-term fiscal problems worse.''");
    Quote q = quote(a, "There's a lot of new complexity");
    assertEquals("direct", q.kind());
    assertEquals("Burman", q.speakerName());
    assertEquals("It doesn't make our long-term fiscal problems worse.", quote(a, "It doesn't make").text());
  }

  @Test
  void aFrameInsideTheReportedClauseSplitsItInTwoPiecesOfOneQuote() {
    ArticleAnalysis a = Analyses.analyze("2016-09-25", "Lenox was a juggernaut, Mr. Clarke said, until it went "
        + "bankrupt in 1999. The museum is open, said Jeffrey Trimble, a senior official with the agency.");
    Quote first = quote(a, "Lenox was a juggernaut");
    Quote second = quote(a, "until it went bankrupt in 1999");
    assertEquals("Lenox was a juggernaut", first.text());
    assertEquals(first.cueSpan(), second.cueSpan(), "one cue, one attribution");
    assertEquals("Clarke", second.speakerName());
    assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("a senior official")),
        "an apposition after the frame is not speech: " + a.quotes());
  }

  @Test
  void accordingToWithoutQuotationMarks() {
    ArticleAnalysis a = Analyses.analyze("2016-09-22", "According to the poll, Clinton beats Trump by 46 percent "
        + "to 42 percent. America's prison system accounts for 25 percent of the world's inmates, according to "
        + "the Federal Bureau of Prisons.");
    Quote poll = quote(a, "Clinton beats Trump");
    assertEquals("the poll", poll.speakerName());
    assertEquals("According to", poll.cue());
    Quote prisons = quote(a, "America's prison system");
    assertEquals("indirect", prisons.kind());
    assertEquals("the Federal Bureau of Prisons", prisons.speakerSpan().text());
  }

  @Test
  void titlesAndPlansAreNotSpeech() {
    ArticleAnalysis a = Analyses.analyze("2016-09-26", "Clinton plans to visit Charlotte on Sunday. Trump once "
        + "hosted “The Apprentice” on NBC.");
    assertTrue(a.quotes().isEmpty(), a.quotes().toString());
  }

  @Test
  void speechActsWithANounPhraseOrInfinitiveContent() {
    ArticleAnalysis a = Analyses.analyze("2016-09-27", "Hillary Clinton cited derogatory comments Trump had made "
        + "about Machado. Trump called for an investigation of the debate commission. He also vowed to form a "
        + "joint federal task force.");
    Quote cited = quote(a, "derogatory comments");
    assertEquals("Hillary Clinton", cited.speakerName());
    assertEquals("cited", cited.cueSpan().text());
    assertEquals("an investigation of the debate commission", quote(a, "an investigation").text());
    Quote vowed = quote(a, "to form a joint federal task force");
    assertEquals("He", vowed.speakerSpan().text());
  }

  @Test
  void actsAndNamingsAreNotSpeechActs() {
    ArticleAnalysis a = Analyses.analyze("2016-10-12", "Militants attacked the USS Cole in 2000. A group called "
        + "the Patriots held a rally. The plan was criticized widely.");
    assertTrue(a.quotes().isEmpty(), a.quotes().toString());
  }

  @Test
  void afterAnAppositionTheWordsAfterTheCueAreTheClauseNotTheSpeaker() {
    ArticleAnalysis a = Analyses.analyze("2016-09-22", "Megan Hester, senior associate for education at the "
        + "institute, said parents still want neighborhood schools. “It is an invasion of the state,” said "
        + "Scott Pruitt at a Washington event this month.");
    Quote parents = quote(a, "parents still want");
    assertEquals("Megan Hester", parents.speakerName());
    assertEquals("Scott Pruitt", quote(a, "It is an invasion").speakerName());
  }

  @Test
  void aReportedClauseMayOpenWithAnAdjectiveOrAPossessive() {
    ArticleAnalysis a = Analyses.analyze("2023-03-01", "Ukrainian officials said Russian forces had attacked the "
        + "village. The mayor, Ivan Petrenko, said that its water supply had been cut for a week.");
    Quote officials = quote(a, "Russian forces had attacked");
    assertEquals("indirect", officials.kind());
    assertNull(officials.speaker(), "an unnamed source");
    assertEquals("Ukrainian officials", officials.speakerName());
    assertEquals("Ivan Petrenko", quote(a, "that its water supply").speakerName());
  }

  @Test
  void anAddresseeOrATimeBeforeThatBelongsToTheFrame() {
    ArticleAnalysis a = Analyses.analyze("2016-10-04", "The International Monetary Fund announced Tuesday that it "
        + "is lowering its forecast for U.S. growth this year. Trump is warning voters that a Clinton victory "
        + "would bring scandal back to the White House.");
    assertEquals("that it is lowering its forecast for U.S. growth this year", quote(a, "that it is lowering").text());
    assertEquals("that a Clinton victory would bring scandal back to the White House",
        quote(a, "that a Clinton victory").text());
  }

  @Test
  void aSpeechActsContentStopsAtTheFramesAdjunct() {
    ArticleAnalysis a = Analyses.analyze("2016-10-04", "Bill Clinton criticized the Affordable Care Act as a "
        + "“crazy system” during a campaign stop in Flint. The Security Council condemned North Korea's latest "
        + "missile launch as Pyongyang fired three missiles into the sea. Some state officials praised Mr. "
        + "Clarke's work but also had to give him more time to pay back his debt.");
    assertEquals("the Affordable Care Act as a “crazy system”", quote(a, "the Affordable Care Act").text());
    assertEquals("North Korea's latest missile launch", quote(a, "North Korea's latest").text());
    assertEquals("Mr. Clarke's work", quote(a, "Mr. Clarke's work").text());
  }

  @Test
  void aRelativeClauseOrAsPhraseInsideTheContentStaysInIt() {
    ArticleAnalysis a = Analyses.analyze("2016-09-16", "Officials cited the strategic importance of a nation that "
        + "borders China and has had friendly relations with North Korea. Trump proposed dropping carried "
        + "interest as promised.");
    assertTrue(quote(a, "the strategic importance").text().endsWith("friendly relations with North Korea"));
    assertEquals("dropping carried interest as promised", quote(a, "dropping carried").text());
  }

  @Test
  void partyAndStateInBracketsFollowTheSpeakersName() {
    ArticleAnalysis a = Analyses.analyze("2016-09-28", "Rep. Jim Jordan (R-Ohio) said the FBI had given "
        + "immunity deals to five Clinton aides.");
    Quote q = quote(a, "the FBI had given");
    assertEquals("Jim Jordan", q.speakerName());
    assertTrue(q.speakerSpan().text().contains("Jim Jordan"), q.speakerSpan().text());
  }

  @Test
  void aQuoteSignedWithADashAndANameIsThatPersons() {
    ArticleAnalysis a = Analyses.analyze("2016-09-27", "“Donald Trump scares me. Hearing him talk about "
        + "communities of color makes me fearful.” ― Krystal Correa\n\n”Fear. I am truly afraid that Donald "
        + "Trump will win.” ― Edwin G. Monroy\n\nThe debate is on Monday.");
    Quote first = quote(a, "Donald Trump scares me");
    assertEquals("Krystal Correa", first.speakerName());
    assertEquals("―", first.cueSpan().text());
    assertEquals("Edwin G. Monroy", quote(a, "Fear").speakerName(), "a closing mark typed at a paragraph's start opens");
  }

  @Test
  void aDashAfterAQuoteInAFrameIsNoSignature() {
    ArticleAnalysis a = Analyses.analyze("2016-09-27", "Trump called the plan a “disaster” ― Clinton answered "
        + "him on Monday.");
    assertTrue(a.quotes().stream().noneMatch(q -> "―".equals(q.cue())), a.quotes().toString());
  }

  @Test
  void aClosingPairTypedAsOneTokenOrAStraightMarkStillClosesTheQuote() {
    ArticleAnalysis a = Analyses.analyze("2016-09-20", "“You say you ‘accept responsibility, and it was the fault of "
        + "those 5,000 people,’” Merkley said. “Immunity deals should not be a requirement for cooperating with the "
        + "FBI,\" Oversight Chairman Jason Chaffetz said in a statement.");
    Quote merkley = quote(a, "You say you");
    assertEquals("said", merkley.cue());
    assertTrue(merkley.speakerSpan().text().contains("Merkley"), merkley.speakerSpan().text());
    assertEquals("Jason Chaffetz", quote(a, "Immunity deals").speakerName());
  }

  @Test
  void bracketsAndAnAppositionAfterTheQuoteDoNotHideTheCue() {
    ArticleAnalysis a = Analyses.analyze("2016-09-22", "\"They may not want to answer and they have that right "
        + "under the Constitution,\" Rep. John Mica (R-Fla.) said. “This narrative isn’t just in our institutions,” "
        + "Malkia Cyril, the executive director at the Center of Media Justice, told The Huffington Post.");
    assertEquals("John Mica", quote(a, "They may not want").speakerName());
    Quote cyril = quote(a, "This narrative");
    assertEquals("Malkia Cyril", cyril.speakerName());
    assertEquals("told", cyril.cue());
  }

  @Test
  void aFrameLeftAloneAfterAQuestionMarkIsTheQuotes() {
    ArticleAnalysis a = Analyses.analyze("2016-09-20", "“Why isn’t this crystal clear proof that an entity as big "
        + "as Wells is too big to fail?” Vitter demanded. “Does anybody know what the platform is?” Graham asked. "
        + "“Neither do I.”\n\nThey shouted “Why?” He said the plan was dead.");
    Quote vitter = quote(a, "Why isn’t this");
    assertEquals("demanded", vitter.cue());
    assertTrue(vitter.speakerSpan().text().contains("Vitter"), vitter.speakerSpan().text());
    assertEquals("asked", quote(a, "Does anybody know").cue());
    assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("Why?") && "said".equals(q.cue())),
        "a frame with a clause of its own is not the quote's: " + a.quotes());
  }

  @Test
  void aBeliefInsideAQuoteIsPartOfTheQuote() {
    ArticleAnalysis a = Analyses.analyze("2016-09-27", "“Why won’t he release his tax returns? I think there may be "
        + "a couple of reasons,” she said.");
    assertEquals("said", quote(a, "Why won’t he").cue());
    assertTrue(a.quotes().stream().noneMatch(q -> "think".equals(q.cue())), a.quotes().toString());
  }

  @Test
  void aRelativePronounAfterAnInvertedFrameSpeaksItsOwnReport() {
    ArticleAnalysis a = Analyses.analyze("2016-09-16", "“Closing loopholes for the wealthy inevitably involves a "
        + "certain amount of administration,” said David Kamin, who emphasized that her proposals would simplify "
        + "returns for small businesses.");
    assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("David Kamin")), a.quotes().toString());
    Quote report = quote(a, "that her proposals");
    assertEquals("emphasized", report.cue());
    assertEquals("who", report.speakerSpan().text());
    assertEquals("David Kamin", report.speakerName());
  }

  @Test
  void aMannerOfSayingReportsOnlyAThatClause() {
    ArticleAnalysis a = Analyses.analyze("2016-09-28", "Lamenting their luck, Mexicans often say, ''Poor Mexico, so "
        + "far from God and so close to the United States.'' Several former RT journalists have complained they "
        + "weren't given such a free hand.");
    assertTrue(a.quotes().stream().noneMatch(q -> "Lamenting".equals(q.cue())), a.quotes().toString());
    assertEquals("say", quote(a, "Poor Mexico").cue());
    assertEquals("complained", quote(a, "they weren't given").cue());
  }

  @Test
  void aSecondClauseWithItsOwnReportingFrameIsASecondReport() {
    ArticleAnalysis a = Analyses.analyze("2016-09-16", "Obama emphasized that Burma's reforms were not complete, and "
        + "human rights groups warned that the administration was relinquishing critical leverage.");
    assertEquals("that Burma's reforms were not complete", quote(a, "that Burma's").text());
    assertEquals("human rights groups", quote(a, "that the administration").speakerName());
  }

  @Test
  void aSecondPredicateOrAGerundAfterAPrepositionHasTheSubjectOfTheFirstVerb() {
    ArticleAnalysis a = Analyses.analyze("2016-09-25", "Authorities lifted the curfew on Saturday and said a new one "
        + "would start on Friday. Trump was criticized for saying that the election was rigged. David Axelrod "
        + "called on Howard Dean to apologize for accusing Trump of drug use.");
    assertEquals("Authorities", quote(a, "a new one would start").speakerSpan().text());
    assertEquals("Trump", quote(a, "that the election was rigged").speakerSpan().text());
    assertTrue(a.quotes().stream().noneMatch(q -> "accusing".equals(q.cue()) && q.speakerSpan() != null
        && q.speakerSpan().text().contains("Axelrod")), "Dean, not Axelrod, accused: " + a.quotes());
  }

  @Test
  void aQuantifiersSpeakerIsTheNounAfterOf() {
    ArticleAnalysis a = Analyses.analyze("2016-09-16", "Many of his supporters believe bigotry and xenophobia are "
        + "acceptable.");
    assertEquals("Many of his supporters", quote(a, "bigotry and xenophobia").speakerName());
  }

  @Test
  void callingSomeoneSomethingSaysWhatTheyAre() {
    ArticleAnalysis a = Analyses.analyze("2016-09-26", "Cruz called Trump a \"pathological liar\" in May. The Trump "
        + "campaign called the charges unsubstantiated. Clinton called half of Donald Trump’s supporters "
        + "“deplorables.” Critics called the plan a “disaster” on Monday.");
    assertEquals("the plan a “disaster”", quote(a, "the plan").text(), "the time is the frame's");
    Quote liar = quote(a, "Trump a \"pathological liar");
    assertEquals("called", liar.cue());
    assertEquals("Cruz", liar.speakerSpan().text());
    assertEquals("The Trump campaign", quote(a, "the charges unsubstantiated").speakerSpan().text());
    assertEquals("Clinton", quote(a, "half of Donald Trump’s supporters").speakerSpan().text());
  }

  @Test
  void callingThePoliceAMeetingOrOneselfSaysNothing() {
    ArticleAnalysis a = Analyses.analyze("2016-09-26", "The governor called the police. Officials called a meeting "
        + "on Tuesday. A group calling itself the Islamic State took responsibility. She called her mother a day "
        + "later. The band leader called Democratic bigwigs to the stage.");
    assertTrue(a.quotes().stream().noneMatch(q -> q.cue() != null && q.cue().startsWith("call")), a.quotes().toString());
  }

  @Test
  void aSpeechActTheTaggerReadAsAParticipleAfterANameStillSpeaks() {
    ArticleAnalysis a = Analyses.analyze("2016-10-07", "In July, the NAACP called for a moratorium on charter "
        + "schools. Keron Blair, executive director of AROS, called for more school investment in a statement on "
        + "Thursday. The measures called for by the treaty took effect.");
    assertEquals("the NAACP", quote(a, "a moratorium").speakerSpan().text());
    Quote blair = quote(a, "more school investment");
    assertEquals("more school investment", blair.text(), "the medium is the frame's");
    assertTrue(blair.speakerSpan().text().contains("Keron Blair"), blair.toString());
    assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("by the treaty")), a.quotes().toString());
  }

  @Test
  void theSubjectOfASpeechActAfterAnAppositionSpeaksNotItsObject() {
    ArticleAnalysis a = Analyses.analyze("2016-09-23", "Jo-Renee Formicola, a political science professor at Seton "
        + "Hall University, described Trump's approach in terms of lowering expectations.");
    assertTrue(quote(a, "Trump's approach").speakerSpan().text().contains("Formicola"), a.quotes().toString());
  }

  @Test
  void aReportedClauseMayOpenWithThereTooOrNeither() {
    ArticleAnalysis a = Analyses.analyze("2016-09-30", "Mike Pence says too much is made of Donald Trump’s tweets. "
        + "Clinton says there needs to be a law that requires nominees to release their tax returns. A spokeswoman "
        + "for Hillary Clinton says neither the nominee nor her campaign helped her. He said again and again.");
    assertEquals("Mike Pence", quote(a, "too much is made").speakerName());
    assertEquals("says", quote(a, "there needs to be a law").cue());
    assertEquals("A spokeswoman for Hillary Clinton", quote(a, "neither the nominee").speakerSpan().text());
    assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("again")), a.quotes().toString());
  }

  @Test
  void anAdjunctMayOpenAReportedClauseAfterThat() {
    ArticleAnalysis a = Analyses.analyze("2016-09-18", "E.U. leaders warn that if the bloc fails to ensure security "
        + "for its citizens, it could rapidly fall apart. The study found that in the state's three largest "
        + "counties, voters have been taken off the rolls.");
    assertEquals("E.U. leaders", quote(a, "that if the bloc fails").speakerSpan().text());
    assertEquals("found", quote(a, "that in the state's").cue());
  }

  @Test
  void anInvertedFrameWithAnAppositionReportsTheClauseBeforeIt() {
    ArticleAnalysis a = Analyses.analyze("2016-09-22", "Its first national television ad could start this week, said "
        + "Brian Baker, a longtime political adviser to the Ricketts family who oversees the super PAC.");
    Quote q = quote(a, "Its first national television ad");
    assertEquals("Its first national television ad could start this week", q.text());
    assertEquals("Brian Baker", q.speakerSpan().text());
    assertTrue(a.quotes().stream().noneMatch(x -> x.text().startsWith("Brian Baker")), a.quotes().toString());
  }

  @Test
  void aTranscriptTurnIsItsSpeakersQuote() {
    ArticleAnalysis a = Analyses.analyze("2016-09-25", "Partial transcript as follows:\n\n\"WALLACE: If I may, sir, "
        + "because we’ve got limited time. Will Gennifer Flowers be there?\n\n\"PENCE: Gennifer Flowers will not be "
        + "attending the debate tomorrow night.\n\nCLARIFICATION: The first sentence has been clarified.");
    Quote question = quote(a, "If I may, sir");
    assertEquals("WALLACE", question.speakerSpan().text());
    assertEquals(":", question.cue());
    assertTrue(question.text().endsWith("Will Gennifer Flowers be there?"), question.text());
    assertEquals("PENCE", quote(a, "Gennifer Flowers will not").speakerSpan().text());
    assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("The first sentence")), a.quotes().toString());
  }

  @Test
  void aReportedClauseEndsAtASemicolonASecondReportOrTheMainClause() {
    ArticleAnalysis a = Analyses.analyze("2016-10-03", "Trump said he would order a thorough review of the nation’s "
        + "computer defenses and warned against potential hackers from China. Republicans said the timing of the "
        + "immunity news was not intentional; they only learned on Friday of the arrangements. While his advisers "
        + "have suggested his most powerful role is as a convert, Mr. Obama is also determined to warn his "
        + "supporters. Smith said the company grew and hired more workers.");
    assertEquals("he would order a thorough review of the nation’s computer defenses",
        quote(a, "he would order").text());
    assertEquals("the timing of the immunity news was not intentional", quote(a, "the timing of").text());
    assertEquals("his most powerful role is as a convert", quote(a, "his most powerful role").text());
    assertEquals("the company grew and hired more workers", quote(a, "the company grew").text(),
        "a second predicate with no reporting verb stays in the report");
  }

  @Test
  void aReportedQuestionOrAccountIsAWhClause() {
    ArticleAnalysis a = Analyses.analyze("2016-09-15", "Ham explained why he backs Trump over Hillary Clinton. "
        + "Lawmakers also asked whether the deals required the recipients to cooperate. Lawmakers have not said "
        + "when they would take up the reauthorization. She said when she resigned that the network lied.");
    assertEquals("why he backs Trump over Hillary Clinton", quote(a, "why he backs").text());
    assertEquals("asked", quote(a, "whether the deals").cue());
    assertEquals("Lawmakers", quote(a, "when they would take up").speakerSpan().text());
    assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("when she resigned")), a.quotes().toString());
  }

  @Test
  void aQuoteYelledOrReadFromALetterHasItsSpeaker() {
    ArticleAnalysis a = Analyses.analyze("2016-09-25", "\"Did you shoot him? He better not be dead,\" she yells. "
        + "“You work hard. You pay your taxes. So why didn’t Donald Trump pay his?” a narrator in the Clinton ad "
        + "asks. “We see charter schools offering false promises,” the letter reads. He read “The Art of the Deal” "
        + "on the plane.");
    assertEquals("yells", quote(a, "Did you shoot him").cue());
    assertEquals("asks", quote(a, "You work hard").cue());
    assertEquals("the letter", quote(a, "We see charter schools").speakerSpan().text());
    assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("The Art")), "a title read is no quote");
  }

  @Test
  void anExplicitThatOpensAClauseWithAnAdjunctOrAGerund() {
    ArticleAnalysis a = Analyses.analyze("2016-09-27", "Donald Trump held a rally in Ohio on Tuesday. He suggested "
        + "that profiting off the 2008 housing collapse was good business. Trump said that, if elected, he'd leave "
        + "such decisions to military leaders.");
    assertEquals("suggested", quote(a, "that profiting off the 2008 housing collapse").cue());
    assertEquals("Donald Trump", quote(a, "that, if elected, he'd leave").speakerName());
  }

  @Test
  void aThatWithNoClauseReportsNothing() {
    ArticleAnalysis a = Analyses.analyze("2016-09-27", "Trump said that to reporters on Tuesday. The mayor "
        + "promised that, and more.");
    assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("that")), a.quotes().toString());
  }

  @Test
  void pointedOutReportsTheClauseAfterItsParticle() {
    ArticleAnalysis a = Analyses.analyze("2021-03-02", "The auditor pointed out that the city had overspent by $2 "
        + "million. The guide pointed out the window at the old harbor.");
    Quote q = quote(a, "that the city had overspent");
    assertEquals("that the city had overspent by $2 million", q.text());
    assertEquals("pointed", q.cue());
    assertEquals("The auditor", q.speakerSpan().text());
    assertTrue(a.quotes().stream().noneMatch(x -> x.text().contains("the window")), a.quotes().toString());
  }
}
