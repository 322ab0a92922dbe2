package dossier.model;

import java.util.List;

/** Something that happened (or was planned, denied, ...), with who took part, where and when. */
public record Event(
    String type, Span trigger, List<Participant> participants, String place, String time, String source) {

  /** An entity in an event, with its role: agent, victim, target, instrument, recipient, ... */
  public record Participant(String role, String entity) {}
}
