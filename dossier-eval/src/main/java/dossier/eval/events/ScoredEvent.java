package dossier.eval.events;

import java.util.List;

/**
 * An event as the scorer sees it, gold or system: a KAIROS type (null when a system type has none),
 * a trigger and arguments.
 *
 * @param ownType the type in the system's own taxonomy (for gold, the KAIROS type), for error reports
 * @param word the trigger as written, for error reports
 */
public record ScoredEvent(String type, TokenSpan trigger, List<Argument> arguments, String ownType, String word) {

  /** The same event typed by the first two KAIROS levels only ("Life.Die"), for the coarser score. */
  public ScoredEvent twoLevels() {
    return type == null || type.lastIndexOf('.') == type.indexOf('.') ? this
        : new ScoredEvent(type.substring(0, type.lastIndexOf('.')), trigger, arguments, ownType, word);
  }

  /**
   * A KAIROS role (null when unmapped) filled by the entity at {@code spans}: for gold, every mention
   * coreferent with the annotated one; for a system, the mention it points at.
   */
  public record Argument(String role, List<TokenSpan> spans, String text) {

    boolean overlaps(Argument other) {
      for (TokenSpan a : spans) {
        for (TokenSpan b : other.spans) {
          if (a.overlaps(b)) return true;
        }
      }
      return false;
    }
  }
}
