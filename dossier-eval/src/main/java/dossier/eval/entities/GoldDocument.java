package dossier.eval.entities;

import java.time.LocalDate;
import java.util.List;

/**
 * One gold document, its text rebuilt so that the gold offsets point into it.
 *
 * @param date the publication date, or null when the data does not give one
 * @param gold the named mentions that are scored
 * @param ignored gold mentions left out of scoring (pronouns, common nouns, dates, unmapped types):
 *     a system mention on exactly such a span is neither right nor wrong
 * @param annotatedEnd where the annotated part of the text ends (code points): MEANTIME annotates
 *     only the title, the dateline and the first four sentences
 */
public record GoldDocument(String id, String split, LocalDate date, String text, List<Mention> gold,
    List<Mention> ignored, int annotatedEnd) {

  /** The mentions that lie in the annotated part of the text, the only ones that can be scored. */
  public List<Mention> annotated(List<Mention> mentions) {
    return mentions.stream().filter(m -> m.end() <= annotatedEnd).toList();
  }
}
