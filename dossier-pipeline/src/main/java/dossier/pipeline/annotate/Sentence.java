package dossier.pipeline.annotate;

import java.util.List;

/** A sentence: its zone, its tokens in order, and its {@code char} range in the raw text. */
public record Sentence(int index, Zone zone, int start, int end, List<Token> tokens) {}
