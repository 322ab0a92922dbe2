package dossier.pipeline.read;

import dossier.pipeline.read.ReadResult.Failure;
import dossier.pipeline.read.TextBytes.InvalidUtf8Exception;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a whole text file as one article: the seed format ({@code date YYYY-MM-DD} then the
 * text, on the same line or the next) or plain text, dated by {@code --date} or its dateline.
 */
final class TextArticleReader {

  /** The seed header with the whitespace around it; the text starts where the match ends. */
  private static final Pattern SEED_HEADER = Pattern.compile("\\A\\s*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?:\\s+|\\z)");

  /**
   * A UTF-8 char takes at most 3 bytes, so a file over 4 bytes per allowed char cannot fit:
   * refuse it before reading it into memory.
   */
  private static final int MAX_BYTES_PER_CHAR = 4;

  private final ReadOptions options;

  TextArticleReader(ReadOptions options) {
    this.options = options;
  }

  /** The one article in {@code in}, or why there is none. */
  ReadResult read(String file, InputStream in) throws IOException {
    int maxBytes = (int) Math.min(MAX_BYTES_PER_CHAR * options.maxChars(), Integer.MAX_VALUE - 16);
    byte[] bytes = in.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      return new Failure(file, 0, "text too long: over " + maxBytes + " bytes, limit " + options.maxChars() + " chars");
    }
    try {
      return parse(file, Articles.normalizeLineBreaks(TextBytes.decode(bytes, bytes.length)));
    } catch (InvalidUtf8Exception e) {
      return new Failure(file, TextBytes.lineOf(bytes, e.offset), e.getMessage());
    }
  }

  private ReadResult parse(String file, String content) {
    Matcher header = SEED_HEADER.matcher(content);
    String text;
    LocalDate date;
    if (header.find()) {
      try {
        date = LocalDate.parse(header.group(1));
      } catch (DateTimeParseException e) {
        return new Failure(file, lineOf(content, header.start(1)), "invalid date: " + header.group(1));
      }
      text = content.substring(header.end());
    } else {
      text = content;
      date = options.defaultDate() != null
          ? options.defaultDate()
          : Dateline.find(text).map(Dateline::date).or(() -> Dateline.inHeader(text)).orElse(null);
    }
    RawArticle article = new RawArticle(Articles.contentId(date, text), date, null, null, null, text, file);
    return Articles.checked(article, file, 0, options.maxChars());
  }

  private static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }
}
