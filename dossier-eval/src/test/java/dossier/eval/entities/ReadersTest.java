package dossier.eval.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadersTest {

  private static final String MEANTIME = """
      <?xml version="1.0" ?><Document doc_id="42" doc_name="42_X" lang="en" url="http://en.wikinews.org/wiki/X">
      <token number="0" sentence="0" t_id="1">Airbus</token>
      <token number="1" sentence="0" t_id="2">wins</token>
      <token number="0" sentence="1" t_id="3">June</token>
      <token number="1" sentence="1" t_id="4">13</token>
      <token number="2" sentence="1" t_id="5">,</token>
      <token number="3" sentence="1" t_id="6">2005</token>
      <token number="0" sentence="2" t_id="7">The</token>
      <token number="1" sentence="2" t_id="8">US</token>
      <token number="2" sentence="2" t_id="9">Treasury</token>
      <token number="3" sentence="2" t_id="10">said</token>
      <token number="4" sentence="2" t_id="11">it</token>
      <token number="5" sentence="2" t_id="12">'s</token>
      <token number="6" sentence="2" t_id="13">``</token>
      <token number="7" sentence="2" t_id="14">fine</token>
      <token number="8" sentence="2" t_id="15">''</token>
      <token number="9" sentence="2" t_id="16">.</token>
      <token number="0" sentence="6" t_id="17">Boeing</token>
      <Markables>
      <ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="7"/><token_anchor t_id="8"/><token_anchor t_id="9"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="3" syntactic_type="PRO"><token_anchor t_id="11"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="4" syntactic_type="PRE.NAM"><token_anchor t_id="8"/></ENTITY_MENTION>
      <ENTITY ent_type="ORG" m_id="20" TAG_DESCRIPTOR="Airbus"/>
      <ENTITY ent_type="ORG" m_id="21" TAG_DESCRIPTOR="US Treasury"/>
      <ENTITY ent_type="LOC" m_id="22" TAG_DESCRIPTOR="US"/>
      <TIMEX3 functionInDocument="CREATION_TIME" m_id="30" type="DATE" value="2005-06-13"><token_anchor t_id="3"/></TIMEX3>
      </Markables>
      <Relations>
      <REFERS_TO r_id="1"><source m_id="1"/><target m_id="20"/></REFERS_TO>
      <REFERS_TO r_id="2"><source m_id="2"/><source m_id="3"/><target m_id="21"/></REFERS_TO>
      <REFERS_TO r_id="3"><source m_id="4"/><target m_id="22"/></REFERS_TO>
      </Relations>
      </Document>
      """;

  @Test
  void meantimeRebuildsTheTextAndKeepsNamedMentions() throws Exception {
    GoldDocument d = MeantimeReader.parse(MEANTIME);
    assertEquals("Airbus wins\n\nJune 13, 2005\n\nThe US Treasury said it's \"fine\". Boeing", d.text());
    assertEquals(LocalDate.of(2005, 6, 13), d.date());
    assertEquals("test", d.split());
    assertEquals(List.of(new Mention(0, 6, "ORGANIZATION", "Airbus"),
        new Mention(32, 43, "ORGANIZATION", "US Treasury"), new Mention(32, 34, "LOCATION", "US")), d.gold());
    assertEquals(List.of(new Mention(49, 51, "ORGANIZATION", "it")), d.ignored());
    // Sentence 6 is past the annotated part: "Boeing" cannot be scored.
    assertEquals(d.text().indexOf(" Boeing"), d.annotatedEnd());
  }

  private static final String GUM = String.join("\n",
      "# newdoc id = GUM_news_x",
      "# meta::dateCreated = 2011-04-05",
      "# newpar",
      "# text = Mr. Hill spoke",
      "1\tMr.\tMr.\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-sssss-cf1-2-coref-Christopher_Hill",
      "2\tHill\tHill\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=1)",
      "3\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\t_",
      "",
      "# newpar",
      "# text = He didn't visit NASA's base.",
      "1\tHe\the\tPRON\tPRP\t_\t4\tnsubj\t_\tEntity=(1-person-giv-sssss-cf1-1-coref)",
      "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_",
      "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_",
      "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
      "4\tvisit\tvisit\tVERB\tVB\t_\t0\troot\t_\t_",
      "5\tNASA\tNASA\tPROPN\tNNP\t_\t7\tnmod:poss\t_\tEntity=(2-place-new-sssss-cf2-2-coref(3-organization-new-sssss-cf3-1-coref-NASA)",
      "6\t's\t's\tPART\tPOS\t_\t5\tcase\t_\t_",
      "7\tbase\tbase\tNOUN\tNN\t_\t4\tobj\t_\tEntity=2)|SpaceAfter=No",
      "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
      "");

  @Test
  void gumRebuildsTheTextAndKeepsProperNounHeadedMentions() {
    GoldDocument d = GumReader.parse(GUM, Map.of("GUM_news_x", "dev"));
    assertEquals("Mr. Hill spoke\n\nHe didn't visit NASA 's base.", d.text());
    assertEquals("dev", d.split());
    assertEquals(LocalDate.of(2011, 4, 5), d.date());
    assertEquals(List.of(new Mention(0, 8, "PERSON", "Mr. Hill"), new Mention(32, 36, "ORGANIZATION", "NASA")),
        d.gold());
    // "He" is a pronoun and "NASA 's base" is headed by the common noun "base".
    assertEquals(List.of("He", "NASA 's base"), d.ignored().stream().map(Mention::text).toList());
    assertEquals(d.text().length(), d.annotatedEnd());
  }

  @Test
  void gumSplitsComeFromSplitsMd() {
    Map<String, String> splits = GumReader.splits("# Splits\n\n## dev\n\n  * GUM_news_iodine\n\n## test\n\n  * GUM_news_nasa\n");
    assertEquals(Map.of("GUM_news_iodine", "dev", "GUM_news_nasa", "test"), splits);
    assertEquals("train", GumReader.parse(GUM, splits).split());
  }

  @Test
  void dossierNominalMentionsAreNotNames() {
    assertTrue(DossierMentions.nameLike(new Mention(0, 6, "ORGANIZATION", "Wagner")));
    assertTrue(DossierMentions.nameLike(new Mention(0, 10, "ORGANIZATION", "The Moscow Times").normalized()));
    assertFalse(DossierMentions.nameLike(new Mention(0, 19, "ORGANIZATION", "the mercenary group").normalized()));
    assertFalse(DossierMentions.nameLike(new Mention(0, 14, "PERSON", "An ex-commander").normalized()));
    assertTrue(DossierMentions.nameLike(new Mention(0, 8, "MISC", "iPhone 4")));
    assertFalse(DossierMentions.nameLike(new Mention(0, 12, "ORGANIZATION", "the Chargers")));
    // A nominal that opens with another entity's name is still no name; the name nested in it is.
    dossier.model.Entity place = new dossier.model.Entity("e1", "Brooklyn", "LOCATION", null,
        List.of(new dossier.model.Span(2, 10, "Brooklyn")), List.of(), Map.of(), null, Map.of());
    dossier.model.Entity mother = new dossier.model.Entity("e2", "the mother", "PERSON", null,
        List.of(new dossier.model.Span(2, 17, "Brooklyn mother", dossier.model.Span.NOMINAL)), List.of(), Map.of(), null, Map.of());
    assertEquals(List.of("Brooklyn"), DossierMentions.of(List.of(place, mother)).stream().map(Mention::text).toList());
  }

  @Test
  void coreNlpFineGrainedTagsMapToTheFourTypes() {
    assertEquals("LOCATION", EntityTypes.corenlp("STATE_OR_PROVINCE"));
    assertEquals("MISC", EntityTypes.corenlp("NATIONALITY"));
    assertEquals(null, EntityTypes.corenlp("DATE"));
    assertEquals(null, EntityTypes.corenlp("TITLE"));
  }
}
