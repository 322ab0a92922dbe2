package dossier.pipeline.read;

import dossier.pipeline.read.ReadResult.Failure;
import dossier.pipeline.read.ReadResult.Success;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** What every reader does with an article it has read: normalize, give it an id, refuse bad text. */
final class Articles {

  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

  private Articles() {}

  /** {@code text} with CRLF and CR line breaks turned into LF, as the cleaner and {@link Dateline} expect. */
  static String normalizeLineBreaks(String text) {
    return text.indexOf('\r') < 0 ? text : LINE_BREAK.matcher(text).replaceAll("\n");
  }

  /**
   * A stable id for an article whose source gives none: the first 16 hex digits of the SHA-256
   * of its date and text, so the same article read twice, anywhere, gets the same id.
   */
  static String contentId(LocalDate date, String text) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    sha256.update((date == null ? "" : date.toString()).getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) '\n');
    byte[] digest = sha256.digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 8);
  }

  /** The article, unless its text is blank or longer than {@code maxChars}. */
  static ReadResult checked(RawArticle article, String file, int line, long maxChars) {
    String text = article.text();
    if (text.isBlank()) {
      return new Failure(file, line, "empty text");
    }
    if (text.length() > maxChars) {
      return new Failure(file, line, "text too long: " + text.length() + " chars, limit " + maxChars);
    }
    return new Success(article);
  }
}
