package dossier.model;

import java.util.List;
import java.util.Map;

/**
 * Something that happened, or was planned, threatened, denied or negated ({@code modality}), with
 * who took part, where and when, and who reports it.
 *
 * @param type from the taxonomy in docs/EVENTS.md (killing, desertion, border crossing, ...)
 * @param place the entity id of where it happened, else null; {@code placeName} the place as written
 * @param time a TIMEX3 value: from the event's clause, else inherited from context, else null
 * @param source the entity id of whoever reports it, else null; {@code sourceName} their name or description
 * @param stance how the article holds it: asserted, reported, believed, alleged, denied, uncertain
 * @param modality actual, negated, planned, threatened, denied or hypothetical
 * @param counts figures given for it, by what they count ("killed" -> "12", "injured" -> "at least 20")
 */
public record Event(
    String type,
    Span trigger,
    List<Participant> participants,
    String place,
    String placeName,
    String time,
    String source,
    String sourceName,
    String stance,
    String modality,
    Map<String, String> counts) {

  /**
   * A participant and its role (agent, victim, patient, target, recipient, ...): {@code entity} the
   * entity its words name or are a mention of ("an inmate": the article's unnamed "the inmate"), null
   * when they are no entity's mention; {@code text} as written.
   */
  public record Participant(String role, String entity, String text) {}
}
