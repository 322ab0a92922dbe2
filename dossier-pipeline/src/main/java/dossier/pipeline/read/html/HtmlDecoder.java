package dossier.pipeline.read.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML bytes: by byte order mark, else the charset the transport declares, else a
 * {@code <meta>} charset in the first bytes, else UTF-8; undecodable bytes become U+FFFD and a warning.
 */
final class HtmlDecoder {

  /** Browsers look for the meta charset in the first 1024 bytes; pages padded with comments push it further. */
  private static final int META_SCAN_BYTES = 4096;

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlDecoder() {}

  /** Text decoded from bytes, and the warning about how, or null when all went well. */
  record Decoded(String html, String warning) {}

  /**
   * @param declared the charset the transport declared (an HTTP {@code Content-Type}), or null
   */
  static Decoded decode(byte[] bytes, int length, String declared) {
    if (length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      return strict(bytes, 3, length - 3, StandardCharsets.UTF_8, null);
    }
    if (length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return strict(bytes, 2, length - 2, StandardCharsets.UTF_16BE, null);
    }
    if (length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return strict(bytes, 2, length - 2, StandardCharsets.UTF_16LE, null);
    }
    String name = declared != null ? declared : metaCharset(bytes, length);
    if (name == null) {
      return strict(bytes, 0, length, StandardCharsets.UTF_8, null);
    }
    Charset charset = charset(name);
    if (charset == null) {
      return strict(bytes, 0, length, StandardCharsets.UTF_8, "unknown charset " + name + ", read as UTF-8");
    }
    return strict(bytes, 0, length, charset, null);
  }

  private static String metaCharset(byte[] bytes, int length) {
    // ISO-8859-1 maps every byte to one char, so the ASCII of the declaration reads right whatever the charset.
    Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1));
    return m.find() ? m.group(1) : null;
  }

  /** The charset of a label; Latin-1 and ASCII labels mean windows-1252 on the web, as browsers read them. */
  private static Charset charset(String name) {
    String label = name.toLowerCase(Locale.ROOT);
    if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
      label = "windows-1252";
    }
    try {
      return Charset.forName(label);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static Decoded strict(byte[] bytes, int offset, int length, Charset charset, String warning) {
    try {
      String html = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length))
          .toString();
      return new Decoded(html, warning);
    } catch (CharacterCodingException e) {
      String html = new String(bytes, offset, length, charset);
      String note = "invalid " + charset.name() + ", bad bytes replaced";
      return new Decoded(html, warning == null ? note : warning + "; " + note);
    }
  }
}
