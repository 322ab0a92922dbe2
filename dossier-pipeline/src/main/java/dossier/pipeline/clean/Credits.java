package dossier.pipeline.clean;

import java.util.regex.Pattern;

/**
 * Recognizes photo credit lines: "Ivan Noyabrev / TASS", "AP Photo/Evan Vucci", "Photo: Reuters",
 * "Photograph: Jane Doe/Getty Images", "AFP via Getty Images", "t.me/Prigozhin_hat", "© Jane Doe".
 */
final class Credits {

  /** Credits are short; anything longer is a sentence that happens to match (and costs the regex dear). */
  private static final int MAX_WORDS = 12;
  private static final int MAX_CHARS = 160;

  /**
   * A capitalized word of a name or agency: "Noyabrev", "EPA-EFE", "O'Brien", "J.", "St.". A full
   * stop only inside it or after an initial, so that "… Putin. Mikhail Tereshchenko / TASS" is not
   * read as one long name.
   */
  private static final String CAPITALIZED = "(?:\\p{Lu}\\.|(?:St|Jr|Sr|Dr)\\."
      + "|\\p{Lu}(?:[\\p{L}\\p{M}\\p{Nd}'’&-]|\\.(?=\\p{L}))*)";

  /** Any word of a name: capitalized, or a particle such as "de", "van", "al-Assad". */
  private static final String WORD = "(?:" + CAPITALIZED
      + "|(?:de|da|del|der|den|van|von|al|el|bin|ibn|la|le|du|dos|di)(?=\\s)"
      + "|(?:al|el)-\\p{Lu}[\\p{L}'’-]*)";

  private static final String NAME = CAPITALIZED + "(?:\\s+" + WORD + "){0,5}";

  private static final String LINK = "(?:https?://\\S+|www\\.\\S+|@\\w{2,30}"
      + "|[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|ru|ua|me|io|gov|uk|tv|info|news)(?:/\\S*)?)";

  private static final String PART = "(?:" + LINK + "|" + NAME + ")";

  /** Names, agencies and links joined as credits join them: "Name / TASS", "AFP via Getty Images". */
  private static final String PARTS =
      PART + "(?:(?:\\s*[/\\\\|,]\\s*|\\s+(?:via|for|and|&)\\s+)" + PART + "){0,3}";

  /** Agencies whose name alone is a credit. */
  private static final String AGENCY = "(?:AP|AFP|EPA(?:-EFE)?|Reuters|REUTERS|TASS|Getty Images|Shutterstock"
      + "|Alamy|Sputnik|RIA Novosti|Xinhua|Anadolu(?: Agency)?|Bloomberg|UPI|PA(?: Media| Wire)?|dpa"
      + "|ANP|Kyodo|Yonhap|NurPhoto|SOPA Images|Handout|HANDOUT|Pool|Wikimedia Commons)";

  /** Credits that say what they are; what follows "Photo:" must look like names, as captions start so too. */
  private static final Pattern LABELLED = Pattern.compile(
      "(?:(?:AP|AFP|Reuters|REUTERS|EPA|PA)\\s+)?"
          + "(?i:photo(?:graph)?s?|pictures?|pic|image|illustration|video|footage)"
          + "(?:\\s*:\\s*|\\s+(?i:by)\\s+|\\s*/\\s*)" + PARTS
          + "|©\\s*\\S.*"
          + "|(?i:copyright|(?:photo\\s+)?courtesy(?:\\s+of)?)\\s+\\S.*"
          + "|(?i:credit|source)\\s*:\\s*\\S.*");

  private static final Pattern NAMES = Pattern.compile(PARTS);
  private static final Pattern JOINED = Pattern.compile("[/\\\\]|\\svia\\s");
  private static final Pattern BARE = Pattern.compile(LINK + "|" + AGENCY + "(?:\\s+Photo)?");

  private Credits() {}

  /** Whether {@code s}, stripped and without enclosing parentheses, is a credit line as a whole. */
  static boolean isCredit(String s) {
    String credit = unwrap(s);
    if (credit.isEmpty() || credit.length() > MAX_CHARS || credit.split("\\s+").length > MAX_WORDS) return false;
    return LABELLED.matcher(credit).matches()
        || BARE.matcher(credit).matches()
        || NAMES.matcher(credit).matches() && JOINED.matcher(credit).find();
  }

  /**
   * Whether {@code s} names no one but an agency or a link ("(Reuters)", "t.me/x"): such a credit
   * also ends plain news paragraphs as a source tag, so the caption before it needs a closer look.
   */
  static boolean isBare(String s) {
    return BARE.matcher(unwrap(s)).matches();
  }

  /** The credit in {@code range} of {@code text}, stripped, and without its enclosing parentheses if it has them. */
  static TextRange unwrap(String text, TextRange range) {
    TextRange r = range.strip(text);
    boolean parenthesized = r.end() - r.start() > 2 && text.charAt(r.start()) == '(' && text.charAt(r.end() - 1) == ')';
    return parenthesized ? new TextRange(r.start() + 1, r.end() - 1).strip(text) : r;
  }

  private static String unwrap(String s) {
    return unwrap(s, new TextRange(0, s.length())).of(s);
  }
}
