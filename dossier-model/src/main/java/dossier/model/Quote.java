package dossier.model;

/**
 * Reported speech: {@code kind} is direct, partial or indirect; {@code speaker} an entity id or null.
 * {@code speakerSpan} is the mention that names the speaker at this quote ("he" in "he said", "a
 * source close to the campaign"), {@code cueSpan} the words of the reporting verb or phrase; either
 * is null when the article gives none there (a quote with no cue, a speaker not named).
 */
public record Quote(
    int start, int end, String text, String kind, String speaker, String speakerName, String cue,
    Span speakerSpan, Span cueSpan) {

  /** A quote without the offsets of its speaker mention and cue. */
  public Quote(int start, int end, String text, String kind, String speaker, String speakerName, String cue) {
    this(start, end, text, kind, speaker, speakerName, cue, null, null);
  }
}
