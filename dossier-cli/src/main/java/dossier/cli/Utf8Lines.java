package dossier.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a UTF-8 stream as their bytes and their characters, split where
 * {@link java.io.BufferedReader#readLine} splits ("\n", "\r" or "\r\n") and decoded by the decoder
 * {@link java.nio.file.Files#newBufferedReader} uses, so a malformed line throws
 * {@link java.nio.charset.MalformedInputException}. A JSONL line is parsed from the characters and may be
 * stored as its bytes ({@link dossier.archive.Archive.Incoming}): no String of ~20 KB per line, grown a
 * buffer at a time and encoded again (docs/PERFORMANCE.md, "Ingest round 12c").
 */
final class Utf8Lines implements Closeable {
  private final InputStream in;
  private byte[] buffer = new byte[1 << 16];
  /** The bytes read and not yet taken: [start, end). */
  private int start, end;
  private boolean eof;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
  private CharBuffer chars = CharBuffer.allocate(1 << 14);
  private byte[] bytes;

  Utf8Lines(InputStream in) {
    this.in = in;
  }

  /** Moves to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    int scanned = 0; // bytes after start known to hold no line end
    while (true) {
      int i = start + scanned;
      while (i < end && buffer[i] != '\n' && buffer[i] != '\r') i++;
      scanned = i - start;
      // A '\r' ends the line alone only when the byte after it is known.
      if (i < end && (buffer[i] == '\n' || i + 1 < end || eof)) {
        take(start, i);
        start = i + (buffer[i] == '\r' && i + 1 < end && buffer[i + 1] == '\n' ? 2 : 1);
        return true;
      }
      if (eof) {
        if (start == end) return false;
        take(start, end);
        start = end;
        return true;
      }
      fill();
    }
  }

  /** The line's bytes, without its line end: a new array. */
  byte[] bytes() {
    return bytes;
  }

  /** The line's characters: valid until the next line. */
  CharBuffer chars() {
    return chars;
  }

  private void take(int from, int to) throws IOException {
    bytes = Arrays.copyOfRange(buffer, from, to);
    // UTF-8 never decodes to more chars than it has bytes: one pass, no overflow.
    if (chars.capacity() < bytes.length) chars = CharBuffer.allocate(bytes.length);
    chars.clear();
    decoder.reset();
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), chars, true);
    if (result.isError()) result.throwException();
    decoder.flush(chars);
    chars.flip();
  }

  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buffer.length) buffer = Arrays.copyOf(buffer, 2 * buffer.length);
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) eof = true;
    else end += n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
