package dossier.archive.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.archive.Archive;
import dossier.archive.EntityEditor;
import dossier.model.ArticleAnalysis;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossDocResolverTest {
  @TempDir Path dir;

  /** An entity spec: name, type, optional descriptor and age. */
  record E(String name, String type, String descriptor, String age) {
    E(String name, String type) {
      this(name, type, null, null);
    }
  }

  static ArticleAnalysis article(String id, LocalDate date, E... entities) {
    StringBuilder text = new StringBuilder();
    List<Entity> out = new ArrayList<>();
    int n = 1;
    for (E e : entities) {
      int start = text.codePointCount(0, text.length());
      text.append(e.name());
      int end = text.codePointCount(0, text.length());
      text.append(". ");
      Map<String, String> attrs = new LinkedHashMap<>();
      if (e.age() != null) attrs.put("age", e.age());
      out.add(new Entity("e" + n++, e.name(), e.type(), null, List.of(new Span(start, end, e.name())),
          e.descriptor() == null ? List.of() : List.of(e.descriptor()), attrs, null, Map.of()));
    }
    text.append(id); // distinct texts
    return new ArticleAnalysis(ArticleAnalysis.SCHEMA, id, date, id, "test", null, text.toString(), List.of(), out,
        List.of(), List.of(), List.of(), List.of(), List.of());
  }

  static final LocalDate D = LocalDate.of(2023, 1, 31);

  /** (archive entity, method) of an article entity. */
  static String[] link(Archive archive, String article, String local) throws IOException {
    return archive.read(db -> {
      try (PreparedStatement s = db.prepareStatement("SELECT l.entity, l.method, l.score FROM entity_links l JOIN articles a "
          + "ON a.pk = l.article WHERE a.id = ? AND l.local_id = ?")) {
        s.setString(1, article);
        s.setString(2, local);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return new String[] {r.getString(1), r.getString(2), r.getString(3)};
        }
      }
    });
  }

  static List<ArticleAnalysis> medvedevs() {
    return List.of(
        article("deserter", D, new E("Andrei Medvedev", "PERSON", "a former Wagner commander", "26"),
            new E("Wagner", "ORGANIZATION"), new E("Norway", "LOCATION"), new E("Yevgeny Prigozhin", "PERSON")),
        article("kremlin", D, new E("Dmitry Medvedev", "PERSON", "the former Russian president", null),
            new E("Security Council", "ORGANIZATION"), new E("Vladimir Putin", "PERSON"), new E("Kremlin", "ORGANIZATION")),
        article("asylum", D, new E("Medvedev", "PERSON", "the deserter", null), new E("Norway", "LOCATION"),
            new E("Wagner", "ORGANIZATION")),
        article("threat", D, new E("Medvedev", "PERSON"), new E("Vladimir Putin", "PERSON"),
            new E("Security Council", "ORGANIZATION")),
        article("paris", D, new E("Medvedev", "PERSON"), new E("Paris", "LOCATION")));
  }

  @Test
  void homonymsStayApartAndABareSurnameJoinsTheOneWhoseContextFits() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(medvedevs());
      String andrei = link(archive, "deserter", "e1")[0], dmitry = link(archive, "kremlin", "e1")[0];
      assertNotEquals(andrei, dmitry);
      String[] asylum = link(archive, "asylum", "e1");
      assertEquals(andrei, asylum[0]);
      assertEquals("cross-doc:surname", asylum[1]);
      String[] threat = link(archive, "threat", "e1");
      assertEquals(dmitry, threat[0]);
      assertTrue(Double.parseDouble(threat[2]) > 0.7, "context raised the score: " + threat[2]);
      // Nothing decides between the two: a separate entity, with the best score recorded.
      String[] paris = link(archive, "paris", "e1");
      assertNotEquals(andrei, paris[0]);
      assertNotEquals(dmitry, paris[0]);
      assertEquals("cross-doc:new-ambiguous", paris[1]);
      assertEquals(0.7, Double.parseDouble(paris[2]), 1e-9);
    }
  }

  @Test
  void anUnnamedParticipantJoinsOnlyTheSameDescriptionAmongTheSameNamedThings() throws Exception {
    E gunman = new E("the gunman", "PERSON");
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(
          article("first", D, gunman, new E("Cindy Kay", "PERSON"), new E("Bloomington", "LOCATION"),
              new E("Sam's Club", "ORGANIZATION")),
          article("second", D, gunman, new E("Cindy Kay", "PERSON"), new E("Bloomington", "LOCATION"),
              new E("Sam's Club", "ORGANIZATION")),
          // Same description, other story: a gunman elsewhere is someone else.
          article("other", D, gunman, new E("Bloomington", "LOCATION"), new E("Texas", "LOCATION")),
          // A name is never an unnamed participant, however alike.
          article("named", D, new E("Gunman", "PERSON"), new E("Cindy Kay", "PERSON"), new E("Bloomington", "LOCATION"),
              new E("Sam's Club", "ORGANIZATION"))));
      String first = link(archive, "first", "e1")[0];
      String[] second = link(archive, "second", "e1");
      assertEquals(first, second[0]);
      assertEquals("cross-doc:description", second[1]);
      assertNotEquals(first, link(archive, "other", "e1")[0]);
      assertNotEquals(first, link(archive, "named", "e1")[0]);
    }
  }

  /** An article entity named {@code name} with nominal mentions {@code nominals} after its name, plus the named co-mentions. */
  static ArticleAnalysis naming(String id, String name, List<String> nominals, E... others) {
    ArticleAnalysis base = article(id, D, others);
    StringBuilder text = new StringBuilder(base.text()).append(" ");
    List<Span> mentions = new ArrayList<>();
    for (String m : nominals) {
      int start = text.codePointCount(0, text.length());
      text.append(m);
      mentions.add(new Span(start, text.codePointCount(0, text.length()), m).withKind(Span.NOMINAL));
      text.append(". ");
    }
    int start = text.codePointCount(0, text.length());
    text.append(name);
    mentions.add(new Span(start, text.codePointCount(0, text.length()), name));
    List<Entity> entities = new ArrayList<>(base.entities());
    entities.add(new Entity("e" + (entities.size() + 1), name, "PERSON", null, mentions, List.of(), Map.of(), null, Map.of()));
    return new ArticleAnalysis(ArticleAnalysis.SCHEMA, id, D, id, "test", null, text.toString(), List.of(), entities,
        List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void anUnnamedParticipantThatAnArticleNamesJoinsTheNamedEntityBeforeAndAfter() throws Exception {
    E woman = new E("the woman", "PERSON");
    E queens = new E("Queens", "LOCATION"), hill = new E("Richmond Hill", "LOCATION"), camry = new E("Toyota Camry", "MISC");
    try (Archive archive = Archive.open(dir)) {
      // Two reports that never name her ("A woman has died after being hit by a car ... in Queens").
      archive.storeAll(List.of(article("ny1", D, woman, queens, hill, camry), article("wcbs", D, woman, queens, hill)));
      String unnamed = link(archive, "ny1", "e1")[0];
      assertEquals(unnamed, link(archive, "wcbs", "e1")[0]);
      // "A 59-year-old mother of two died ... Raj Chohan, 59, of Queens": the pipeline made the description hers.
      archive.storeAll(List.of(naming("cbs", "Raj Chohan", List.of("A 59-year-old mother of two", "A woman"), queens, hill)));
      String chohan = link(archive, "cbs", "e3")[0];
      String[] before = link(archive, "ny1", "e1");
      assertEquals(chohan, before[0], "the earlier reports' unnamed woman is now Raj Chohan");
      assertEquals("cross-doc:" + CrossDocResolver.IDENTIFIED, before[1]);
      assertEquals(chohan, link(archive, "wcbs", "e1")[0]);
      // A later report that does not name her joins her too, on the same evidence as two unnamed ones.
      archive.storeAll(List.of(article("later", D, woman, queens, camry)));
      assertEquals(chohan, link(archive, "later", "e1")[0]);
      assertTrue(rows(archive, "SELECT id FROM entities WHERE name = 'the woman'").isEmpty(), "no unnamed woman is left");

      // Left alone: a woman of another story (one shared place), and one two stories name differently.
      archive.storeAll(List.of(article("bronx", D, woman, queens, new E("Bronx", "LOCATION"))));
      String bronx = link(archive, "bronx", "e1")[0];
      archive.storeAll(List.of(naming("bronx-named", "Maria Lopez", List.of("the woman"), new E("Bronx", "LOCATION"),
          new E("Fordham Road", "LOCATION"))));
      assertEquals(bronx, link(archive, "bronx", "e1")[0], "one shared co-mention is no evidence");
    }
  }

  /** The article with events of one type, each a participant in one role: (role, local entity id, text). */
  static ArticleAnalysis withEvents(ArticleAnalysis a, String type, String[]... participants) {
    List<Event> events = new ArrayList<>();
    for (String[] p : participants) {
      events.add(new Event(type, null, List.of(new Event.Participant(p[0], p[1], p[2])), null, null, null, null, null,
          "asserted", "actual", Map.of()));
    }
    return new ArticleAnalysis(a.schema(), a.id(), a.date(), a.title(), a.source(), a.url(), a.text(), a.captions(),
        a.entities(), a.quotes(), a.claims(), a.times(), events, a.relations());
  }

  @Test
  void anUnnamedParticipantInTheNamedOnesRoleOfTheSameEventIsTheNamedOne() throws Exception {
    E inmate = new E("the inmate", "PERSON"), comeaux = new E("Joseph Comeaux Jr", "PERSON");
    E tdcj = new E("Texas Department of Criminal Justice", "ORGANIZATION"), baytown = new E("Baytown", "LOCATION");
    E houston = new E("Houston", "LOCATION");
    try (Archive archive = Archive.open(dir)) {
      // "Texas Lifer Escapes Prison Van Near Houston": reports that never name him.
      archive.storeAll(List.of(article("lifer", D, inmate, tdcj, baytown, houston), article("van", D, inmate, tdcj, baytown)));
      String unnamed = link(archive, "lifer", "e1")[0];
      assertEquals(unnamed, link(archive, "van", "e1")[0]);
      // "An inmate escaped from a prison van ... Joseph Comeaux Jr escaped": the article keeps the two
      // apart, but both are the agent of the escape.
      archive.storeAll(List.of(withEvents(article("tdcj", D, inmate, comeaux, tdcj, baytown), "flight",
          new String[] {"agent", "e1", "an inmate"}, new String[] {"agent", "e2", "Joseph Comeaux Jr"})));
      String named = link(archive, "tdcj", "e2")[0];
      String[] before = link(archive, "lifer", "e1");
      assertEquals(named, before[0], "the earlier reports' inmate is now Joseph Comeaux Jr");
      assertEquals("cross-doc:" + CrossDocResolver.IDENTIFIED, before[1]);
      assertEquals(named, link(archive, "tdcj", "e1")[0]);
    }
  }

  @Test
  void anArticlesOwnUnnamedParticipantInTheNamedOnesRoleIsTheNamedOneWithoutSharedCoMentions() throws Exception {
    E molester = new E("the molester", "PERSON"), comeaux = new E("Joseph Comeaux Jr", "PERSON");
    try (Archive archive = Archive.open(dir)) {
      // A child molester of another story.
      archive.storeAll(List.of(article("florida", D, molester, new E("Miami", "LOCATION"), new E("Florida", "LOCATION"))));
      String other = link(archive, "florida", "e1")[0];
      // "Convicted child molester ... Joseph Comeaux Jr was convicted": both the patient of a sentencing,
      // in an article with a single other named thing, so no archive entity shares two with it.
      archive.storeAll(List.of(withEvents(article("escape", D, molester, comeaux, new E("Texas", "LOCATION")),
          "sentencing", new String[] {"patient", "e1", "child molester"}, new String[] {"patient", "e2", "Joseph Comeaux Jr"})));
      String named = link(archive, "escape", "e2")[0];
      String[] own = link(archive, "escape", "e1");
      assertEquals(named, own[0], "the article's own molester is Joseph Comeaux Jr");
      assertEquals("cross-doc:" + CrossDocResolver.IDENTIFIED, own[1]);
      assertEquals(other, link(archive, "florida", "e1")[0], "the other story's molester stays apart");
      assertNotEquals(named, other);
    }
  }

  @Test
  void sharedRolesLeaveApartGroupsOtherRolesAndSeveralNamedParticipants() throws Exception {
    E nichols = new E("Brian Nichols", "PERSON"), teasley = new E("Hoyt Teasley", "PERSON");
    E man = new E("the man", "PERSON"), officers = new E("the officers", "PERSON");
    E atlanta = new E("Atlanta", "LOCATION"), fulton = new E("Fulton County Courthouse", "ORGANIZATION");
    // "Brian Nichols ... killed ... a man": two named agents of the killing, so neither is "the man".
    ArticleAnalysis two = withEvents(article("two", D, nichols, teasley, man, atlanta, fulton), "killing",
        new String[] {"agent", "e1", "Brian Nichols"}, new String[] {"agent", "e2", "Hoyt Teasley"},
        new String[] {"agent", "e3", "a man"});
    assertTrue(SharedRoles.descriptions(two).isEmpty());
    // The named killer and the unnamed victim: other roles.
    ArticleAnalysis roles = withEvents(article("roles", D, nichols, man, atlanta), "killing",
        new String[] {"agent", "e1", "Brian Nichols"}, new String[] {"victim", "e2", "a man"});
    assertTrue(SharedRoles.descriptions(roles).isEmpty());
    // "two correctional officers" with him as agents of an escape: a group is not the one named man.
    ArticleAnalysis group = withEvents(article("group", D, nichols, officers, atlanta), "flight",
        new String[] {"agent", "e1", "Brian Nichols"}, new String[] {"agent", "e2", "two correctional officers"});
    assertTrue(SharedRoles.descriptions(group).isEmpty());
    // The one named and the one unnamed patient: the description of the unnamed one ("Mafia boss", "the boss") is his.
    ArticleAnalysis boss = withEvents(article("boss", D, new E("Gaetano Lo Presti", "PERSON"), new E("the boss", "PERSON")),
        "arrest", new String[] {"patient", "e1", "Gaetano Lo Presti"}, new String[] {"patient", "e2", "Mafia boss"});
    assertEquals(Map.of("e1", java.util.Set.of("the boss")), SharedRoles.descriptions(boss));
  }

  @Test
  void anUnnamedParticipantTwoArticlesNameDifferentlyStaysUnnamed() throws Exception {
    E actress = new E("the actress", "PERSON");
    E betty = new E("Betty Ford Center", "ORGANIZATION"), rehab = new E("Rancho Mirage", "LOCATION");
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(article("a", D, actress, betty, rehab), article("b", D, actress, betty, rehab)));
      String unnamed = link(archive, "a", "e1")[0];
      // "actress Lindsay Lohan" and "actress Tara Reid", both at the same clinic.
      archive.storeAll(List.of(naming("lohan", "Lindsay Lohan", List.of("actress"), betty, rehab),
          naming("reid", "Tara Reid", List.of("actress"), betty, rehab)));
      assertEquals(unnamed, link(archive, "a", "e1")[0]);
      assertNotEquals(link(archive, "lohan", "e3")[0], link(archive, "reid", "e3")[0]);
    }
  }

  @Test
  void anUnnamedParticipantThatFitsTwoOfItsDescriptionJoinsTheBestInsteadOfMakingAThird() throws Exception {
    E climber = new E("the climber", "PERSON");
    E cook = new E("Mount Cook", "LOCATION"), zealand = new E("New Zealand", "LOCATION"), aoraki = new E("Aoraki", "LOCATION");
    E christchurch = new E("Christchurch", "LOCATION"), canterbury = new E("Canterbury", "LOCATION");
    try (Archive archive = Archive.open(dir)) {
      // Two reports of one fall that share only the mountain: two unnamed climbers.
      archive.storeAll(List.of(article("a", D, climber, cook, zealand, aoraki), article("b", D, climber, cook, christchurch, canterbury)));
      String a = link(archive, "a", "e1")[0], b = link(archive, "b", "e1")[0];
      assertNotEquals(a, b);
      // A third report shares three named things with each.
      archive.storeAll(List.of(article("c", D, climber, cook, zealand, aoraki, christchurch, canterbury)));
      String[] c = link(archive, "c", "e1");
      assertEquals(a, c[0]);
      assertEquals("cross-doc:" + CrossDocResolver.TIE, c[1]);
      // Left alone: one that shares a single named thing with them (no evidence) makes its own.
      archive.storeAll(List.of(article("d", D, climber, cook, new E("Nepal", "LOCATION"))));
      String[] d = link(archive, "d", "e1");
      assertNotEquals(a, d[0]);
      assertNotEquals(b, d[0]);
    }
  }

  @Test
  void anEntityThatFitsTwoArchiveEntitiesWhichFitEachOtherJoinsTheFirstInsteadOfMakingAThird() throws Exception {
    E woman = new E("the woman", "PERSON");
    List<E> story = List.of(new E("Raj Chohan", "PERSON"), new E("Queens", "LOCATION"), new E("Toyota Camry", "MISC"));
    try (Archive archive = Archive.open(dir)) {
      // The headline's "Woman killed in Queens" and the lead's "A woman has died" left one article two unnamed women.
      List<E> twice = new ArrayList<>(List.of(woman, woman));
      twice.addAll(story);
      List<E> once = new ArrayList<>(List.of(woman));
      once.addAll(story);
      archive.storeAll(List.of(article("headline", D, twice.toArray(E[]::new)), article("later", D, once.toArray(E[]::new))));
      String first = link(archive, "headline", "e1")[0];
      assertNotEquals(first, link(archive, "headline", "e2")[0], "one article's two entities are the pipeline's decision");
      String[] later = link(archive, "later", "e1");
      assertEquals(first, later[0]);
      assertEquals("cross-doc:" + CrossDocResolver.TIE, later[1]);
    }
  }

  @Test
  void surnameJoinsTheOnlyFullNameAndTheAgeKeepsNamesakesApart() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(article("a", D, new E("Olaf Scholz", "PERSON", null, "64")),
          article("b", D, new E("Scholz", "PERSON")), article("c", D, new E("O. Scholz", "PERSON")),
          article("d", D, new E("Olaf Scholz", "PERSON", null, "19"))));
      String scholz = link(archive, "a", "e1")[0];
      assertEquals(scholz, link(archive, "b", "e1")[0]);
      assertEquals("cross-doc:initials", link(archive, "c", "e1")[1]);
      assertEquals(scholz, link(archive, "c", "e1")[0]);
      String[] young = link(archive, "d", "e1");
      assertNotEquals(scholz, young[0]);
      assertEquals("cross-doc:new-conflict", young[1]);
    }
  }

  @Test
  void aGenerationalSuffixIsNoSurnameButJuniorAndSeniorStayApart() throws Exception {
    // ECB+ train topic 3: "Arcade Joseph Comeaux Jr" in some reports, "Joseph Comeaux" and "Comeaux" in others.
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(article("escape", D, new E("Joseph Comeaux Jr", "PERSON")),
          article("manhunt", D, new E("Joseph Comeaux", "PERSON")), article("caught", D, new E("Comeaux", "PERSON")),
          article("father", D, new E("Joseph Comeaux Sr", "PERSON")), article("junior", D, new E("Jr", "PERSON"))));
      String jr = link(archive, "escape", "e1")[0];
      String[] manhunt = link(archive, "manhunt", "e1");
      assertEquals(jr, manhunt[0]);
      assertEquals("cross-doc:full-name", manhunt[1]);
      assertEquals(jr, link(archive, "caught", "e1")[0]);
      assertNotEquals(jr, link(archive, "father", "e1")[0]);
      assertNotEquals(jr, link(archive, "junior", "e1")[0]);
    }
    assertEquals("comeaux", NameVariants.surname(NameVariants.tokens("Arcade Joseph Comeaux Jr.")));
    assertEquals("iii", NameVariants.surname(NameVariants.tokens("Charles III")));
    assertTrue(NameVariants.differentGivenNames(NameVariants.tokens("Joseph Comeaux Jr"),
        NameVariants.tokens("Joseph Comeaux Sr")));
  }

  @Test
  void acronymsBothWaysAndSuffixVariants() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(article("a", D, new E("Syrian Democratic Forces", "ORGANIZATION")),
          article("b", D, new E("SDF", "ORGANIZATION")), article("c", D, new E("NATO", "ORGANIZATION")),
          article("d", D, new E("North Atlantic Treaty Organization", "ORGANIZATION")),
          article("e", D, new E("the Wagner Group", "ORGANIZATION")), article("f", D, new E("Wagner", "ORGANIZATION"))));
      assertEquals(link(archive, "a", "e1")[0], link(archive, "b", "e1")[0]);
      assertEquals("cross-doc:acronym", link(archive, "b", "e1")[1]);
      // "Organization" is dropped as a suffix: NAT... does not spell NATO; the full initials do.
      assertEquals(link(archive, "e", "e1")[0], link(archive, "f", "e1")[0]);
      assertEquals("cross-doc:org-variant", link(archive, "f", "e1")[1]);
    }
  }

  @Test
  void pluralWordsAndPlaceHeadsBeforeOrAfterTheNameAreVariants() throws Exception {
    // ECB+ train topics 11 and 20: "Central Elections Commission" / "Central Election Commission" and its
    // acronym; "Iranian Island of Qeshm" / "Qeshm island"; "Indonesian province of Aceh" / "Aceh province".
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(article("vote", D, new E("Central Election Commission", "ORGANIZATION")),
          article("count", D, new E("Central Elections Commission", "ORGANIZATION")),
          article("cec", D, new E("CEC", "ORGANIZATION")),
          article("quake", D, new E("Qeshm island", "LOCATION")),
          article("tourist", D, new E("Iranian Island of Qeshm", "MISC")),
          article("aceh", D, new E("Aceh province", "LOCATION")),
          article("tsunami", D, new E("Indonesian province of Aceh", "LOCATION")),
          article("sumatra", D, new E("Sumatra's Aceh province", "LOCATION")),
          // Left alone: a city is not its state, a park is not a possessive's place, a bank is no place head.
          article("ny", D, new E("New York", "LOCATION")), article("nyc", D, new E("New York City", "LOCATION")),
          article("park", D, new E("Queen's Park", "LOCATION")), article("queen", D, new E("Park", "LOCATION")),
          article("boa", D, new E("Bank of America", "ORGANIZATION")), article("ab", D, new E("America Bank", "ORGANIZATION"))));
      String commission = link(archive, "vote", "e1")[0];
      assertEquals(commission, link(archive, "count", "e1")[0]);
      assertEquals("cross-doc:org-variant", link(archive, "count", "e1")[1]);
      assertEquals(commission, link(archive, "cec", "e1")[0]);
      assertEquals(link(archive, "quake", "e1")[0], link(archive, "tourist", "e1")[0]);
      assertEquals("cross-doc:place-variant", link(archive, "tourist", "e1")[1]);
      assertEquals(link(archive, "aceh", "e1")[0], link(archive, "tsunami", "e1")[0]);
      assertEquals(link(archive, "aceh", "e1")[0], link(archive, "sumatra", "e1")[0]);
      assertNotEquals(link(archive, "ny", "e1")[0], link(archive, "nyc", "e1")[0]);
      assertNotEquals(link(archive, "park", "e1")[0], link(archive, "queen", "e1")[0]);
      assertNotEquals(link(archive, "boa", "e1")[0], link(archive, "ab", "e1")[0]);
    }
  }

  @Test
  void eitherNameOfADualNameNamesThePlace() throws Exception {
    // ECB+ dev topic 23: "Aoraki - Mount Cook" in the first report, "Mount Cook" and "Mt Cook" in the others.
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(article("dual", D, new E("Aoraki - Mount Cook", "LOCATION")),
          article("short", D, new E("Mount Cook", "LOCATION")), article("mt", D, new E("Mt Cook", "LOCATION")),
          article("slash", D, new E("Aoraki/Mount Cook", "LOCATION")),
          // Left alone: a longer name that holds the part, and a one-word part ("Guinea-Bissau" is no Guinea).
          article("village", D, new E("Mount Cook Village", "LOCATION")),
          article("gb", D, new E("Guinea - Bissau", "LOCATION")), article("guinea", D, new E("Guinea", "LOCATION"))));
      String cook = link(archive, "dual", "e1")[0];
      assertEquals(cook, link(archive, "short", "e1")[0]);
      assertEquals("cross-doc:dual-name", link(archive, "short", "e1")[1]);
      assertEquals(cook, link(archive, "mt", "e1")[0]);
      assertEquals(cook, link(archive, "slash", "e1")[0]);
      assertNotEquals(cook, link(archive, "village", "e1")[0]);
      assertNotEquals(link(archive, "gb", "e1")[0], link(archive, "guinea", "e1")[0]);
    }
  }

  @Test
  void britishAndAmericanSpellingsOfAVenueAreOneName() throws Exception {
    // ECB+ train topic 1: "the Betty Ford Centre" beside "Betty Ford Center", "Promises Treatment Centre" beside "...Center".
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(article("us", D, new E("Betty Ford Center", "ORGANIZATION")),
          article("uk", D, new E("Betty Ford Centre", "LOCATION")),
          article("theater", D, new E("Kodak Theater", "LOCATION")), article("theatre", D, new E("Kodak Theatre", "LOCATION")),
          // Left alone: the person the centre is named after.
          article("person", D, new E("Betty Ford", "PERSON"))));
      assertEquals(link(archive, "us", "e1")[0], link(archive, "uk", "e1")[0]);
      assertEquals("cross-doc:spelling", link(archive, "uk", "e1")[1]);
      assertEquals(link(archive, "theater", "e1")[0], link(archive, "theatre", "e1")[0]);
      assertNotEquals(link(archive, "us", "e1")[0], link(archive, "person", "e1")[0]);
    }
  }

  @Test
  void namesOfOneFacilityThatDifferInWhatKindItIsAreOne() throws Exception {
    // ECB+ train topic 1: "Betty Ford Center", "the Betty Ford Clinic", "Betty Ford Treatment Center"; "Cliffside" and
    // "Cliffside Rehab Center" in reports of Lindsay Lohan's stay in Malibu.
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(article("center", D, new E("Betty Ford Center", "ORGANIZATION")),
          article("clinic", D, new E("Betty Ford Clinic", "ORGANIZATION")),
          article("treatment", D, new E("Betty Ford Treatment Center", "ORGANIZATION")),
          article("cliffside", D, new E("Cliffside", "LOCATION"), new E("Lindsay Lohan", "PERSON"), new E("Malibu", "LOCATION")),
          article("rehab", D, new E("Cliffside Rehab Center", "LOCATION"), new E("Lindsay Lohan", "PERSON"),
              new E("Malibu", "LOCATION")),
          // Left alone: a one-word name and a centre of that word with nothing shared ("Staples" the company, the arena).
          article("staples", D, new E("Staples", "ORGANIZATION"), new E("Boston", "LOCATION")),
          article("arena", D, new E("Staples Center", "LOCATION"), new E("Los Angeles Lakers", "ORGANIZATION"))));
      String fordCenter = link(archive, "center", "e1")[0];
      assertEquals(fordCenter, link(archive, "clinic", "e1")[0]);
      assertEquals("cross-doc:facility-variant", link(archive, "clinic", "e1")[1]);
      assertEquals(fordCenter, link(archive, "treatment", "e1")[0]);
      assertEquals(link(archive, "cliffside", "e1")[0], link(archive, "rehab", "e1")[0]);
      assertNotEquals(link(archive, "staples", "e1")[0], link(archive, "arena", "e1")[0]);
    }
  }

  @Test
  void theMediterraneanIsTheMediterraneanSeaInTheSameStory() throws Exception {
    // ECB+ train topic 30: "in the Mediterranean between Sicily and Tunisia", "in the Mediterranean Sea" (cables cut).
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(
          article("short", D, new E("Mediterranean", "LOCATION"), new E("Sicily", "LOCATION"), new E("Tunisia", "LOCATION")),
          article("sea", D, new E("Mediterranean Sea", "LOCATION"), new E("Sicily", "LOCATION"), new E("Tunisia", "LOCATION")),
          // Left alone: a sea and a one-word place with nothing shared; a sea of two words before its head.
          article("north", D, new E("North", "LOCATION"), new E("Newcastle", "LOCATION")),
          article("oil", D, new E("North Sea", "LOCATION"), new E("Norway", "LOCATION")),
          article("region", D, new E("South China", "LOCATION"), new E("Vietnam", "LOCATION"), new E("Beijing", "LOCATION")),
          article("waters", D, new E("South China Sea", "LOCATION"), new E("Vietnam", "LOCATION"), new E("Beijing", "LOCATION"))));
      assertEquals(link(archive, "short", "e1")[0], link(archive, "sea", "e1")[0]);
      assertEquals("cross-doc:water-variant", link(archive, "sea", "e1")[1]);
      assertNotEquals(link(archive, "north", "e1")[0], link(archive, "oil", "e1")[0]);
      assertNotEquals(link(archive, "region", "e1")[0], link(archive, "waters", "e1")[0]);
    }
  }

  @Test
  void lettersWithFullStopsAndOneWordWrittenAsTwoAreVariants() throws Exception {
    // ECB+ train topics 3, 4, 9, 12, 20, 27, 28, 30, 34: "U.S." and "US" were two archive entities, as were
    // "U.S. Geological Survey" and "US Geological Survey"; topic 10: "FoxSports" and "Fox Sports".
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(article("a", D, new E("U.S.", "LOCATION"), new E("U.S. Geological Survey", "ORGANIZATION")),
          article("b", D, new E("US", "LOCATION"), new E("US Geological Survey", "ORGANIZATION")),
          article("c", D, new E("FoxSports", "ORGANIZATION")), article("d", D, new E("Fox Sports", "ORGANIZATION")),
          article("e", D, new E("SeaMicro", "ORGANIZATION")), article("f", D, new E("Sea Micro", "ORGANIZATION")),
          // Left alone: words that spell more than the one-word name; a person's initials stay initials
          // ("J. R. Smith" is no "Jr Smith": J. = John, as before).
          article("g", D, new E("Newark", "LOCATION")), article("h", D, new E("New Ark Church", "ORGANIZATION")),
          article("i", D, new E("J. R. Smith", "PERSON")), article("j", D, new E("John Smith", "PERSON"))));
      assertEquals(link(archive, "a", "e1")[0], link(archive, "b", "e1")[0]);
      assertEquals(link(archive, "a", "e2")[0], link(archive, "b", "e2")[0]);
      assertEquals("cross-doc:org-variant", link(archive, "b", "e2")[1]);
      assertEquals(link(archive, "c", "e1")[0], link(archive, "d", "e1")[0]);
      assertEquals(link(archive, "e", "e1")[0], link(archive, "f", "e1")[0]);
      assertNotEquals(link(archive, "g", "e1")[0], link(archive, "h", "e1")[0]);
      assertEquals("cross-doc:initials", link(archive, "j", "e1")[1]);
    }
  }

  @Test
  void aTeamsShortNameJoinsItsFullNameAmongTheSameNamedThings() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(
          article("full", D, new E("San Diego Chargers", "ORGANIZATION"), new E("Vincent Jackson", "PERSON"),
              new E("San Diego", "LOCATION")),
          // The short name alone, nothing shared: too little to say which team it is.
          article("alone", D, new E("Chargers", "ORGANIZATION"), new E("Paris", "LOCATION")),
          // After a linking word the tail names something else; and a place is never a team's tail.
          article("bank", D, new E("Bank of America", "ORGANIZATION"), new E("Vincent Jackson", "PERSON")),
          article("america", D, new E("America", "ORGANIZATION"), new E("Vincent Jackson", "PERSON")),
          article("korea", D, new E("North Korea", "LOCATION"), new E("Kim Jong Un", "PERSON")),
          article("south", D, new E("Korea", "LOCATION"), new E("Kim Jong Un", "PERSON"))));
      assertNotEquals(link(archive, "full", "e1")[0], link(archive, "alone", "e1")[0]);
      assertNotEquals(link(archive, "bank", "e1")[0], link(archive, "america", "e1")[0]);
      assertNotEquals(link(archive, "korea", "e1")[0], link(archive, "south", "e1")[0]);
    }
    try (Archive archive = Archive.open(dir.resolve("story"))) {
      archive.storeAll(List.of(
          article("full", D, new E("San Diego Chargers", "ORGANIZATION"), new E("Vincent Jackson", "PERSON"),
              new E("San Diego", "LOCATION")),
          // "the Chargers" in a story about the same player: the team.
          article("short", D, new E("Chargers", "ORGANIZATION"), new E("Vincent Jackson", "PERSON"))));
      String[] shortName = link(archive, "short", "e1");
      assertEquals(link(archive, "full", "e1")[0], shortName[0]);
      assertEquals("cross-doc:org-tail", shortName[1]);
    }
  }

  @Test
  void diacriticsAndSpellingVariants() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(article("a", D, new E("Recep Tayyip Erdoğan", "PERSON"), new E("Kiev", "LOCATION")),
          article("b", D, new E("Recep Tayyip Erdogan", "PERSON"), new E("Kyiv", "LOCATION")),
          article("c", D, new E("Erdogan", "PERSON"))));
      String erdogan = link(archive, "a", "e1")[0];
      assertEquals(erdogan, link(archive, "b", "e1")[0]);
      assertEquals("cross-doc:name", link(archive, "b", "e1")[1]);
      assertEquals(erdogan, link(archive, "c", "e1")[0]);
      assertEquals(link(archive, "a", "e2")[0], link(archive, "b", "e2")[0]);
      assertEquals("cross-doc:spelling", link(archive, "b", "e2")[1]);
    }
    // ECB+ topic 23: "Mt Cook" is Mount Cook; another mountain stays another.
    try (Archive archive = Archive.open(dir.resolve("mountains"))) {
      archive.storeAll(List.of(article("a", D, new E("Mount Cook", "LOCATION")), article("b", D, new E("Mt Cook", "LOCATION")),
          article("c", D, new E("Mt Everest", "LOCATION"))));
      assertEquals(link(archive, "a", "e1")[0], link(archive, "b", "e1")[0]);
      assertEquals("cross-doc:spelling", link(archive, "b", "e1")[1]);
      assertNotEquals(link(archive, "a", "e1")[0], link(archive, "c", "e1")[0]);
    }
  }

  @Test
  void theSameFullNameJoinsAcrossThePersonTypeButAOneWordNameOnlyWithTwoSharedCoMentions() throws Exception {
    // ECB+ train topics 29 and 5: the tagger calls "Peyton Manning" and "Elton Brand" a person in one
    // article and an organization in the next; topic 27's "IE6" is a person in one, a place in another.
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(
          article("colts", D, new E("Peyton Manning", "PERSON"), new E("Indianapolis Colts", "ORGANIZATION")),
          article("record", D, new E("Peyton Manning", "ORGANIZATION"), new E("Andrew Luck", "PERSON")),
          article("sixers", D, new E("Elton Brand", "ORGANIZATION")),
          article("signed", D, new E("Elton Brand", "PERSON")),
          article("patch", D, new E("IE6", "PERSON")), article("browsers", D, new E("IE6", "LOCATION")),
          // One word names a person and a country alike.
          article("king", D, new E("Jordan", "PERSON")), article("amman", D, new E("Jordan", "LOCATION"))));
      String[] record = link(archive, "record", "e1");
      assertEquals(link(archive, "colts", "e1")[0], record[0]);
      assertEquals("cross-doc:name-across-types", record[1]);
      assertEquals(link(archive, "sixers", "e1")[0], link(archive, "signed", "e1")[0]);
      assertEquals(link(archive, "patch", "e1")[0], link(archive, "browsers", "e1")[0]);
      assertNotEquals(link(archive, "king", "e1")[0], link(archive, "amman", "e1")[0]);
    }
    // One word across types with two shared named co-mentions ("a Waitrose supermarket in Banstead,
    // Surrey", tagged PERSON in one report and MISC in the next) joins; with one shared, it does not.
    try (Archive archive = Archive.open(dir.resolve("one-word"))) {
      E banstead = new E("Banstead", "LOCATION"), surrey = new E("Surrey", "LOCATION");
      archive.storeAll(List.of(article("store", D, new E("Waitrose", "PERSON"), banstead, surrey),
          article("robbery", D, new E("Waitrose", "MISC"), banstead, surrey),
          article("elsewhere", D, new E("Waitrose", "MISC"), new E("London", "LOCATION"), surrey)));
      String[] robbery = link(archive, "robbery", "e1");
      assertEquals(link(archive, "store", "e1")[0], robbery[0]);
      assertEquals("cross-doc:" + CrossDocResolver.ONE_WORD_ACROSS_TYPES, robbery[1]);
      assertNotEquals(link(archive, "store", "e1")[0], link(archive, "elsewhere", "e1")[0]);
    }
    // A candidate of the entity's own type with the same name outranks the other type's.
    try (Archive archive = Archive.open(dir.resolve("both"))) {
      archive.storeAll(List.of(article("jeweler", D, new E("Harry Winston", "PERSON"), new E("Paris", "LOCATION"))));
      archive.addOverride("split", "store", "e1", "jeweler", "e1", "the company is not its founder");
      archive.storeAll(List.of(article("store", D, new E("Harry Winston", "ORGANIZATION"), new E("Paris", "LOCATION"))));
      assertNotEquals(link(archive, "jeweler", "e1")[0], link(archive, "store", "e1")[0]);
    }
    try (Archive archive = Archive.open(dir.resolve("both"))) {
      archive.storeAll(List.of(article("robbery", D, new E("Harry Winston", "ORGANIZATION"), new E("Paris", "LOCATION"))));
      assertEquals(link(archive, "store", "e1")[0], link(archive, "robbery", "e1")[0]);
      assertEquals("cross-doc:name", link(archive, "robbery", "e1")[1]);
    }
  }

  @Test
  void aShortGivenNameJoinsTheFullOneButAnotherGivenNameStaysApart() throws Exception {
    // ECB+ topic 5: "Sixers Hire Maurice Cheeks", "76ers name Mo Cheeks head coach".
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(List.of(article("hire", D, new E("Maurice Cheeks", "PERSON"), new E("Philadelphia 76ers", "ORGANIZATION")),
          article("name", D, new E("Mo Cheeks", "PERSON"), new E("Philadelphia 76ers", "ORGANIZATION")),
          article("bill", D, new E("Bill Clinton", "PERSON")), article("william", D, new E("William Clinton", "PERSON")),
          article("deserter", D, new E("Andrei Medvedev", "PERSON", "a former Wagner commander", "26")),
          article("kremlin", D, new E("Dmitry Medvedev", "PERSON", "the former Russian president", null)),
          article("george", D, new E("George Clinton", "PERSON"))));
      String[] mo = link(archive, "name", "e1");
      assertEquals(link(archive, "hire", "e1")[0], mo[0]);
      assertEquals("cross-doc:nickname", mo[1]);
      assertEquals(link(archive, "bill", "e1")[0], link(archive, "william", "e1")[0]);
      assertNotEquals(link(archive, "bill", "e1")[0], link(archive, "george", "e1")[0]);
      assertNotEquals(link(archive, "deserter", "e1")[0], link(archive, "kremlin", "e1")[0]);
    }
    // ECB+ train topic 32: the drowned girl is "Kathryn Jenkin" in some articles, "Katie Jenkin" in others;
    // her sister-in-law's given name is another.
    try (Archive archive = Archive.open(dir.resolve("katie"))) {
      archive.storeAll(List.of(article("drowned", D, new E("Kathryn Jenkin", "PERSON"), new E("Millom", "LOCATION")),
          article("tribute", D, new E("Katie Jenkin", "PERSON"), new E("Millom", "LOCATION")),
          article("aunt", D, new E("Alice Jenkin", "PERSON"), new E("Millom", "LOCATION"))));
      String[] katie = link(archive, "tribute", "e1");
      assertEquals(link(archive, "drowned", "e1")[0], katie[0]);
      assertEquals("cross-doc:nickname", katie[1]);
      assertNotEquals(katie[0], link(archive, "aunt", "e1")[0]);
    }
  }

  @Test
  void whyExplainsSameAndDifferent() throws Exception {
    try (Archive archive = Archive.open(dir)) {
      archive.storeAll(medvedevs());
      EntityWhy.Explanation same = archive.read(db -> EntityWhy.explain(db, "Andrei Medvedev", "Medvedev"));
      // "Medvedev" names three entities (Andrei, Dmitry, the Paris one): Andrei's is shared.
      assertTrue(same.same());
      assertTrue(String.join("\n", same.lines()).contains("cross-doc:surname"), same.lines().toString());
      EntityWhy.Explanation diff = archive.read(db -> EntityWhy.explain(db, "Andrei Medvedev", "Dmitry Medvedev"));
      assertFalse(diff.same());
      assertTrue(String.join("\n", diff.lines()).contains("do not match"), diff.lines().toString());
      EntityWhy.Explanation unknown = archive.read(db -> EntityWhy.explain(db, "Nobody", "Dmitry Medvedev"));
      assertNull(unknown.same());
    }
  }

  @Test
  void mergeAndSplitRelinkStoredRowsAndPersistThroughARebuild() throws Exception {
    List<String[]> overrides;
    String paris, dmitry, asylum;
    try (Archive archive = Archive.open(dir.resolve("one"))) {
      archive.storeAll(medvedevs());
      assertCoMentionsCountedFromLinks(archive);
      long parisId = Long.parseLong(link(archive, "paris", "e1")[0]);
      long dmitryId = Long.parseLong(link(archive, "kremlin", "e1")[0]);
      EntityEditor.Result merged = EntityEditor.merge(archive, dmitryId, parisId, "same man");
      assertEquals(1, merged.links());
      assertEquals(String.valueOf(dmitryId), link(archive, "paris", "e1")[0]);
      assertEquals("override", link(archive, "paris", "e1")[1]);
      assertEquals(List.of("1.0"), rows(archive, "SELECT DISTINCT l.score FROM entity_links l JOIN articles a ON a.pk = l.article "
          + "WHERE a.id = 'paris' AND l.local_id = 'e1'"), "a user's merge is certain");
      assertEquals(3, (long) archive.read(db -> count(db, "SELECT article_count FROM entities WHERE id = " + dmitryId)));
      assertEquals(1, archive.search("entity_id:" + dmitryId + " paris", 10).size());
      assertCoMentionsCountedFromLinks(archive);
      // Split the asylum "Medvedev" off Andrei: it was the deserter but the user says otherwise.
      long andreiId = Long.parseLong(link(archive, "deserter", "e1")[0]);
      EntityEditor.Result split = EntityEditor.split(archive, andreiId, "Medvedev", null);
      assertEquals(split.kept(), Long.parseLong(link(archive, "asylum", "e1")[0]));
      assertThrows(IOException.class, () -> EntityEditor.split(archive, andreiId, "Medvedev", null));
      assertCoMentionsCountedFromLinks(archive);
      overrides = archive.read(db -> {
        List<String[]> rows = new ArrayList<>();
        try (ResultSet r = db.createStatement().executeQuery("SELECT action, article_id, local_id, other_article_id, "
            + "other_local_id FROM entity_overrides ORDER BY id")) {
          while (r.next()) rows.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)});
        }
        return rows;
      });
      paris = link(archive, "paris", "e1")[0];
      dmitry = link(archive, "kremlin", "e1")[0];
      asylum = link(archive, "asylum", "e1")[0];
      assertNotEquals(link(archive, "deserter", "e1")[0], asylum);
    }
    assertEquals(2, overrides.size());
    // A rebuild: the same articles into a new archive that keeps the overrides.
    try (Archive archive = Archive.open(dir.resolve("two"))) {
      for (String[] o : overrides) archive.addOverride(o[0], o[1], o[2], o[3], o[4], null);
      for (ArticleAnalysis a : medvedevs()) archive.store(a);
      assertEquals(link(archive, "kremlin", "e1")[0], link(archive, "paris", "e1")[0]);
      assertEquals("override", link(archive, "paris", "e1")[1]);
      assertNotEquals(link(archive, "deserter", "e1")[0], link(archive, "asylum", "e1")[0]);
    }
    assertEquals(paris, dmitry);
  }

  @Test
  void profilesKeptInMemoryAreTheStoredOnesAfterEveryStoreAndAReopen() throws Exception {
    List<ArticleAnalysis> more = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      more.add(article("more" + i, D.plusDays(i), new E(i % 2 == 0 ? "Andrei Medvedev" : "Medvedev", "PERSON",
          "commander number " + i, i % 3 == 0 ? "26" : null), new E("Wagner Group", "ORGANIZATION"),
          new E(i % 4 == 0 ? "Norway" : "Oslo", "LOCATION"), new E("the gunman", "PERSON")));
    }
    CrossDocResolver resolver = new CrossDocResolver();
    try (Archive archive = Archive.open(dir, resolver)) {
      archive.storeAll(medvedevs());
      assertMemoryIsStored(archive, resolver);
      for (ArticleAnalysis a : more.subList(0, 6)) archive.store(a);
      assertMemoryIsStored(archive, resolver);
    }
    // Reopened: the memory starts empty and reads each entity from SQLite when first needed.
    CrossDocResolver reopened = new CrossDocResolver();
    try (Archive archive = Archive.open(dir, reopened)) {
      archive.storeAll(more.subList(6, 12));
      assertMemoryIsStored(archive, reopened);
    }
  }

  @Test
  void theGivenNameFilterNeverRulesOutANameThatMatches() throws Exception {
    List<String> names = List.of("William Clinton", "Bill Clinton", "B. Clinton", "Clinton", "Hillary Clinton",
        "Billy Bob Clinton", "Dmitri Medvedev", "Dmitry Medvedev", "Andrei Medvedev", "Medvedev", "D. Medvedev",
        "Mo Cheeks", "Maurice Cheeks", "Muhammad Cheeks", "J Smith", "John Smith", "Jack Smith", "Johnny Smith",
        "Jon Smith", "Jonathan Smith", "Chris Evans", "Christine Evans", "Kristen Evans", "Ted Kennedy",
        "Edward Kennedy", "Theodore Kennedy", "Robert F. Kennedy", "Bobby Kennedy", "Joseph Comeaux Jr", "Joseph Comeaux",
        "Joseph Comeaux Sr", "Anthony LaCalamita III");
    CrossDocResolver resolver = new CrossDocResolver();
    try (Archive archive = Archive.open(dir, resolver)) {
      List<ArticleAnalysis> batch = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) batch.add(article("n" + i, D.plusDays(i), new E(names.get(i), "PERSON")));
      archive.storeAll(batch);
      EntityMemory memory = resolver.memory();
      List<String> ids = rows(archive, "SELECT id FROM entities ORDER BY id");
      int ruledOut = 0, matches = 0;
      for (String name : names) {
        ArticleAnalysis a = article("q", D, new E(name, "PERSON"), new E(name.split(" ")[name.split(" ").length - 1], "PERSON"));
        for (Profile p : Profile.of(a)) {
          EntityMemory.PersonQuery q = memory.personQuery(p);
          for (String id : ids) {
            long entity = Long.parseLong(id);
            boolean match = CrossDocResolver.nameMatch(p, memory.names(entity)) != null;
            boolean may = memory.mayMatchPerson(entity, q);
            if (match) {
              matches++;
              assertTrue(may, p.names() + " vs " + memory.names(entity).names());
            }
            if (!may) ruledOut++;
          }
        }
      }
      assertTrue(ruledOut > 100 && matches > 50, ruledOut + " ruled out, " + matches + " matches");
    }
  }

  /** Every entity's profile from the resolver's memory equals the one {@link Profile#load} reads from SQLite. */
  private static void assertMemoryIsStored(Archive archive, CrossDocResolver resolver) throws Exception {
    List<String> ids = rows(archive, "SELECT id FROM entities ORDER BY id");
    assertFalse(ids.isEmpty());
    for (String id : ids) {
      for (boolean coMentions : new boolean[] {false, true}) {
        long entity = Long.parseLong(id);
        Profile stored = archive.read(db -> Profile.load(db, entity, coMentions));
        Profile remembered = resolver.rememberedProfile(entity, coMentions);
        assertEquals(describe(stored), describe(remembered), "entity " + id + (coMentions ? " with co-mentions" : ""));
      }
    }
  }

  private static String describe(Profile p) {
    return p.entity() + " " + p.name() + " " + p.type() + " names=" + p.names() + " words=" + p.descriptorWords()
        + " births=" + p.birthYears().stream().map(java.util.Arrays::toString).toList() + " attributes="
        + p.attributes() + " co=" + new java.util.TreeSet<>(p.coMentions()) + " rows=" + p.descriptorRows() + "/"
        + p.attributeRows() + " through=" + p.throughArticle();
  }

  /** The stored co-mention counts are what the links give now: after stores, merges and splits. */
  private static void assertCoMentionsCountedFromLinks(Archive archive) throws IOException {
    String counted = "SELECT l.entity || ' ' || o.entity || ' ' || count(DISTINCT l.article) FROM entity_links l "
        + "JOIN entity_links o ON o.article = l.article AND o.entity <> l.entity GROUP BY l.entity, o.entity ORDER BY 1";
    String stored = "SELECT entity || ' ' || other || ' ' || articles FROM entity_comentions ORDER BY 1";
    List<String> expected = rows(archive, counted);
    assertFalse(expected.isEmpty());
    assertEquals(expected, rows(archive, stored));
  }

  private static List<String> rows(Archive archive, String sql) throws IOException {
    return archive.read(db -> {
      List<String> out = new ArrayList<>();
      try (ResultSet r = db.createStatement().executeQuery(sql)) {
        while (r.next()) out.add(r.getString(1));
      }
      return out;
    });
  }

  private static long count(java.sql.Connection db, String sql) throws java.sql.SQLException {
    try (ResultSet r = db.createStatement().executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
