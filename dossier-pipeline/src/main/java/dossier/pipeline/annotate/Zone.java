package dossier.pipeline.annotate;

/** Where a sentence stands: in the body, in a photo caption, or in a caption's credit line. */
public enum Zone { BODY, CAPTION, CREDIT }
