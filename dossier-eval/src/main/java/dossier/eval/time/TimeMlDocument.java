package dossier.eval.time;

import java.time.LocalDate;
import java.util.List;

/**
 * One TimeML file: its id, creation time, the TEXT content and the TIMEX3s inside it.
 *
 * @param dct the document creation time (the DCT's TIMEX3)
 * @param text the TEXT element's character content, tags removed and entities decoded
 * @param timexes the TIMEX3s inside TEXT with their spans in {@code text}, in document order
 */
record TimeMlDocument(String docId, Timex dct, String text, List<Timex> timexes) {

  /** The creation date, which Dossier takes as the article date. */
  LocalDate date() {
    return LocalDate.parse(dct.value().substring(0, 10));
  }
}
