package dossier.eval.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The baseline: plain CoreNLP NER with its defaults, so SUTime runs as shipped. */
final class SuTimeTagger implements TimeTagger {

  /** One CoreNLP pipeline per JVM, loaded on first use: only a run of this suite pays for it. */
  private static final class Loaded {
    static final StanfordCoreNLP PIPELINE = load();

    private static StanfordCoreNLP load() {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
      return new StanfordCoreNLP(p);
    }
  }

  @Override
  public String system() {
    return "corenlp";
  }

  @Override
  public List<Timex> tag(TimeMlDocument document) {
    Annotation doc = new Annotation(document.text());
    doc.set(CoreAnnotations.DocDateAnnotation.class, document.dct().value());
    Loaded.PIPELINE.annotate(doc);
    List<Timex> out = new ArrayList<>();
    for (CoreMap mention : doc.get(CoreAnnotations.MentionsAnnotation.class)) {
      edu.stanford.nlp.time.Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
      if (timex == null) continue;
      int start = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      // Only value: altVal is SUTime's unresolved form, not a TIMEX3 value the scorer could match.
      out.add(new Timex(start, end, document.text().substring(start, end), timex.timexType(),
          timex.value() == null ? "" : timex.value()));
    }
    return out;
  }
}
