package dossier.model;

import java.util.List;
import java.util.Map;

/**
 * One real-world thing named (or, if unnamed, described) in an article, with every mention of it.
 *
 * @param name its fullest name; for a participant the article never names, a description such as
 *     "the gunman" ({@link #isDescribed}), and then every mention has a kind (nominal or pronoun)
 * @param type PERSON, ORGANIZATION, LOCATION or MISC
 * @param subtype a finer class where known (COUNTRY, CITY, MEDIA, NGO, PRODUCT, WORK, ...), else null
 * @param descriptors noun phrases the text uses for it ("a former chef")
 * @param attributes facts stated about it (age, title, ...)
 * @param link an identifier in a knowledge base, else null
 * @param evidence for each attribute, the text that states it ("Andrei Medvedev, 26,")
 */
public record Entity(
    String id,
    String name,
    String type,
    String subtype,
    List<Span> mentions,
    List<String> descriptors,
    Map<String, String> attributes,
    String link,
    Map<String, Span> evidence) {

  /**
   * The name of an unnamed entity, a participant the article only describes ("a man", "police"):
   * its head noun, lower-case, after a lower-case "the" ("the man", "the police").
   */
  public static String describedAs(String head) {
    return "the " + head;
  }

  /** The head noun of a description {@link #describedAs} made: "the man" -> "man". */
  public static String describedHead(String description) {
    return description.substring(describedAs("").length());
  }

  /**
   * Whether {@code name} is such a description rather than a name ({@link #describedAs}): a lower-case
   * "the" and lower-case words after it ("the Wagner Group" is a name).
   */
  public static boolean isDescribed(String name) {
    return name != null && name.startsWith("the ") && name.chars().noneMatch(Character::isUpperCase);
  }
}
