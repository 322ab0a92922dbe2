package dossier.model;

/** A statement whose truth the article attributes or hedges; {@code stance} says how. */
public record Claim(
    int start, int end, String text, String source, String sourceName, String cue, String stance) {}
