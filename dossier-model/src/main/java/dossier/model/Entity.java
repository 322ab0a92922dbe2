package dossier.model;

import java.util.List;
import java.util.Map;

/**
 * One real-world thing named in an article, with every mention of it.
 *
 * @param type PERSON, ORGANIZATION, LOCATION or MISC
 * @param subtype a finer class where known (COUNTRY, CITY, MEDIA, NGO, ...), else null
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
    Map<String, Span> evidence) {}
