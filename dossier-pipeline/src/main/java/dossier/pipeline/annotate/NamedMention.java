package dossier.pipeline.annotate;

/**
 * A name the recognizer found: tokens {@code [firstToken, endToken)} of sentence {@code sentence}.
 *
 * @param tag the recognizer's tag: PERSON, ORGANIZATION, LOCATION, MISC, or another class such as URL
 */
public record NamedMention(int sentence, int firstToken, int endToken, int start, int end, String text, String tag) {}
