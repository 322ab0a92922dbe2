package dossier.eval.quotes;

import dossier.model.CodePoints;
import dossier.pipeline.extract.CueFrames;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Derives cue frames from a PolNeAR split: for each verb lemma with what follows it (a preposition,
 * "to" and an infinitive, or a noun-phrase object), how often it occurs outside quotation marks and how
 * often it is an annotated cue whose content starts right after it. The statistics, not the text, are what
 * {@code dossier-pipeline}'s {@code dossier/attribution/cue-frames.tsv} is selected from. Run:
 *
 * <pre>java -cp dossier-eval/target/dossier-eval.jar dossier.eval.quotes.CueFrameCounts ../shared/eval-data/polnear train 2 0.4</pre>
 *
 * Prints {@code frame, cues, occurrences, cue rate} as TSV, most frequent cue first: the frames with at least
 * {@code MIN_CUES} cues and a cue rate of at least {@code MIN_RATE} (the last two arguments; default all).
 */
public final class CueFrameCounts {

  /**
   * Lemmas that are no verb frame of their own: auxiliaries, whose frame is the main verb's ("has since said"),
   * and "according to", a preposition that Dossier reads on its own.
   */
  private static final Set<String> NO_FRAME = Set.of("be", "have", "do", "accord");

  private CueFrameCounts() {}

  public static void main(String[] args) throws IOException {
    Path polnear = Path.of(args.length > 0 ? args[0] : "../shared/eval-data/polnear");
    String split = args.length > 1 ? args[1] : "train";
    int minCues = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    double minRate = args.length > 3 ? Double.parseDouble(args[3]) : 0;
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    StanfordCoreNLP nlp = new StanfordCoreNLP(p);
    Map<String, int[]> counts = new TreeMap<>();
    for (PolNear.Doc doc : PolNear.read(polnear, split, 0)) {
      Annotation annotation = new Annotation(doc.text());
      nlp.annotate(annotation);
      CodePoints offsets = new CodePoints(doc.text());
      for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        count(sentence.get(CoreAnnotations.TokensAnnotation.class), doc.gold(), offsets, counts);
      }
    }
    System.out.printf(Locale.ROOT, "# PolNeAR %s: verb frames as gold cues (cues >= %d, cue rate >= %.2f).%n"
        + "# java -cp dossier-eval/target/dossier-eval.jar dossier.eval.quotes.CueFrameCounts POLNEAR %s %d %.2f%n"
        + "# frame\tcues\toccurrences\tcue rate%n", split, minCues, minRate, split, minCues, minRate);
    counts.entrySet().stream()
        .filter(e -> e.getValue()[0] >= minCues && e.getValue()[0] >= minRate * e.getValue()[1])
        .sorted((x, y) -> Integer.compare(y.getValue()[0], x.getValue()[0]))
        .forEach(e -> System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%.2f%n", e.getKey(), e.getValue()[0],
            e.getValue()[1], e.getValue()[0] / (double) e.getValue()[1]));
  }

  /**
   * Adds each verb's frame in one sentence: [times a gold attribution has the frame's words in its cue and the word
   * after them in its content, times in all].
   */
  private static void count(List<CoreLabel> tokens, List<Attribution> gold, CodePoints offsets, Map<String, int[]> counts) {
    int depth = 0;
    for (int c = 0; c + 1 < tokens.size(); c++) {
      CoreLabel t = tokens.get(c);
      if (t.tag().equals("``")) depth++;
      if (t.tag().equals("''")) depth = Math.max(0, depth - 1);
      if (depth > 0 || !t.tag().startsWith("VB")) continue;
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (NO_FRAME.contains(lemma)) continue;
      int k = c + 1;
      while (k < tokens.size() && k <= c + 2
          && CueFrames.PARTICLES.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
        k++;
      }
      if (k + 1 >= tokens.size()) continue;
      CoreLabel next = tokens.get(k);
      String frame;
      CoreLabel lastCueWord = t;
      CoreLabel firstContentWord = tokens.get(k + 1);
      if (next.tag().equals("TO") && tokens.get(k + 1).tag().equals("VB")) {
        frame = lemma + " to-infinitive";
      } else if (next.tag().equals("IN") || next.tag().equals("TO")) {
        frame = lemma + " " + next.word().toLowerCase(Locale.ROOT);
        lastCueWord = next;
      } else if (k == c + 1 && CueFrames.OBJECT_STARTS.contains(next.tag())) {
        frame = lemma + " object";
        firstContentWord = next;
      } else {
        continue;
      }
      Range verb = range(t, offsets);
      Range cueEnd = range(lastCueWord, offsets);
      Range content = range(firstContentWord, offsets);
      boolean cue = gold.stream().anyMatch(a -> a.cue().stream().anyMatch(verb::overlaps)
          && a.cue().stream().anyMatch(cueEnd::overlaps) && a.content().stream().anyMatch(content::overlaps));
      int[] n = counts.computeIfAbsent(frame, f -> new int[2]);
      if (cue) n[0]++;
      n[1]++;
    }
  }

  private static Range range(CoreLabel token, CodePoints offsets) {
    return new Range(offsets.at(token.beginPosition()), offsets.at(token.endPosition()));
  }
}
