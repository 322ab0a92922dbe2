package dossier.pipeline.clean;

/** A range of {@code char} offsets {@code [start, end)} into the raw article text. */
public record TextRange(int start, int end) {
  public String of(String text) {
    return text.substring(start, end);
  }
}
