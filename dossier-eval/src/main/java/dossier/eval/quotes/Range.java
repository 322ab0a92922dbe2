package dossier.eval.quotes;

/** A stretch of article text: code-point offsets {@code [start, end)}. */
record Range(int start, int end) implements Comparable<Range> {

  Range {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
  }

  boolean overlaps(Range other) {
    return start < other.end && other.start < end;
  }

  /** How far apart two ranges are: 0 when they touch or overlap. */
  int distance(Range other) {
    return Math.max(0, Math.max(other.start - end, start - other.end));
  }

  @Override
  public int compareTo(Range o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
