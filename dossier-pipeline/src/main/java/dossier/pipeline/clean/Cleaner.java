package dossier.pipeline.clean;

import dossier.pipeline.read.Dateline;
import dossier.pipeline.read.RawArticle;
import dossier.pipeline.read.RawCaption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clean stage: splits an article into body paragraphs, photo captions with their credits, and
 * its dateline. Pure and thread-safe.
 *
 * <p>A short paragraph is a caption when a credit ends it ("… Soledar. Ivan Noyabrev / TASS") or
 * stands on the line right after it, or when it opens with "Photo:" or the like. A credit line with
 * no caption next to it is kept out of the body as a caption with an empty caption range. Captions
 * the source marks itself ({@link RawArticle#captions()}, from HTML figures) are taken as they are.
 */
public final class Cleaner {

  /** Captions are short; a longer paragraph is body whatever ends it. */
  private static final int MAX_CAPTION_WORDS = 60;

  /** Where a credit may start inside a paragraph: after a sentence, a bar or dash, a line break, or before "(", "©", "Photo". */
  private static final Pattern CREDIT_START = Pattern.compile(
      "(?<=[.!?…][\"”’')\\]]{0,2})\\s+|\\s+[|•–—-]\\s+|\\s*\\n\\s*"
          + "|\\s+(?=[(©]|(?i:photo|photograph|picture|image|credit|courtesy)\\b|AP Photo)");

  private static final Pattern CAPTION_LABEL =
      Pattern.compile("(?i:photo(?:graph)?|pictured|picture|caption|image|above)\\s*:\\s*\\S.*", Pattern.DOTALL);

  /** Openings and words that a caption does not have: quotes, pronouns, reporting. */
  private static final Pattern NOT_CAPTION = Pattern.compile(
      "^[\"“‘'«„]|^(?:He|She|They|It|We|I|You|There)\\b"
          + "|\\b(?i:said|says|told|tells|reported|reports|according to|added|asked)\\b");

  /** Finite verbs of a news sentence, which a caption (present tense or a noun phrase) rarely has. */
  private static final Pattern NEWS_VERB =
      Pattern.compile("\\b(?i:was|were|had|has|have|will|would|could|should|did|does)\\b");

  /** The article split into body, captions and dateline; offsets are into {@code raw.text()}. */
  public CleanArticle clean(RawArticle raw) {
    String text = raw.text();
    Optional<Dateline> date = Dateline.find(text);
    List<TextRange> body = new ArrayList<>();
    List<CaptionRange> captions = new ArrayList<>();
    TextRange previous = null;
    for (TextRange paragraph : Paragraphs.split(text, date.map(Dateline::end).orElse(0))) {
      if (marked(raw, paragraph)) continue;
      classify(text, paragraph, previous, body, captions);
      previous = paragraph;
    }
    for (RawCaption c : raw.captions()) {
      captions.add(new CaptionRange(new TextRange(c.start(), c.end()),
          c.hasCredit() ? new TextRange(c.creditStart(), c.creditEnd()) : null));
    }
    captions.sort(Comparator.comparingInt(c -> c.caption().start()));
    TextRange dateline = date.map(d -> new TextRange(d.start(), d.end())).orElse(null);
    Optional<TextRange> wire = body.isEmpty() ? Optional.empty() : WireDateline.find(text, body.get(0));
    if (wire.isPresent()) {
      dateline = join(text, dateline, wire.get());
      TextRange rest = new TextRange(wire.get().end(), body.get(0).end()).strip(text);
      if (rest.isEmpty()) body.remove(0);
      else body.set(0, rest);
    }
    return new CleanArticle(raw, List.copyOf(body), List.copyOf(captions), dateline);
  }

  /** Whether the paragraph lies in a caption or credit that the source marked. */
  private static boolean marked(RawArticle raw, TextRange paragraph) {
    for (RawCaption c : raw.captions()) {
      if (paragraph.start() >= c.start() && paragraph.end() <= Math.max(c.end(), c.creditEnd())) return true;
    }
    return false;
  }

  /** Adds {@code paragraph} to the body or the captions; a credit line may take back the paragraph before it. */
  private static void classify(
      String text, TextRange paragraph, TextRange previous, List<TextRange> body, List<CaptionRange> captions) {
    String s = paragraph.of(text);
    if (Credits.isCredit(s)) {
      addCreditLine(text, paragraph, previous, body, captions);
    } else if (words(s) > MAX_CAPTION_WORDS) {
      body.add(paragraph);
    } else {
      Optional<CaptionRange> caption = creditAtEnd(text, paragraph);
      if (caption.isPresent()) captions.add(caption.get());
      else if (CAPTION_LABEL.matcher(s).matches()) captions.add(new CaptionRange(paragraph, null));
      else body.add(paragraph);
    }
  }

  /**
   * Adds a paragraph that is only a credit: to the paragraph right before it when that reads like
   * a caption, else on its own with an empty caption so that it stays out of the body anyway.
   */
  private static void addCreditLine(
      String text, TextRange line, TextRange previous, List<TextRange> body, List<CaptionRange> captions) {
    TextRange credit = Credits.unwrap(text, line);
    TextRange lastBody = body.isEmpty() ? null : body.get(body.size() - 1);
    CaptionRange lastCaption = captions.isEmpty() ? null : captions.get(captions.size() - 1);
    if (previous != null && previous.equals(lastBody) && isCaption(previous.of(text), Credits.isBare(line.of(text)))) {
      captions.add(new CaptionRange(body.remove(body.size() - 1), credit));
    } else if (lastCaption != null && lastCaption.credit() == null && lastCaption.caption().equals(previous)) {
      captions.set(captions.size() - 1, new CaptionRange(previous, credit));
    } else {
      captions.add(new CaptionRange(new TextRange(line.start(), line.start()), credit));
    }
  }

  /** The caption and credit of a short paragraph that ends in a credit ("… Soledar. Ivan Noyabrev / TASS"). */
  private static Optional<CaptionRange> creditAtEnd(String text, TextRange paragraph) {
    Matcher m = CREDIT_START.matcher(text).region(paragraph.start(), paragraph.end());
    while (m.find()) {
      TextRange caption = new TextRange(paragraph.start(), m.start());
      TextRange credit = new TextRange(m.end(), paragraph.end());
      String tail = credit.of(text);
      if (Credits.isCredit(tail) && isCaption(caption.of(text), Credits.isBare(tail))) {
        return Optional.of(new CaptionRange(caption, Credits.unwrap(text, credit)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code s} reads like a photo caption rather than a news sentence. After a bare credit
   * like "(Reuters)", which also tags plain news paragraphs, finite news verbs rule it out too.
   */
  private static boolean isCaption(String s, boolean bareCredit) {
    return s.chars().anyMatch(Character::isLetter)
        && words(s) <= MAX_CAPTION_WORDS
        && !NOT_CAPTION.matcher(s).find()
        && WireDateline.find(s, new TextRange(0, s.length())).isEmpty()
        && !(bareCredit && NEWS_VERB.matcher(s).find());
  }

  /** The wire dateline, taking in a date line right before it; a date line further off stays the dateline. */
  private static TextRange join(String text, TextRange dateLine, TextRange wire) {
    if (dateLine == null) return wire;
    return text.substring(dateLine.end(), wire.start()).isBlank()
        ? new TextRange(dateLine.start(), wire.end())
        : dateLine;
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }
}
