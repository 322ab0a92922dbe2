package dossier.model;

/** A piece of the article text: code-point offsets {@code [start, end)} and the text they cover. */
public record Span(int start, int end, String text) {
  public Span {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
  }
}
