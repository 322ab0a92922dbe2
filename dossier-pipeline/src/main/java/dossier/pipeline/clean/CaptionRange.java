package dossier.pipeline.clean;

/** A photo caption found in the text, and its credit line if it has one (null otherwise). */
public record CaptionRange(TextRange caption, TextRange credit) {}
