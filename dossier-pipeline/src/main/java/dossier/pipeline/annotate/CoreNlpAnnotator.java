package dossier.pipeline.annotate;

import dossier.pipeline.clean.CaptionRange;
import dossier.pipeline.clean.CleanArticle;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The one adapter to Stanford CoreNLP: nothing above the annotate stage sees a CoreNLP type.
 * Annotators and their measured costs are in docs/PERFORMANCE.md.
 */
public final class CoreNlpAnnotator implements Annotator {

  /** The NER tags of time words (SUTime's classes). */
  public static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

  private final StanfordCoreNLP pipeline;

  private CoreNlpAnnotator(Properties properties) {
    this.pipeline = new StanfordCoreNLP(properties);
  }

  /** The JVM's one annotator; models load on first use (several seconds), then it is shared by all threads. */
  public static CoreNlpAnnotator shared() {
    return Shared.ANNOTATOR;
  }

  /** Holds the annotator; the JVM builds it once, on first use, safely across threads. */
  private static final class Shared {
    static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(defaultProperties());
  }

  static Properties defaultProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // Paragraph breaks end sentences; single newlines inside a paragraph do not.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // Two CRFs instead of CoreNLP's three: the 3-class model first (better persons and organizations),
    // then the 4-class one, which may also name what the first left out (HIGH_RECALL; in NORMAL mode
    // it could add only MISC). Measured on 40 MEANTIME documents, entity F1: 4-class alone 0.593,
    // both NORMAL 0.605, both HIGH_RECALL 0.614, for 9% more time than one model.
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
        + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    p.setProperty("ner.combinationMode", "HIGH_RECALL");
    // Fine-grained classes double NER's cost; subtypes come from a gazetteer lookup on names instead.
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.additional.regexner.mapping", "dossier/ner/news-gazetteer.tsv");
    p.setProperty("ner.additional.regexner.ignorecase", "false");
    p.setProperty("tokenize.options", "untokenizable=noneKeep");
    return p;
  }

  @Override
  public Annotated annotate(CleanArticle article) {
    Builder out = new Builder(article.raw().text());
    // Captions and credits are annotated as documents of their own, so that no sentence runs
    // across body and caption and no caption line can become part of the body's discourse.
    add(out, Zone.BODY, article.bodyText(), 0, article);
    for (CaptionRange c : article.captions()) {
      add(out, Zone.CAPTION, c.caption().of(out.text), c.caption().start(), article);
      if (c.credit() != null) add(out, Zone.CREDIT, c.credit().of(out.text), c.credit().start(), article);
    }
    return new Annotated(article, List.copyOf(out.sentences), List.copyOf(out.names), List.copyOf(out.timexes));
  }

  private void add(Builder out, Zone zone, String segment, int base, CleanArticle article) {
    if (segment.isBlank()) return;
    Annotation doc = new Annotation(segment);
    if (article.raw().date() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.raw().date().toString());
    }
    pipeline.annotate(doc);
    StraightQuotes straightQuotes = new StraightQuotes(out.text);
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      int sentenceIndex = out.sentences.size();
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        int start = base + t.beginPosition();
        String tag = straightQuotes.direction(start, t.tag());
        tokens.add(new Token(tokens.size(), t.word(), t.lemma(), tag, t.ner() == null ? "O" : t.ner(),
            start, base + t.endPosition()));
      }
      out.sentences.add(new Sentence(sentenceIndex, zone, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
      int sentenceTokenBase = s.get(CoreAnnotations.TokenBeginAnnotation.class);
      List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions == null) continue;
      for (CoreMap m : mentions) {
        String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        int first = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceTokenBase;
        int end = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceTokenBase;
        int start = tokens.get(first).start();
        int stop = tokens.get(end - 1).end();
        String surface = out.text.substring(start, stop);
        if (TIME_TAGS.contains(tag)) {
          Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
          if (timex != null) {
            out.timexes.add(new dossier.pipeline.annotate.Timex(sentenceIndex, first, end, start, stop, surface,
                timex.timexType(), timex.value() != null ? timex.value() : timex.altVal()));
          }
        } else {
          out.names.add(new NamedMention(sentenceIndex, first, end, start, stop, surface, tag));
        }
      }
    }
  }

  /**
   * Straight double quotes say nothing of their direction, and the tagger's guess fails after
   * "you." and the like; within a paragraph they alternate, open then close. Two apostrophes
   * (''Like this,'' in some wire and archive text) are the same mark, which the tokenizer always
   * reads as closing.
   */
  private static final class StraightQuotes {
    private final String text;
    private boolean open;
    private int last = -1;

    StraightQuotes(String text) {
      this.text = text;
    }

    /** The quote tag ({@code ``} or {@code ''}) of the token at {@code start}, or {@code tag} unchanged. */
    String direction(int start, String tag) {
      boolean straight = text.charAt(start) == '"' || text.startsWith("''", start);
      if (!straight || !(tag.equals("``") || tag.equals("''"))) return tag;
      if (last >= 0 && text.substring(last, start).contains("\n\n")) open = false; // a new paragraph
      last = start;
      open = !open;
      return open ? "``" : "''";
    }
  }

  /** Collects the layer of one article across its segments. */
  private static final class Builder {
    final String text;
    final List<Sentence> sentences = new ArrayList<>();
    final List<NamedMention> names = new ArrayList<>();
    final List<dossier.pipeline.annotate.Timex> timexes = new ArrayList<>();

    Builder(String text) {
      this.text = text;
    }
  }
}
