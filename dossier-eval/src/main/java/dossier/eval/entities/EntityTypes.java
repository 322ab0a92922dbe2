package dossier.eval.entities;

import java.util.Map;

/** The documented mappings from each gold set's and CoreNLP's types to Dossier's four (docs/evaluation/entities.md). */
final class EntityTypes {
  private EntityTypes() {}

  static final String PERSON = "PERSON";
  static final String ORGANIZATION = "ORGANIZATION";
  static final String LOCATION = "LOCATION";
  static final String MISC = "MISC";

  // MEANTIME: products (iPhone, Airbus A380) and financial instruments (Nikkei 225, the U.S. dollar)
  // are named things that are neither persons, organizations nor places; MIX has no single type.
  private static final Map<String, String> MEANTIME = Map.of("PER", PERSON, "ORG", ORGANIZATION, "LOC", LOCATION,
      "PRO", MISC, "FIN", MISC);

  // GUM: named times ("Friday", "March") are dates, which Dossier reports as times, not entities.
  private static final Map<String, String> GUM = Map.of("person", PERSON, "organization", ORGANIZATION,
      "place", LOCATION, "event", MISC, "object", MISC, "abstract", MISC, "substance", MISC, "animal", MISC,
      "plant", MISC);

  private static final Map<String, String> CORENLP = Map.of("PERSON", PERSON, "ORGANIZATION", ORGANIZATION,
      "LOCATION", LOCATION, "CITY", LOCATION, "COUNTRY", LOCATION, "STATE_OR_PROVINCE", LOCATION, "MISC", MISC,
      "NATIONALITY", MISC);

  /** MEANTIME's {@code ent_type}, coarse, or null when left out. */
  static String meantime(String type) {
    return type == null ? null : MEANTIME.get(type);
  }

  /** GUM's entity type, coarse, or null when left out. */
  static String gum(String type) {
    return GUM.get(type);
  }

  /** A CoreNLP NER tag (coarse or fine-grained), coarse, or null for DATE, NUMBER, TITLE, .... */
  static String corenlp(String tag) {
    return tag == null ? null : CORENLP.get(tag);
  }
}
