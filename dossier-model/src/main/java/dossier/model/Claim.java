package dossier.model;

/**
 * A statement whose truth the article attributes or hedges; {@code stance} says how. {@code sourceSpan}
 * is the words that name the source at this claim ("he" in "he believes", "polls" in "polls show"),
 * {@code cueSpan} the words of the cue ("wants", "according to", "reportedly"); either is null when the
 * article gives none there, and both are absent in records written before they were added.
 */
public record Claim(
    int start, int end, String text, String source, String sourceName, String cue, String stance,
    Span sourceSpan, Span cueSpan) {

  /** A claim without the offsets of its source mention and cue. */
  public Claim(int start, int end, String text, String source, String sourceName, String cue, String stance) {
    this(start, end, text, source, sourceName, cue, stance, null, null);
  }
}
