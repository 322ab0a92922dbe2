package dossier.eval.entities;

import dossier.model.CodePoints;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The baseline: plain CoreNLP NER's entity mentions, fine-grained tags mapped to the four types. */
final class CoreNlpMentions implements MentionSystem {

  /** Loaded on first use, once per JVM: the models take seconds and a gigabyte. */
  private static final class Holder {
    static final StanfordCoreNLP PIPELINE = load();

    private static StanfordCoreNLP load() {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
      // The one setting Dossier also makes, so that titles and datelines stay sentences of their own.
      p.setProperty("ssplit.newlineIsSentenceBreak", "two");
      return new StanfordCoreNLP(p);
    }
  }

  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public List<Mention> mentions(GoldDocument doc) {
    Annotation a = new Annotation(doc.text());
    if (doc.date() != null) a.set(CoreAnnotations.DocDateAnnotation.class, doc.date().toString());
    Holder.PIPELINE.annotate(a);
    CodePoints offsets = new CodePoints(doc.text());
    List<Mention> out = new ArrayList<>();
    for (CoreMap m : a.get(CoreAnnotations.MentionsAnnotation.class)) {
      String type = EntityTypes.corenlp(m.get(CoreAnnotations.EntityTypeAnnotation.class));
      if (type == null) continue;
      int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(new Mention(offsets.at(start), offsets.at(end), type, doc.text().substring(start, end)).normalized());
    }
    return out;
  }
}
