package dossier.eval.time;

/**
 * A time expression as the TempEval-3 scorer sees it.
 *
 * @param start first {@code char} of the extent in the document's TEXT content
 * @param end {@code char} after the extent
 * @param text the extent's text, for reports
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value ("2013-03-22", "P1M", "PRESENT_REF"), or "" when there is none
 */
record Timex(int start, int end, String text, String type, String value) {

  /** Whether the two extents share at least one character (TempEval-3's relaxed match). */
  boolean overlaps(Timex other) {
    return start < other.end && other.start < end;
  }

  /** Whether the two extents are identical (TempEval-3's strict match). */
  boolean sameExtent(Timex other) {
    return start == other.start && end == other.end;
  }

  /** How many characters the two extents share. */
  int overlap(Timex other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
  }
}
