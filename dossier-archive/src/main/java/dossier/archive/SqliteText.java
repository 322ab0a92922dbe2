package dossier.archive;

import java.util.Comparator;

/** How SQLite orders TEXT under its default BINARY collation, for Java code that must list rows in that order. */
public final class SqliteText {
  /** SQLite compares the UTF-8 bytes, which is code point order, not Java's UTF-16 order. */
  public static final Comparator<String> ORDER = SqliteText::compare;

  private SqliteText() {}

  private static int compare(String a, String b) {
    int i = 0, j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i), y = b.codePointAt(j);
      if (x != y) return Integer.compare(x, y);
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
