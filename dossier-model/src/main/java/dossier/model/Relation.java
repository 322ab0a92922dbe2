package dossier.model;

/** A fact linking two entities ("e3 head_of e2"), with the evidence span and its text. */
public record Relation(String subject, String predicate, String object, int start, int end, String text) {}
