package dossier.pipeline.clean;

import dossier.pipeline.read.RawArticle;
import java.util.List;

/**
 * An article split into what is body and what is not. Offsets are {@code char} offsets into
 * {@code raw.text()}.
 *
 * @param body the body paragraphs, in order
 * @param captions photo captions with their credits, kept out of the body
 * @param dateline the dateline ("Thursday, January 24, 2019", "MOSCOW (Reuters) -"), or null
 */
public record CleanArticle(RawArticle raw, List<TextRange> body, List<CaptionRange> captions, TextRange dateline) {

  /**
   * The raw text with everything outside the body blanked by spaces, newlines kept: offsets stay
   * those of the raw text, and the annotator never reads captions, credits or datelines.
   */
  public String bodyText() {
    String text = raw.text();
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      out[i] = c == '\n' ? '\n' : ' ';
    }
    for (TextRange p : body) {
      text.getChars(p.start(), p.end(), out, p.start());
    }
    return new String(out);
  }
}
