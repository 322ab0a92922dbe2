package dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodePointsTest {

  @Test
  void spansIndexCodePointsPastSupplementaryCharacters() {
    String text = "😀 Kyiv 𝄞 Bakhmut";
    CodePoints cp = new CodePoints(text);
    assertEquals(new Span(2, 6, "Kyiv"), spanOf(cp, text, "Kyiv"));
    assertEquals(new Span(7, 8, "𝄞"), spanOf(cp, text, "𝄞"));
    assertEquals(new Span(9, 16, "Bakhmut"), spanOf(cp, text, "Bakhmut"));
    for (String needle : List.of("😀", "Kyiv", "𝄞", "Bakhmut", "😀 Kyiv 𝄞")) {
      Span s = spanOf(cp, text, needle);
      assertEquals(needle, byCodePoints(text, s.start(), s.end()));
    }
  }

  @Test
  void everyCharBoundaryMapsToItsCodePointCount() {
    for (String text : List.of("😀 Kyiv 𝄞 Bakhmut", "😀😀", "Kyiv 🇺🇦", "a𝄞")) {
      CodePoints cp = new CodePoints(text);
      for (int i = 0; i <= text.length(); i++) {
        if (i < text.length() && Character.isLowSurrogate(text.charAt(i))) continue; // inside a code point
        assertEquals(text.codePointCount(0, i), cp.at(i), text + " @" + i);
      }
      assertEquals(text.codePoints().count(), cp.at(text.length()));
    }
  }

  @Test
  void isTheIdentityForBasicMultilingualPlaneText() {
    for (String text : List.of("", "Kyiv", "Київ — Бахмут, «Вагнер», 東京, café")) {
      CodePoints cp = new CodePoints(text);
      for (int i = 0; i <= text.length(); i++) {
        assertEquals(i, cp.at(i));
      }
    }
    String text = "Київ — Бахмут";
    assertEquals(new Span(7, 13, "Бахмут"), spanOf(new CodePoints(text), text, "Бахмут"));
  }

  private static Span spanOf(CodePoints cp, String text, String needle) {
    int at = text.indexOf(needle);
    return cp.span(at, at + needle.length());
  }

  /** What a consumer indexing by code points (Python's str, JavaScript's Array.from) sees at [start, end). */
  private static String byCodePoints(String text, int start, int end) {
    int[] cps = text.codePoints().skip(start).limit(end - start).toArray();
    return new String(cps, 0, cps.length);
  }
}
