package dossier.pipeline.extract;

import dossier.pipeline.annotate.Sentence;
import dossier.pipeline.annotate.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of products, companies and works that the tagger leaves out or takes for a company: shaped
 * names ("SeaMicro", "iPhone 5S", "BlackBerry Q10", "MacBook Pro") and titles after a cue noun ("the
 * show Doctor Who", "the film 'Twilight'").
 */
final class ProductNames {
  private ProductNames() {}

  /** A name found in a sentence: tokens {@code [first, end)}, its type and subtype (PRODUCT, WORK or null). */
  record Found(int first, int end, String type, String subtype) {}

  /** "iPhone", "eBay", "iTunes": a lower-case prefix before a capital; products by their shape. */
  private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z]{1,2}[A-Z][A-Za-z]+");
  /** "SeaMicro", "BlackBerry", "MacBook", "PlayStation": a capital inside a capitalized word. */
  private static final Pattern UPPER_CAMEL = Pattern.compile("[A-Z][a-z]+[A-Z][A-Za-z]*");
  /** Capitalized prefixes of surnames, which look camel-cased too ("McCain", "DeGeneres", "LaSalle"). */
  private static final Pattern SURNAME_PREFIX = Pattern.compile("(Mc|Mac|O|De|Di|Da|Du|Del|La|Le|Van|Von|St)[A-Z].*");
  /** "Q10", "S4", "A380", "IE8", "5S": a model code, letters and digits. */
  private static final Pattern MODEL_CODE = Pattern.compile("[A-Z]{1,3}\\d{1,4}[A-Za-z]{0,2}|\\d{1,2}[A-Z]{1,2}");
  /** A model number after a product name ("iPhone 4", "BlackBerry 10"), not a year. */
  private static final Pattern MODEL_NUMBER = Pattern.compile("\\d{1,3}");
  /** Words that end a product's name: "MacBook Pro", "iPad Mini". */
  private static final Set<String> PRODUCT_WORDS = Set.of("Pro", "Air", "Mini", "Plus", "Max", "Ultra", "Touch", "Nano");
  /** Nouns that introduce a work's title: "the show Doctor Who", "the film Twilight". */
  private static final Set<String> WORK_CUES = Set.of("show", "series", "film", "movie", "sequel", "prequel", "novel",
      "book", "album", "song", "single", "programme", "program", "drama", "sitcom", "documentary", "musical", "franchise");
  /** Small words a title may hold between capitalized ones: "Game of Thrones", "Pirates of the Caribbean". */
  private static final Set<String> TITLE_LINKS = Set.of("of", "the", "and", "a", "an", "in", "on", "to", "for");
  private static final Set<String> OPEN_QUOTES = Set.of("``", "\"", "'", "`", "‘", "“");
  private static final Set<String> CLOSE_QUOTES = Set.of("''", "\"", "'", "’", "”");
  private static final int MAX_TITLE_TOKENS = 8;

  /** The product, company and work names of one sentence, in order, none overlapping. */
  static List<Found> find(Sentence s) {
    List<Found> out = new ArrayList<>();
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Found f = workAfterCue(tokens, i);
      if (f == null) f = shapedName(tokens, i);
      if (f != null) {
        out.add(f);
        i = f.end() - 1;
      }
    }
    return out;
  }

  /**
   * A name with a product's or company's shape around token {@code i}: a camel-cased word, or a model
   * code after a name word ({@link #isNameWord}), with the name words, codes and model numbers beside it.
   * With a code, a number, a product word or a lower-case prefix it is a product ("BlackBerry Q10");
   * else a company ("SeaMicro"), or what the tagger says it is.
   */
  private static Found shapedName(List<Token> tokens, int i) {
    if (!isCamel(tokens.get(i)) && !(isModelCode(tokens.get(i)) && i > 0 && isNameWord(tokens.get(i - 1)))) return null;
    int first = i;
    while (first > 0 && isNameWord(tokens.get(first - 1))) first--;
    int end = i + 1;
    while (end < tokens.size() && (isNameWord(tokens.get(end)) || isModelCode(tokens.get(end))
        || MODEL_NUMBER.matcher(tokens.get(end).word()).matches() && tokens.get(end).pos().equals("CD"))) {
      end++;
    }
    boolean product = false;
    String tag = "O";
    for (int k = first; k < end; k++) {
      Token t = tokens.get(k);
      product |= k > first && (isModelCode(t) || t.pos().equals("CD") || PRODUCT_WORDS.contains(t.word()))
          || LOWER_CAMEL.matcher(t.word()).matches();
      if (!t.ner().equals("O")) tag = t.ner();
    }
    if (product) return new Found(first, end, "MISC", "PRODUCT");
    if (tag.equals("PERSON") || tag.equals("LOCATION")) return null;
    // A camel-cased name the tagger missed is most often a company's ("SeaMicro", "BlackBerry", "PayPal").
    return new Found(first, end, tag.equals("O") ? "ORGANIZATION" : tag, null);
  }

  /** "the show Doctor Who", "the film 'Catching Fire'": a title-case or quoted title right after a cue noun. */
  private static Found workAfterCue(List<Token> tokens, int i) {
    Token cue = tokens.get(i);
    if (!cue.pos().equals("NN") || !WORK_CUES.contains(cue.word()) || i + 1 >= tokens.size()) return null;
    int first = i + 1;
    int end;
    boolean quoted = OPEN_QUOTES.contains(tokens.get(first).word());
    if (quoted) {
      first++;
      end = first;
      while (end < tokens.size() && end - first < MAX_TITLE_TOKENS && !CLOSE_QUOTES.contains(tokens.get(end).word())) end++;
      if (end >= tokens.size() || end - first >= MAX_TITLE_TOKENS) return null;
    } else {
      end = first;
      while (end < tokens.size() && end - first < MAX_TITLE_TOKENS && (isTitleWord(tokens.get(end))
          || TITLE_LINKS.contains(tokens.get(end).word()) && end + 1 < tokens.size() && isTitleWord(tokens.get(end + 1)))) {
        end++;
      }
    }
    if (end == first || !isTitleWord(tokens.get(first))) return null;
    // "the film Jennifer Lawrence stars in", "the show Monday": a name or date after the cue is no title;
    // in quotes the tagger's guesses do not count ("the film 'Paris, Je T'aime'").
    if (!quoted) {
      for (int k = first; k < end; k++) if (!Set.of("O", "MISC").contains(tokens.get(k).ner())) return null;
    }
    return new Found(first, end, "MISC", "WORK");
  }

  /**
   * A camel-cased word that is no person's name: with a surname's prefix only when the tagger puts it in
   * a company's or other name ("MacBook", not "MacArthur").
   */
  private static boolean isCamel(Token t) {
    String w = t.word();
    boolean surnameLike = SURNAME_PREFIX.matcher(w).matches() && !Set.of("ORGANIZATION", "MISC").contains(t.ner());
    return !t.ner().equals("PERSON") && (LOWER_CAMEL.matcher(w).matches() || UPPER_CAMEL.matcher(w).matches() && !surnameLike);
  }

  /** Whether a word is shaped like a model code ("Q10", "5S"), so that it may stand alone for its product. */
  static boolean isModelCode(String word) {
    return MODEL_CODE.matcher(word).matches();
  }

  /** "Q10", "5S"; the tagger's other classes ("2013" a date) are no codes. */
  private static boolean isModelCode(Token t) {
    return MODEL_CODE.matcher(t.word()).matches() && Set.of("O", "ORGANIZATION", "MISC").contains(t.ner());
  }

  /**
   * A word that may stand in a product's name beside a camel-cased word or a model code: another such
   * word, a product word ("Pro"), or a word the tagger put in a company or other name ("Galaxy", "Apple").
   * Not any capitalized word, so that a title-case headline ("Microsoft Releases IE8 Patch") is no name.
   */
  private static boolean isNameWord(Token t) {
    return isCamel(t) || PRODUCT_WORDS.contains(t.word())
        || (t.ner().equals("ORGANIZATION") || t.ner().equals("MISC")) && Character.isUpperCase(t.word().codePointAt(0));
  }

  /** A capitalized word of a title, any part of speech ("Who" in "Doctor Who", "Catching" in "Catching Fire"). */
  private static boolean isTitleWord(Token t) {
    return Character.isUpperCase(t.word().codePointAt(0)) && Character.isLetter(t.word().codePointAt(0));
  }
}
