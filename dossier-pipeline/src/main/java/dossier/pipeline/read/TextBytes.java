package dossier.pipeline.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Tells text from binary, and decodes strict UTF-8 saying where it goes wrong. */
final class TextBytes {

  /** More control characters than this share of bytes means binary, not text. */
  private static final double MAX_CONTROL_SHARE = 0.1;

  private TextBytes() {}

  /** Bytes that are not UTF-8; {@code offset} is where the bad sequence starts. */
  static final class InvalidUtf8Exception extends Exception {
    final int offset;

    InvalidUtf8Exception(int offset, byte bad) {
      super("invalid UTF-8: byte 0x" + HexFormat.of().toHexDigits(bad), null, false, false);
      this.offset = offset;
    }
  }

  /** Whether the bytes hold a NUL or more than a tenth of control characters other than whitespace. */
  static boolean looksBinary(byte[] bytes) {
    int control = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        control++;
      }
    }
    return control > bytes.length * MAX_CONTROL_SHARE;
  }

  /** Whether the bytes begin with the UTF-8 byte order mark, which is not part of the text. */
  static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
  }

  /** Up to {@code n} bytes from the first that is not ASCII whitespace, as ASCII (others become '?'). */
  static String start(byte[] bytes, int n) {
    StringBuilder out = new StringBuilder(n);
    for (byte b : bytes) {
      if (out.length() == 0 && (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f')) continue;
      if (out.length() == n) break;
      out.append(b >= 0x20 && b < 0x7f ? (char) b : '?');
    }
    return out.toString();
  }

  /** The first {@code length} bytes decoded as UTF-8, refusing malformed input instead of replacing it. */
  static String decode(byte[] bytes, int length) throws InvalidUtf8Exception {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length); // UTF-8 never yields more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new InvalidUtf8Exception(in.position(), bytes[in.position()]);
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** The 1-based line that byte {@code offset} is on. */
  static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
