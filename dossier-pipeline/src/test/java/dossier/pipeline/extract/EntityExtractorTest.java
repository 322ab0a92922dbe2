package dossier.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import dossier.pipeline.Analyses;
import org.junit.jupiter.api.Test;

/** Entities on news sentences beyond the reference example: the class of each correction, not its instance. */
class EntityExtractorTest {

  @Test
  void organizationEvidenceOverridesAPersonTag() {
    ArticleAnalysis a = Analyses.analyze("2019-07-10", "Wagner, the Kremlin-linked group, denied the report. "
        + "Human Rights Watch said Wagner fighters had tortured prisoners. A member of Wagner, who asked not to be "
        + "named, told Meduza that the unit was paid in cash.");
    assertEquals("ORGANIZATION", Analyses.entity(a, "Wagner").orElseThrow().type());
    assertEquals("NGO", Analyses.entity(a, "Human Rights Watch").orElseThrow().subtype());
    assertEquals("MEDIA", Analyses.entity(a, "Meduza").orElseThrow().subtype());
    assertTrue(Analyses.entity(a, "Kremlin-linked").isEmpty(), "an adjective built on a name is no entity");
  }

  @Test
  void companyWhichIsRunByAndCategoryNounsMakeOrganizations() {
    ArticleAnalysis a = Analyses.analyze("2023-03-15", "Fighters of the private military company Redut, which is "
        + "run by Russia's military intelligence, have been seen near Bakhmut. Redut fighters were recruited in "
        + "Moscow, according to the investigative outlet iStories.media. The head of Redut, Anton Sergeyev, 45, "
        + "declined to comment.");
    Entity redut = Analyses.entity(a, "Redut").orElseThrow();
    assertEquals("ORGANIZATION", redut.type());
    assertTrue(redut.descriptors().contains("private military company"), redut.descriptors().toString());
    Entity outlet = Analyses.entity(a, "iStories.media").orElseThrow();
    assertEquals("ORGANIZATION", outlet.type());
    assertEquals("MEDIA", outlet.subtype());
    assertEquals("45", Analyses.entity(a, "Anton Sergeyev").orElseThrow().attributes().get("age"));
  }

  @Test
  void newspapersNamedAfterPlacesAreMedia() {
    ArticleAnalysis a = Analyses.analyze("2024-05-02", "Reporters for The Washington Post said Moscow had denied "
        + "the claim. Andriy Kovalenko, a spokesman for the Ukrainian military, said the operation began in March.");
    Entity post = Analyses.entity(a, "The Washington Post").orElseThrow();
    assertEquals("ORGANIZATION", post.type());
    assertEquals("MEDIA", post.subtype());
    assertEquals("LOCATION", Analyses.entity(a, "Moscow").orElseThrow().type());
    assertTrue(Analyses.entity(a, "Andriy Kovalenko").orElseThrow().descriptors()
        .contains("spokesman for the Ukrainian military"));
  }

  @Test
  void homonymsStayApartAndSurnamesJoinTheNearestFullName() {
    ArticleAnalysis a = Analyses.analyze("2023-02-01", "Dmitry Medvedev, the former Russian president, threatened "
        + "Europe on Monday. Medvedev wrote that the war would go on. Separately, Andrei Medvedev, 26, a former "
        + "Wagner commander, asked for asylum in Norway. Medvedev said he feared for his life.");
    var dmitry = Analyses.entity(a, "Dmitry Medvedev").orElseThrow();
    var andrei = Analyses.entity(a, "Andrei Medvedev").orElseThrow();
    assertNotEquals(dmitry, andrei);
    int secondSurname = a.text().indexOf("Medvedev said");
    int firstSurname = a.text().indexOf("Medvedev wrote");
    assertTrue(andrei.mentions().stream().anyMatch(m -> m.start() == secondSurname), andrei.mentions().toString());
    assertTrue(dmitry.mentions().stream().anyMatch(m -> m.start() == firstSurname), dmitry.mentions().toString());
    assertEquals("26", andrei.attributes().get("age"));
  }

