package dossier.pipeline.annotate;

import dossier.pipeline.clean.CleanArticle;

/** Adds the linguistic layer (tokens, tags, names, times) to a cleaned article. */
public interface Annotator {
  Annotated annotate(CleanArticle article);
}
