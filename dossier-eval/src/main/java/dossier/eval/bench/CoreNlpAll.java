package dossier.eval.bench;

import dossier.pipeline.read.RawArticle;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.function.ToIntFunction;

/** CoreNLP with all its usual annotators and their defaults: the baseline of Dossier's speed budget. */
final class CoreNlpAll implements ToIntFunction<RawArticle> {

  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,depparse,coref,quote,kbp";

  private final StanfordCoreNLP pipeline;

  CoreNlpAll() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    // The two settings Dossier also makes, so that both see the same sentences and the same date.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    this.pipeline = new StanfordCoreNLP(p);
  }

  /** Annotates the raw article text; returns its token count so the work cannot be optimised away. */
  @Override
  public int applyAsInt(RawArticle article) {
    Annotation doc = new Annotation(article.text());
    if (article.date() != null) doc.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
    pipeline.annotate(doc);
    return doc.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
