package dossier.archive;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Name keys for matching across articles: case and diacritics folded, punctuation and spacing evened out. */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Keys already computed: the resolver folds the same few thousand names millions of times in an ingest. */
  private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
  private static final int MAX_KEYS = 200_000;

  private Names() {}

  /** "Recep Tayyip Erdoğan" and "recep tayyip ERDOGAN" give the same key, "recep tayyip erdogan". */
  public static String key(String name) {
    String known = KEYS.get(name);
    if (known != null) return known;
    if (KEYS.size() >= MAX_KEYS) KEYS.clear();
    String key = fold(name);
    KEYS.put(name, key);
    return key;
  }

  private static String fold(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKD);
    folded = MARKS.matcher(folded).replaceAll("");
    // Letters that NFKD does not decompose.
    folded = folded.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
        .replace("ø", "o").replace("Ø", "O").replace("đ", "d").replace("Đ", "D")
        .replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE");
    folded = folded.toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(folded).replaceAll(" ").strip();
  }
}
