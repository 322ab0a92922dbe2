package dossier.model;

/**
 * Converts Java {@code char} offsets into the code-point offsets the schema uses. Built once per
 * text; for text without characters outside the Basic Multilingual Plane it is the identity.
 */
public final class CodePoints {
  private final String text;
  private final int[] cumulativeSurrogates; // null when the text has none

  public CodePoints(String text) {
    this.text = text;
    int[] counts = null;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowSurrogate(text.charAt(i))) {
        counts = new int[text.length() + 1];
        break;
      }
    }
    if (counts != null) {
      for (int i = 0; i < text.length(); i++) {
        counts[i + 1] = counts[i] + (Character.isLowSurrogate(text.charAt(i)) ? 1 : 0);
      }
    }
    this.cumulativeSurrogates = counts;
  }

  /** The code-point offset of {@code charOffset}. */
  public int at(int charOffset) {
    return cumulativeSurrogates == null ? charOffset : charOffset - cumulativeSurrogates[charOffset];
  }

  /** The span of chars {@code [charStart, charEnd)} with code-point offsets and its text. */
  public Span span(int charStart, int charEnd) {
    return new Span(at(charStart), at(charEnd), text.substring(charStart, charEnd));
  }
}
