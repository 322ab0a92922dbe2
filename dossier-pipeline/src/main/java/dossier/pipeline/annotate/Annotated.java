package dossier.pipeline.annotate;

import dossier.pipeline.clean.CleanArticle;
import java.util.List;

/** A cleaned article with the linguistic layer over its body. */
public record Annotated(CleanArticle article, List<Sentence> sentences, List<NamedMention> names, List<Timex> timexes) {

  public String text() {
    return article.raw().text();
  }

  public Token token(int sentence, int index) {
    return sentences.get(sentence).tokens().get(index);
  }
}
