package dossier.pipeline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits text into paragraphs: at blank lines, and at a single line break unless that break falls
 * inside a sentence (the text is hard-wrapped).
 *
 * <p>Many dumps (Wikinews among them) put one paragraph per line with no blank line between, so a
 * single break cannot simply be ignored. A break is taken as a wrap inside a paragraph when the
 * line before it does not end a sentence and either the next line starts in lower case or the line
 * before is as long as wrapped lines are. A wrong guess only moves a paragraph boundary: offsets
 * and body text stay the same.
 */
final class Paragraphs {

  /** Lines at least this long that stop mid-sentence were wrapped, not ended. */
  private static final int WRAPPED_LINE_LENGTH = 60;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’')\\]]*$");

  private Paragraphs() {}

  /** The paragraphs of {@code text} from offset {@code from} on, each stripped of surrounding whitespace. */
  static List<TextRange> split(String text, int from) {
    List<TextRange> paragraphs = new ArrayList<>();
    TextRange paragraph = null;
    TextRange lastLine = null;
    for (int lineStart = from; lineStart <= text.length(); ) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      TextRange line = new TextRange(lineStart, lineEnd).strip(text);
      if (line.isEmpty()) {
        if (paragraph != null) paragraphs.add(paragraph);
        paragraph = null;
      } else if (paragraph != null && isWrapped(text, lastLine, line)) {
        paragraph = new TextRange(paragraph.start(), line.end());
      } else {
        if (paragraph != null) paragraphs.add(paragraph);
        paragraph = line;
      }
      lastLine = line;
      lineStart = lineEnd + 1;
    }
    if (paragraph != null) paragraphs.add(paragraph);
    return paragraphs;
  }

  private static boolean isWrapped(String text, TextRange line, TextRange next) {
    if (SENTENCE_END.matcher(line.of(text)).find()) return false;
    return Character.isLowerCase(text.charAt(next.start()))
        || line.end() - line.start() >= WRAPPED_LINE_LENGTH;
  }
}
