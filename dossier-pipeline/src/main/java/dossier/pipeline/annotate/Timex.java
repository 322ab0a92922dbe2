package dossier.pipeline.annotate;

/**
 * A temporal expression with the recognizer's TIMEX3 type and value, as resolved against the
 * article date alone (no tense, no context).
 */
public record Timex(int sentence, int firstToken, int endToken, int start, int end, String text, String type, String value) {}
