package dossier.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EntityTableTest {
  @Test
  void aMentionHasUpperCaseExactlyWhenLowerCasingChangesIt() {
    // Latin-1 and not, the root locale's special cases (capital sigma, dotted I), a title-case letter,
    // a letter outside the BMP (Deseret) and a lone surrogate.
    String[] texts = {"Erdoğan", "erdoğan", "the minister", "BBC", "ß", "Σωκράτης", "σωκράτης", "İstanbul", "istanbul",
        "ǅemal", "ǆemal", "\uD801\uDC00", "\uD801\uDC28", "\uD801", "東京", "Ünal", "ünal", "", "123-45", "Ⅻ"};
    for (String text : texts) {
      assertEquals(!text.equals(text.toLowerCase(Locale.ROOT)), EntityTable.hasUpperCase(text), text);
    }
  }
}
