package dossier.model;

/** A photo caption kept apart from the body; {@code credit} is the photographer or agency line, if any. */
public record Caption(int start, int end, String text, String credit) {}
