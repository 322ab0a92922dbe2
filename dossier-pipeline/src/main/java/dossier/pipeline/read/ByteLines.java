package dossier.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, split at {@code '\n'} before decoding so that a bad line can be
 * reported and skipped; a line longer than {@code maxBytes} is skipped and marked truncated.
 */
final class ByteLines {

  private final InputStream in;
  private final int maxBytes;
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[8 * 1024];
  private int length;
  private boolean truncated;
  private int number;

  ByteLines(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** Moves to the next line, without its line break; false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    truncated = false;
    int b = read();
    if (b < 0) {
      return false;
    }
    number++;
    while (b >= 0 && b != '\n') {
      append((byte) b);
      b = read();
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return true;
  }

  /** The current line's bytes: the first {@link #length()} of this array. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** Whether the current line was longer than {@code maxBytes}, and so is not all there. */
  boolean truncated() {
    return truncated;
  }

  /** The current line's 1-based number. */
  int number() {
    return number;
  }

  private void append(byte b) {
    if (length == maxBytes) {
      truncated = true;
      return;
    }
    if (length == line.length) {
      line = Arrays.copyOf(line, (int) Math.min(2L * line.length, maxBytes));
    }
    line[length++] = b;
  }

  private int read() throws IOException {
    if (chunkPos == chunkEnd) {
      chunkEnd = in.read(chunk);
      chunkPos = 0;
      if (chunkEnd <= 0) {
        chunkEnd = 0;
        return -1;
      }
    }
    return chunk[chunkPos++] & 0xff;
  }
}
