package dossier.eval.quotes;

import dossier.model.CodePoints;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The baseline: CoreNLP's QuoteAnnotator with QuoteAttributionAnnotator's speakers. It finds only
 * text in quotation marks and names no cue. One pipeline per JVM, loaded when first needed.
 */
final class CoreNlpQuotes {

  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private static volatile StanfordCoreNLP pipeline;

  private CoreNlpQuotes() {}

  /** The top-level quotes of {@code text}; the source is the speaker mention and its canonical mention. */
  static List<Attribution> of(String text, LocalDate date) {
    Annotation doc = new Annotation(text);
    if (date != null) doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    pipeline().annotate(doc);
    CodePoints offsets = new CodePoints(text);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<Attribution> out = new ArrayList<>();
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    if (quotes == null) return out;
    for (CoreMap q : quotes) {
      Range content = new Range(offsets.at(q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)),
          offsets.at(q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
      List<Range> source = new ArrayList<>();
      addTokens(source, tokens, offsets, q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
          q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
      addTokens(source, tokens, offsets, q.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class),
          q.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class));
      out.add(new Attribution(List.of(content), List.of(), source,
          "corenlp | speaker=" + q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class)
              + " | mention=" + q.get(QuoteAttributionAnnotator.MentionAnnotation.class)));
    }
    return out;
  }

  /** Adds the text range of tokens {@code first..last} (inclusive, as the attributor sets them) when set. */
  private static void addTokens(List<Range> out, List<CoreLabel> tokens, CodePoints offsets, Integer first, Integer last) {
    if (first == null || last == null || first < 0 || last < first || last >= tokens.size()) return;
    out.add(new Range(offsets.at(tokens.get(first).beginPosition()), offsets.at(tokens.get(last).endPosition())));
  }

  private static StanfordCoreNLP pipeline() {
    StanfordCoreNLP local = pipeline;
    if (local == null) {
      synchronized (CoreNlpQuotes.class) {
        local = pipeline;
        if (local == null) {
          Properties p = new Properties();
          p.setProperty("annotators", ANNOTATORS);
          p.setProperty("ssplit.newlineIsSentenceBreak", "two");
          // Statistical coref runs on depparse; the neural one would need the slower constituency parser.
          p.setProperty("coref.algorithm", "statistical");
          p.setProperty("quote.attributeQuotes", "true");
          pipeline = local = new StanfordCoreNLP(p);
        }
      }
    }
    return local;
  }
}
