package dossier.model;

/** Reported speech: {@code kind} is direct, partial or indirect; {@code speaker} an entity id or null. */
public record Quote(
    int start, int end, String text, String kind, String speaker, String speakerName, String cue) {}
