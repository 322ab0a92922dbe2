package dossier.pipeline.clean;

/** A range of {@code char} offsets {@code [start, end)} into the raw article text. */
public record TextRange(int start, int end) {
  public String of(String text) {
    return text.substring(start, end);
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** This range without the whitespace (including no-break spaces) at either end of it in {@code text}. */
  public TextRange strip(String text) {
    int s = start;
    int e = end;
    while (s < e && isSpace(text.charAt(s))) s++;
    while (e > s && isSpace(text.charAt(e - 1))) e--;
    return new TextRange(s, e);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
