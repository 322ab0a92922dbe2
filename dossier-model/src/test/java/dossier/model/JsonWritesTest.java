package dossier.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Json#writes}: true exactly when the bytes are {@link Json#write}'s JSON of the record as UTF-8. */
class JsonWritesTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static ArticleAnalysis titled(String title) {
    ArticleAnalysis a = Articles.full();
    return new ArticleAnalysis(a.schema(), a.id(), a.date(), title, a.source(), a.url(), a.text(), a.captions(),
        a.entities(), a.quotes(), a.claims(), a.times(), a.events(), a.relations());
  }

  @Test
  void recognizesItsOwnJsonWhateverTheCharacters() throws Exception {
    for (ArticleAnalysis a : List.of(Articles.full(), titled("Erdoğan in Gdańsk"), titled("Tabs\tand \"quotes\" \\ \u0001"),
        titled("Emoji 😀 outside the BMP"), titled("Line\u2028separator"))) {
      byte[] json = utf8(Json.write(a));
      assertTrue(Json.writes(a, json), a.title());
      assertEquals(a, Json.readAnalysis(new String(json, StandardCharsets.UTF_8)));
    }
  }

  @Test
  void anyOtherBytesAreNotIt() {
    ArticleAnalysis a = Articles.full();
    String json = Json.write(a);
    assertFalse(Json.writes(a, utf8(json + " ")));
    assertFalse(Json.writes(a, utf8(json.substring(0, json.length() - 1))));
    assertFalse(Json.writes(a, utf8(json.replace("\"schema\":", "\"schema\" :"))));
    assertFalse(Json.writes(a, utf8(json.replace("{\"schema\":\"dossier.article/1\",", "{") .replace("}", ",\"schema\":\"dossier.article/1\"}"))));
    assertFalse(Json.writes(a, utf8(json.replace("Medvedev", "Medwedew"))));
    assertFalse(Json.writes(titled("Emoji 😀"), utf8(json.replace(a.title(), "Emoji \\uD83D\\uDE00"))));
  }

  @Test
  void aLoneSurrogateIsWrittenAsItsStringEncodes() {
    // write's string holds the lone surrogate, which its UTF-8 bytes (what the archive stores) turn into "?":
    // the escape the UTF-8 writer gives is not those bytes, however equal to it the input line was.
    for (int pad = 0; pad < 9; pad++) { // the escape at every place in an eight-byte word
      String title = "x".repeat(pad) + "broken \uDC00 pair";
      ArticleAnalysis a = titled(title);
      byte[] stored = utf8(Json.write(a));
      assertTrue(new String(stored, StandardCharsets.UTF_8).contains("broken ? pair"));
      byte[] escaped = utf8(Json.write(a).replace(title, "x".repeat(pad) + "broken \\udc00 pair"));
      assertFalse(Json.writes(a, escaped), title);
      assertFalse(Json.writes(a, utf8(Json.write(a).replace(title, "x".repeat(pad) + "broken \\uDC00 pair"))), title);
      assertFalse(Json.writes(a, stored), title);
    }
  }

  @Test
  void readsFromCharactersAsFromAString() throws Exception {
    String json = "xx" + Json.write(Articles.full()) + "yy";
    char[] chars = json.toCharArray();
    assertEquals(Articles.full(), Json.readAnalysis(chars, 2, json.length() - 4));
    assertArrayEquals(utf8(Json.write(Articles.full())), utf8(Json.write(Json.readAnalysis(chars, 2, json.length() - 4))));
  }
}