  @Test
  void aSurnameJoinsTheFullNameThatEndsInAGenerationalSuffix() {
    // ECB+ train topic 3: "Arcade Joseph Comeaux Jr" and "Comeaux" were two people of one article.
    ArticleAnalysis a = Analyses.analyze("2009-11-30", "Texas inmate Arcade Joseph Comeaux Jr. escaped on Monday "
        + "while he was being moved to a prison in Beaumont. Comeaux, 49, took the officers' weapons. Police said "
        + "Joseph Comeaux Sr. had not seen his son in years.");
    Entity jr = a.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().contains("Jr")))
        .findFirst().orElseThrow();
    int surname = a.text().indexOf("Comeaux, 49");
    assertTrue(jr.mentions().stream().anyMatch(m -> m.start() == surname), jr.mentions().toString());
    assertTrue(jr.mentions().stream().noneMatch(m -> m.text().contains("Sr")), jr.mentions().toString());
  }

  @Test
  void titlesAndFirstNamesJoinTheFullName() {
    ArticleAnalysis a = Analyses.analyze("2019-01-14", "Paweł Adamowicz, the mayor of Gdańsk, was stabbed on "
        + "stage. \"Let's all pray for Mayor Adamowicz. Paweł, we are with you,\" Donald Tusk wrote.");
    Entity mayor = Analyses.entity(a, "Paweł Adamowicz").orElseThrow();
    assertEquals(mayor, Analyses.entity(a, "Mayor Adamowicz").orElse(mayor));
    assertTrue(Analyses.entity(a, "Paweł").map(mayor::equals).orElse(true), "a first name is the person, not a place");
    assertEquals("PERSON", mayor.type());
  }

  @Test
  void acronymsJoinTheirFullNames() {
    ArticleAnalysis a = Analyses.analyze("2019-10-12", "The Syrian Democratic Forces said Turkish shelling hit "
        + "Qamishli. The SDF added that civilians had fled.");
    Entity sdf = Analyses.entity(a, "SDF").orElseThrow();
    assertEquals(sdf, Analyses.entity(a, "Syrian Democratic Forces").orElseThrow());
    assertEquals("ORGANIZATION", sdf.type());
  }

  @Test
  void aTeamsShortNameJoinsItsFullNameButNotAfterOf() {
    ArticleAnalysis a = Analyses.analyze("2009-02-01", "The San Diego Chargers said wide receiver Vincent Jackson "
        + "was arrested early Sunday. The Chargers declined to comment further. Jackson had borrowed money from "
        + "Bank of America, which operates across America.");
    Entity chargers = Analyses.entity(a, "San Diego Chargers").orElseThrow();
    assertEquals(chargers, Analyses.entity(a, "Chargers").orElseThrow());
    assertNotEquals(Analyses.entity(a, "Bank of America").orElseThrow(), Analyses.entity(a, "America").orElseThrow());
  }

  @Test
  void pronounsAtTheStartOfASentenceAreNoNames() {
    ArticleAnalysis a = Analyses.analyze("2023-01-31", "Olena Petrenko arrived in Lviv in December. She will stay "
        + "until April.");
    // "She" is no entity of its own; coreference makes it a pronoun mention of the woman named before.
    assertEquals("Olena Petrenko", Analyses.entity(a, "She").orElseThrow().name());
    assertTrue(Analyses.entity(a, "She").orElseThrow().mentions().stream()
        .anyMatch(m -> m.text().equals("She") && dossier.model.Span.PRONOUN.equals(m.kind())));
  }
  @Test
  void aHeadlineVerbOrASentenceOpenerIsNoPartOfAPersonsName() {
    // ECB+ 5_10ecbplus and 5_3ecbplus: the tagger takes "Hire" and "Under" into the name.
    ArticleAnalysis a = Analyses.analyze("2013-05-29", "Sixers Hire Maurice Cheeks as Head Coach\n"
        + "Maurice Cheeks was officially introduced as the 21st head coach of the 76ers on Tuesday. "
        + "Under O'Brien, the team won 35 games. Will Smith attended the news conference.");
    assertTrue(a.entities().stream().noneMatch(e -> e.name().startsWith("Hire") || e.name().startsWith("Under")),
        a.entities().toString());
    assertEquals("Maurice Cheeks", Analyses.entity(a, "Maurice Cheeks").orElseThrow().name());
    assertEquals("O'Brien", Analyses.entity(a, "O'Brien").orElseThrow().name());
    assertEquals("Will Smith", Analyses.entity(a, "Will Smith").orElseThrow().name());
  }
  @Test
  void aHeadlineTheTaggerTakesForOneNameIsItsNamesButATeamNameStaysWhole() {
    // ECB+ 1_19ecbplus, 1_9ecbplus and 27_10ecbplus: the whole headline became one organization.
    ArticleAnalysis lohan = Analyses.analyze("2013-05-03", "Lindsay Lohan Checks Into Betty Ford Clinic, Rehires "
        + "Attorney Shawn Holley\nSanta Monica Chief Deputy City Attorney Terry White confirmed to The Associated Press "
        + "that Lohan has checked into an approved rehab facility. Lindsay Lohan left Morningside Recovery in Newport "
        + "Beach on Thursday.");
    assertTrue(lohan.entities().stream().noneMatch(e -> e.name().contains("Checks")), lohan.entities().toString());
    Entity person = Analyses.entity(lohan, "Lindsay Lohan").orElseThrow();
    assertEquals("PERSON", person.type());
    assertEquals(0, person.mentions().get(0).start(), "the headline's name is a mention of her");
    assertTrue(Analyses.entity(lohan, "Betty Ford Clinic").isPresent(), lohan.entities().toString());
    ArticleAnalysis patch = Analyses.analyze("2013-09-18", "Microsoft Launches Emergency Patch for Internet Explorer\n"
        + "Microsoft has just released a new security update for Internet Explorer in order to patch a flaw affecting "
        + "all versions of the company's browser.");
    assertTrue(patch.entities().stream().noneMatch(e -> e.name().contains("Launches")), patch.entities().toString());
    assertEquals(0, Analyses.entity(patch, "Microsoft").orElseThrow().mentions().get(0).start());
    // A name that goes on after a known name is no headline: "Bank of America" stays whole.
    ArticleAnalysis bank = Analyses.analyze("2011-09-29", "Bank of America Raises Debit Card Fees for Customers\n"
        + "Bank of America said on Thursday that its customers in New York will pay five dollars a month for debit "
        + "cards. Brian Moynihan, the chief executive of Bank of America, said the fee was fair.");
    assertEquals(0, Analyses.entity(bank, "Bank of America").orElseThrow().mentions().get(0).start(),
        bank.entities().toString());
    assertTrue(bank.entities().stream().noneMatch(e -> e.name().contains("Raises")), bank.entities().toString());
  }

  @Test
  void aHeadlinesOtherWordsAreCutFromTheNameTheTaggerRanThemInto() {
    // ECB+ 21_4ecbplus and 21_1ecbplus: "Queens Woman Killed" was an organization, "Vehicular Manslaughter" a
    // person who took the victim's "her", "Driver Charged\nUpdated" a name across two lines.
    ArticleAnalysis queens = Analyses.analyze("2013-09-14", "Cops: Queens Woman Killed In Hit-And-Run\n"
        + "Driver Charged With DWI, Vehicular Manslaughter\nA woman was killed in a hit-and-run when a drunken driver "
        + "struck her in Queens, police said. The driver was charged with DWI and vehicular manslaughter. Raj Chohan, "
        + "59, of Queens, had just parked her car.");
    assertTrue(queens.entities().stream().noneMatch(e -> e.name().contains("Killed") || e.name().contains("Manslaughter")
        || e.name().contains("Charged")), queens.entities().toString());
    Entity place = Analyses.entity(queens, "Queens").orElseThrow();
    assertEquals("LOCATION", place.type());
    assertEquals(6, place.mentions().get(0).start(), "the headline's place is a mention of Queens");
    ArticleAnalysis cheeks = Analyses.analyze("2013-05-29", "Nets Hire Maurice Cheeks, Esther Williams Dead\n"
        + "The Nets will hire Maurice Cheeks as an assistant coach. Esther Williams, the swimmer and actress, is dead "
        + "at 91.");
    assertEquals("Esther Williams", Analyses.entity(cheeks, "Esther Williams").orElseThrow().name());
    assertTrue(cheeks.entities().stream().noneMatch(e -> e.name().contains("Dead") || e.name().contains("Hire")),
        cheeks.entities().toString());
    // A name whose words the article never writes in lower case stays whole.
    ArticleAnalysis climb = Analyses.analyze("2013-09-15", "Climber Dies On Aoraki Mount Cook\nA climber died on "
        + "New Zealand's highest mountain on Saturday, police said.");
    assertTrue(Analyses.entity(climb, "Aoraki Mount Cook").isPresent(), climb.entities().toString());
  }

  @Test
  void aQuotedNicknameInsideAPersonsNameIsPartOfItAndAloneNamesHim() {
    // ECB+ train topic 26: the tagger cut the name into "Vincent", "Chin" and "Chin' Gigante".
    ArticleAnalysis a = Analyses.analyze("2005-12-19", "Vincent 'The Chin' Gigante, the mob boss who feigned "
        + "insanity for decades, died in prison on Monday. Gigante, 77, led the Genovese crime family. For years the "
        + "Chin wandered Greenwich Village in a bathrobe. His brother, Louis Gigante, is a priest.");
    Entity vincent = Analyses.entity(a, "Vincent 'The Chin' Gigante").orElseThrow();
    assertEquals("PERSON", vincent.type());
    assertEquals(vincent, Analyses.entity(a, "Chin").orElseThrow(), a.entities().toString());
    assertNotEquals(vincent, Analyses.entity(a, "Louis Gigante").orElseThrow());
    // A quoted title between a person and a word is no nickname.
    ArticleAnalysis title = Analyses.analyze("2013-11-22", "Jennifer Lawrence 'Catching Fire' Interview\n"
        + "Jennifer Lawrence talked about the new film with reporters in Los Angeles on Thursday.");
    assertTrue(title.entities().stream().noneMatch(e -> e.name().contains("Catching Fire Interview")
        || e.type().equals("PERSON") && e.name().contains("Catching")), title.entities().toString());
  }

  @Test
  void aSurnameTheTaggerCallsACompanyIsThePersonTheArticleNamesButAPlaceIsNot() {
    // ECB+ 31_7ecb and 31_14ecb: "Ford" was an organization of 20 mentions beside the person Phil Ford.
    ArticleAnalysis a = Analyses.analyze("2008-12-06", "UNC legend Phil Ford bowed before Tyler Hansbrough on "
        + "Thursday. Hansbrough passed Ford for the top spot in school history. Ford, an assistant coach with the "
        + "Charlotte Bobcats, said it was an honor. Denzel Washington watched the game from Washington.");
    Entity ford = Analyses.entity(a, "Phil Ford").orElseThrow();
    assertEquals("PERSON", ford.type());
    assertTrue(ford.mentions().stream().filter(m -> m.text().equals("Ford")).count() >= 2, ford.toString());
    assertNotEquals(Analyses.entity(a, "Denzel Washington").orElseThrow(), Analyses.entitiesNamed(a, "Washington").stream()
        .filter(e -> e.type().equals("LOCATION")).findFirst().orElseThrow());
  }

  @Test
  void aPlaceBeforeATeamsPluralNameIsTheTeamButThePlaceAloneStaysAPlace() {
    // ECB+ 5_4ecb and 5_2ecbplus: the tagger takes "Philadelphia" for the city and leaves "76ers" untagged.
    ArticleAnalysis a = Analyses.analyze("2008-12-13", "Mo Cheeks was fired on Saturday by the Philadelphia 76ers. "
        + "The 76ers were 9-14 this season. Cheeks played in Philadelphia for 11 seasons.");
    Entity team = Analyses.entity(a, "Philadelphia 76ers").orElseThrow();
    assertEquals("ORGANIZATION", team.type());
    assertEquals(team, Analyses.entity(a, "76ers").orElseThrow());
    assertEquals("LOCATION", Analyses.entity(a, "Philadelphia").orElseThrow().type());
    // A title-case headline's verb after a place is no team.
    ArticleAnalysis headline = Analyses.analyze("2023-01-31", "Norway Rejects Asylum Request\nThe request was "
        + "rejected in Oslo on Monday.");
    assertTrue(Analyses.entity(headline, "Norway").isPresent());
    assertTrue(headline.entities().stream().noneMatch(e -> e.type().equals("ORGANIZATION") && e.name().startsWith("Norway")),
        headline.entities().toString());
  }
  @Test
  void aMountainOrGlacierTheTaggerTakesForAPersonIsAPlaceButAPersonNamedLikeOneIsNot() {
    // ECB+ 23_2ecbplus: "Mt Cook" was a person Cook, "Mueller Glacier" a person.
    ArticleAnalysis a = Analyses.analyze("2013-09-15", "The climber fell near the Mueller Glacier below Mt Cook on "
        + "Saturday. Police Inspector Dave Gaskin said Ricki Lake and Tom Ridge were not involved.");
    assertEquals("LOCATION", Analyses.entity(a, "Mt Cook").orElseThrow().type());
    assertEquals("LOCATION", Analyses.entity(a, "Mueller Glacier").orElseThrow().type());
    assertEquals("PERSON", Analyses.entity(a, "Dave Gaskin").orElseThrow().type());
    assertEquals("PERSON", Analyses.entity(a, "Ricki Lake").orElseThrow().type());
    assertEquals("PERSON", Analyses.entity(a, "Tom Ridge").orElseThrow().type());
  }

  @Test
  void productsByTheirShapeAreMiscProductsAndCamelCasedCompaniesOrganizations() {
    // The classes of ECB+ topics 42, 43 and 40: a phone, a server maker, a laptop the tagger takes for a company.
    ArticleAnalysis a = Analyses.analyze("2013-04-29", "T-Mobile will sell the BlackBerry Q10 next month, the "
        + "carrier said. AMD bought SeaMicro, a maker of low-power servers. Apple updated its MacBook Pro line, "
        + "and the iPhone 5S and the Galaxy S4 were on show.");
    for (String product : new String[] {"BlackBerry Q10", "MacBook Pro", "iPhone 5S", "Galaxy S4"}) {
      Entity e = Analyses.entity(a, product).orElseThrow(() -> new AssertionError(product + " in " + a.entities()));
      assertEquals("MISC", e.type(), product);
      assertEquals("PRODUCT", e.subtype(), product);
    }
    assertEquals("ORGANIZATION", Analyses.entity(a, "SeaMicro").orElseThrow().type());
    assertEquals("ORGANIZATION", Analyses.entity(a, "Apple").orElseThrow().type());
  }

  @Test
  void camelCasedSurnamesHeadlinesAndCodesAloneAreNoProducts() {
    ArticleAnalysis a = Analyses.analyze("2009-02-01", "Microsoft Releases IE8 Patch For Zero Day Flaw\n"
        + "Ellen DeGeneres and John McCain met Douglas MacArthur's grandson. The G20 summit met in London.");
    assertEquals("PERSON", Analyses.entity(a, "Ellen DeGeneres").orElseThrow().type());
    assertEquals("PERSON", Analyses.entity(a, "John McCain").orElseThrow().type());
    assertTrue(a.entities().stream().noneMatch(e -> "PRODUCT".equals(e.subtype())), a.entities().toString());
  }

  @Test
  void aTitleAfterAWorkNounIsAWorkAndItsRepeatsAreToo() {
    // ECB+ topic 39's show and topic 6's films.
    ArticleAnalysis a = Analyses.analyze("2013-08-04", "Peter Capaldi will star in the BBC show Doctor Who. "
        + "Doctor Who returns in December. Jennifer Lawrence stars in the film 'Catching Fire'. Lionsgate said "
        + "Catching Fire opens in November.");
    Entity show = Analyses.entity(a, "Doctor Who").orElseThrow();
    assertEquals("WORK", show.subtype());
    assertEquals(2, show.mentions().stream().filter(m -> m.text().equals("Doctor Who")).count(), show.toString());
    Entity film = Analyses.entity(a, "Catching Fire").orElseThrow();
    assertEquals("WORK", film.subtype());
    assertEquals(2, film.mentions().stream().filter(m -> m.text().equals("Catching Fire")).count(), film.toString());
  }

  @Test
  void aNameOrDateAfterAWorkNounIsNoTitle() {
    ArticleAnalysis a = Analyses.analyze("2013-08-04", "The film Jennifer Lawrence made last year earned $400 "
        + "million. The show Monday drew eight million viewers.");
    assertEquals("PERSON", Analyses.entity(a, "Jennifer Lawrence").orElseThrow().type());
    assertTrue(a.entities().stream().noneMatch(e -> "WORK".equals(e.subtype())), a.entities().toString());
  }

  @Test
  void aSurnameTheTaggerLeavesOutIsThePersonButNotAnAdjective() {
    // ECB+ topic 29: "Andrew Luck" tagged, "Luck" alone left out.
    ArticleAnalysis a = Analyses.analyze("2012-12-24", "Colts quarterback Andrew Luck threw two touchdown passes "
        + "on Sunday. Coach Chuck Pagano said Luck was ready. Luck had struggled all day. Neil Young sang. "
        + "Young players and good luck helped the team.");
    Entity luck = Analyses.entity(a, "Andrew Luck").orElseThrow();
    assertEquals(2, luck.mentions().stream().filter(m -> m.text().equals("Luck")).count(), luck.toString());
    Entity young = Analyses.entity(a, "Neil Young").orElseThrow();
    assertTrue(young.mentions().stream().noneMatch(m -> m.text().equals("Young") && m.start() > a.text().indexOf("sang")),
        young.toString());
  }

  @Test
  void theAcronymOfACompanysOrProductsNameJoinsItButNotAPersonsInitials() {
    // ECB+ topic 27: "IE" after "Internet Explorer", left untagged.
    ArticleAnalysis a = Analyses.analyze("2008-12-17", "Microsoft released an emergency patch for Internet Explorer "
        + "on Wednesday. Users of IE should install the fix, Microsoft said. Bill Gates said nothing; "
        + "the BG initials appear on his car.");
    Entity browser = Analyses.entity(a, "Internet Explorer").orElseThrow();
    assertEquals(browser, Analyses.entity(a, "IE").orElseThrow());
    assertTrue(Analyses.entity(a, "BG").map(e -> !e.name().equals("Bill Gates")).orElse(true), a.entities().toString());
  }

  @Test
  void aProductsModelCodeAloneJoinsItsFullName() {
    ArticleAnalysis a = Analyses.analyze("2013-04-29", "T-Mobile will sell the BlackBerry Q10 in May. The Q10 "
        + "will cost $199, and the G20 ministers met in Moscow.");
    Entity phone = Analyses.entity(a, "BlackBerry Q10").orElseThrow();
    assertEquals(phone, Analyses.entity(a, "Q10").orElseThrow());
    assertTrue(Analyses.entity(a, "G20").map(e -> !e.equals(phone)).orElse(true), a.entities().toString());
  }
}
