package dossier.eval.entities;

import java.util.Locale;

/**
 * An entity mention as scored: a code-point span {@code [start, end)} of the document text, a coarse
 * type (PERSON, ORGANIZATION, LOCATION, MISC) and the text, kept for error reports.
 */
public record Mention(int start, int end, String type, String text) {

  /**
   * The mention without a leading article or a trailing possessive: the gold sets put "the" and
   * "'s" inside the noun phrase, NER systems leave them out, and neither changes which name is meant.
   */
  public Mention normalized() {
    String t = text;
    int from = 0;
    int to = t.length();
    String lower = t.toLowerCase(Locale.ROOT);
    for (String article : new String[] {"the ", "a ", "an "}) {
      if (lower.startsWith(article) && t.length() > article.length()) {
        from = article.length();
        break;
      }
    }
    for (String possessive : new String[] {"'s", "\u2019s", "'", "\u2019"}) {
      if (to - from > possessive.length() && t.endsWith(possessive)) {
        to -= possessive.length();
        break;
      }
    }
    while (to > from && Character.isWhitespace(t.charAt(to - 1))) to--;
    if (from == 0 && to == t.length()) return this;
    int startShift = t.codePointCount(0, from);
    int endShift = t.codePointCount(to, t.length());
    return new Mention(start + startShift, end - endShift, type, t.substring(from, to));
  }

  /** Whether both cover the same code points, whatever their types. */
  public boolean sameSpan(Mention other) {
    return start == other.start && end == other.end;
  }
}
