package dossier.pipeline.read;

/**
 * A caption that the source itself marks (an HTML {@code <figcaption>}), as {@code char} offsets into
 * the article text; {@code creditStart == creditEnd} when it has no credit.
 */
public record RawCaption(int start, int end, int creditStart, int creditEnd) {

  public boolean hasCredit() {
    return creditStart < creditEnd;
  }
}
