package dossier.eval.events;

/** Token indices {@code [start, end)} into a WikiEvents document's {@code tokens}. */
public record TokenSpan(int start, int end) {

  public boolean overlaps(TokenSpan other) {
    return start < other.end && other.start < end;
  }
}
