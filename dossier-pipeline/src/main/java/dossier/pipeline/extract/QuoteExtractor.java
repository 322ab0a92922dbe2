package dossier.pipeline.extract;

import dossier.model.Quote;
import dossier.model.Span;
import dossier.pipeline.annotate.Annotated;
import dossier.pipeline.annotate.Sentence;
import dossier.pipeline.annotate.Token;
import dossier.pipeline.annotate.Zone;
import dossier.pipeline.clean.TextRange;
import dossier.pipeline.extract.Attribution.Speaker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Reported speech in the body, each with its speaker: direct quotes (a whole quoted utterance),
 * partial quotes (a quoted fragment inside reported speech) and indirect quotes ("he said he
 * joined in July"). Quoted names, titles and scare quotes with no speaker are not speech.
 */
public final class QuoteExtractor {

  /** Words of an addressee or a time between a cue and its "that" ("told reporters", "said Tuesday"). */
  private static final Set<String> OBJECT_OR_TIME = Set.of("PRP", "NNP", "NNPS", "NNS", "NN", "DT", "JJ", "CD",
      "PRP$");
  private static final Set<String> CLAUSE_STARTERS = Set.of("PRP", "PRP$", "DT", "JJ", "JJS", "JJR", "NNP", "NNPS",
      "NN", "NNS", "EX", "CD");
  /**
   * Adverbs and conjunctions that open a reported clause as its subject does: "says there needs to be a law",
   * "says too much is made of", "says neither the nominee nor her campaign helped".
   */
  private static final Set<String> CLAUSE_OPENING_WORDS = Set.of("there", "too", "neither", "either", "both", "only",
      "not", "nearly", "almost", "even", "no", "here");
  /** Verb tags that make a clause; participles count too, as the tagger reads "had killed" as VBN VBN at times. */
  private static final Set<String> CLAUSE_VERBS = Set.of("VBD", "VBZ", "VBP", "MD", "VBN");

  /** A stretch of quoted text: from the token after its opening mark to the token before its closing one. */
  private record Quoted(int sentence, int open, int closeSentence, int close, int start, int end, int depth) {}

  /** The quotes of the body of an annotated article, in text order. */
  public List<Quote> extract(Annotated annotated, EntityIndex entities) {
    Annotated article = new Annotated(annotated.article(),
        annotated.sentences().stream().map(QuoteExtractor::withQuoteMarks).toList(), annotated.names(),
        annotated.timexes());
    Attribution attribution = new Attribution(entities, article.text());
    List<Sentence> body = article.sentences().stream().filter(s -> s.zone() == Zone.BODY).toList();
    List<Quoted> quoted = findQuoted(article, body);
    List<Quote> turns = transcript(article, body, entities, attribution);
    List<Quote> out = new ArrayList<>(turns);
    Speaker previous = Speaker.NONE;
    int previousSentence = -10;
    for (Quoted q : quoted) {
      if (turns.stream().anyMatch(t -> entities.offsets().at(q.start) < t.end()
          && entities.offsets().at(q.end) > t.start())) {
        continue; // a transcript's turn in quotation marks is that turn's quote
      }
      Sentence closing = article.sentences().get(q.closeSentence);
      Sentence opening = article.sentences().get(q.sentence);
      String content = article.text().substring(q.start, q.end);
      if (content.isBlank() || isName(opening.tokens(), q)) continue;
      Cue cue = q.depth > 0 ? cueInsideOuter(opening, q) : cueFor(opening, closing, q);
      if (cue == null && q.depth == 0) cue = frameAfter(article, body, closing, q);
      Cue byline = q.depth > 0 || hasVerbBefore(opening, q.open) ? null : dashSignature(article, body, closing, q);
      Cue colon = cue == null && isWholeSentences(opening, closing, q) ? introducedBy(body, opening) : null;
      Speaker speaker;
      Cue used;
      if (byline != null) {
        // "“He represents our greatest shame.” ― Sonya Herridge": a quote signed by the name after a dash.
        speaker = attribution.namedBy(byline.sentence.tokens(), byline.token + 1);
        used = byline;
      } else if (cue != null) {
        speaker = attribution.speakerOf(cue.sentence.tokens(), cue.token);
        used = cue;
      } else if (colon != null) {
        // "The minister said:" ending the sentence before: the quote that follows is hers.
        used = colon;
        speaker = attribution.speakerOf(used.sentence.tokens(), used.token);
      } else if (isWholeSentences(opening, closing, q) && previousSentence >= body.indexOf(opening) - 1) {
        // "There were a lot of such cases." right after an attributed quote: the same speaker goes on.
        speaker = previous;
        used = null;
      } else {
        continue; // a scare quote, a title, a name: not speech
      }
      String kind = isDirect(opening, q, content) ? "direct" : "partial";
      out.add(quote(entities, q.start, trimEnd(article.text(), q.start, q.end), kind, speaker, used));
      previous = speaker;
      previousSentence = body.indexOf(closing);
    }
    out.addAll(indirect(article, body, entities, attribution, quoted));
    out.sort(Comparator.comparingInt(Quote::start));
    return out;
  }

  // ---- quoted text ----------------------------------------------------------------------------

  /**
   * The sentence with its quotation marks tagged by direction: the tagger leaves a closing pair typed
   * as one token ("people,’” Merkley said") untagged, and guesses the direction of a straight mark, at
   * times wrongly ("with the FBI," Oversight Chairman ...). A straight mark attached to the word before
   * it and not to the one after closes a quote; attached only to the word after, it opens one.
   */
  static Sentence withQuoteMarks(Sentence s) {
    List<Token> tokens = s.tokens();
    List<Token> out = new ArrayList<>(tokens.size());
    boolean changed = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String pos = quoteMarkTag(tokens, i);
      if (pos != null && !pos.equals(t.pos())) {
        t = new Token(t.index(), t.word(), t.lemma(), pos, t.ner(), t.start(), t.end());
        changed = true;
      }
      out.add(t);
    }
    return changed ? new Sentence(s.index(), s.zone(), s.start(), s.end(), out) : s;
  }

  /** "``" for an opening quotation mark, "''" for a closing one, null for any other token. */
  private static String quoteMarkTag(List<Token> tokens, int i) {
    String w = tokens.get(i).word();
    if (w.equals("\"") || w.equals("''")) {
      boolean touchesBefore = i > 0 && tokens.get(i - 1).end() == tokens.get(i).start();
      boolean touchesAfter = i + 1 < tokens.size() && tokens.get(i + 1).start() == tokens.get(i).end();
      if (touchesBefore && !touchesAfter) return "''";
      if (touchesAfter && !touchesBefore) return "``";
      return Attribution.isQuoteMark(tokens.get(i)) ? tokens.get(i).pos() : null;
    }
    if (w.length() > 1 && w.contains("”") && w.chars().allMatch(c -> c == '”' || c == '’')) return "''";
    if (w.length() > 1 && w.contains("“") && w.chars().allMatch(c -> c == '“' || c == '‘')) return "``";
    return null;
  }

  /** Quoted stretches by their marks; a quote left open at a paragraph's end closes there. */
  private static List<Quoted> findQuoted(Annotated article, List<Sentence> body) {
    List<Quoted> out = new ArrayList<>();
    Deque<int[]> open = new ArrayDeque<>(); // {sentence, token}
    int paragraph = -1;
    Sentence last = null;
    for (Sentence s : body) {
      int p = paragraphOf(article, s.start());
      if (p != paragraph && last != null) {
        closeAll(open, last, out, article);
      }
      boolean startsParagraph = p != paragraph;
      paragraph = p;
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.pos().equals("``") && i == tokens.size() - 1 && s.index() + 1 < article.sentences().size()) {
          // The splitter left an opening mark at the end of the sentence before ("agreed. ''There's"):
          // the quote opens at the next sentence's start (token -1 stands for "before its first token").
          open.push(new int[] {s.index() + 1, -1});
        } else if (t.pos().equals("``") || i == 0 && t.pos().equals("''") && open.isEmpty() && startsParagraph) {
          // A closing mark typed at a paragraph's start ("”Fear. I am truly afraid ...") opens the quote.
          open.push(new int[] {s.index(), i});
        } else if (t.pos().equals("''") && !open.isEmpty()) {
          // "people,’” Merkley said": a closing pair typed as one token closes the inner quote and the outer.
          int closes = t.word().length() > 1 && t.word().chars().allMatch(ch -> ch == '”' || ch == '’')
              ? t.word().length() : 1;
          for (int n = 0; n < closes && !open.isEmpty(); n++) {
            int[] o = open.pop();
            Sentence os = article.sentences().get(o[0]);
            if (o[1] + 1 < os.tokens().size() && (o[0] != s.index() || o[1] + 1 < i)) {
              int start = os.tokens().get(o[1] + 1).start();
              // A closing mark the splitter moved to the next sentence closes after the previous sentence.
              int end = i > 0 ? tokens.get(i - 1).end() : article.sentences().get(s.index() - 1).end();
              if (end > start) out.add(new Quoted(o[0], o[1], s.index(), i, start, end, open.size()));
            }
          }
        }
      }
      last = s;
    }
    if (last != null) closeAll(open, last, out, article);
    out.sort(Comparator.comparingInt(Quoted::start));
    return out;
  }

  private static void closeAll(Deque<int[]> open, Sentence last, List<Quoted> out, Annotated article) {
    while (!open.isEmpty()) {
      int[] o = open.pop();
      Sentence os = article.sentences().get(o[0]);
      if (o[1] + 1 >= os.tokens().size() && o[0] == last.index()) continue;
      int start = o[1] + 1 < os.tokens().size() ? os.tokens().get(o[1] + 1).start() : os.end();
      int end = last.tokens().get(last.tokens().size() - 1).end();
      if (end > start) out.add(new Quoted(o[0], o[1], last.index(), last.tokens().size(), start, end, open.size()));
    }
  }

  private static int paragraphOf(Annotated article, int offset) {
    List<TextRange> paragraphs = article.article().body();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (offset < paragraphs.get(i).end()) return i;
    }
    return paragraphs.size();
  }

  /** "Operation Peace Spring", "Argo": a short run of capitalized words is a name, not speech. */
  private static boolean isName(List<Token> tokens, Quoted q) {
    if (q.closeSentence != q.sentence) return false;
    int words = 0;
    for (int i = q.open + 1; i < q.close; i++) {
      Token t = tokens.get(i);
      if (t.pos().startsWith("VB") || t.pos().equals("MD")) return false;
      if (Character.isLetter(t.word().charAt(0))) {
        words++;
        if (!Character.isUpperCase(t.word().charAt(0)) && !Set.of("of", "the", "and", "for", "in", "on", "a")
            .contains(Words.lower(t))) {
          return false;
        }
      }
    }
    return words <= 6;
  }

  // ---- attribution ----------------------------------------------------------------------------

  /** A reporting verb: the sentence it stands in and its token. */
  private record Cue(Sentence sentence, int token) {
    /** The cue's last token: "according to" is two. */
    int lastToken() {
      return isAccordingTo(sentence.tokens(), token) ? token + 1 : token;
    }
  }

  /** The reporting verb of a quote: right after it, else right before it, else anywhere outside quotes in its sentence. */
  private static Cue cueFor(Sentence opening, Sentence closing, Quoted q) {
    List<Token> after = closing.tokens();
    int cueAfter = cueAfterClose(after, q.close + 1);
    if (cueAfter >= 0) return new Cue(closing, cueAfter);
    List<Token> before = opening.tokens();
    for (int i = q.open - 1; i >= 0; i--) {
      if (before.get(i).pos().equals("''")) break;
      if (Attribution.isCue(before.get(i)) || isAccordingTo(before, i)) return new Cue(opening, i);
    }
    if (opening.index() == closing.index()) {
      int depth = 0;
      for (int i = 0; i < after.size(); i++) {
        Token t = after.get(i);
        if (t.pos().equals("``")) depth++;
        else if (t.pos().equals("''")) depth = Math.max(0, depth - 1);
        else if (depth == 0 && Attribution.isCue(t)) return new Cue(closing, i);
      }
    }
    return null;
  }

  /**
   * The cue within eight words after a quote's closing mark at {@code from}, else -1. Words in brackets
   * ("Rep. John Mica (R-Fla.) said") and an apposition set off by commas ("Malkia Cyril, the executive
   * director at the Center of Media Justice, told") do not count; another finite verb or quote ends the search.
   */
  private static int cueAfterClose(List<Token> tokens, int from) {
    int words = 0;
    int brackets = 0;
    boolean apposition = false;
    for (int i = from; i < tokens.size() && words <= 8; i++) {
      Token t = tokens.get(i);
      if (t.pos().equals("``")) return -1;
      if (Attribution.isCue(t)) return i;
      if (t.pos().equals("-LRB-") || t.word().equals("(")) brackets++;
      else if (t.pos().equals("-RRB-") || t.word().equals(")")) brackets = Math.max(0, brackets - 1);
      else if (t.word().equals(",") && i > from) apposition = !apposition;
      else if (Words.FINITE_TAGS.contains(t.pos())) return -1;
      else if (brackets == 0 && !apposition) words++;
    }
    return -1;
  }

  /** Whether a verb stands before token {@code open} of {@code s}: the quote then sits in a frame of its own. */
  private static boolean hasVerbBefore(Sentence s, int open) {
    for (int i = 0; i < open && i < s.tokens().size(); i++) {
      String pos = s.tokens().get(i).pos();
      if (pos.startsWith("VB") || pos.equals("MD")) return true;
    }
    return false;
  }

  private static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");

  /**
   * A dash right after the quote's closing mark and a name ending the sentence ("” ― Pamela Padilla"),
   * in the closing sentence or at the start of the next one in the same paragraph: the dash is the cue.
   */
  private static Cue dashSignature(Annotated article, List<Sentence> body, Sentence closing, Quoted q) {
    Sentence s = closing;
    int dash = q.close + 1;
    if (dash >= s.tokens().size()) {
      int at = body.indexOf(closing);
      if (at < 0 || at + 1 >= body.size()) return null;
      s = body.get(at + 1);
      if (paragraphOf(article, s.start()) != paragraphOf(article, closing.start())) return null;
      dash = 0;
      if (!s.tokens().isEmpty() && Attribution.isQuoteMark(s.tokens().get(0))) dash = 1;
    }
    List<Token> tokens = s.tokens();
    if (dash >= tokens.size() || !DASHES.contains(tokens.get(dash).word())) return null;
    int k = dash + 1;
    while (k < tokens.size() && k - dash <= 5 && tokens.get(k).pos().startsWith("NNP")
        && Character.isUpperCase(tokens.get(k).word().codePointAt(0))) {
      k++;
    }
    if (k == dash + 1) return null;
    // The name ends its sentence or its paragraph (the splitter runs a one-line paragraph into the next,
    // and a long line ending with no period can read as wrapped: then the next quote opens right after it).
    boolean ends = k >= tokens.size() || tokens.get(k).pos().equals(".") || tokens.get(k).word().equals(",")
        && k + 1 < tokens.size() || tokens.get(k).pos().equals("``") || paragraphOf(article, tokens.get(k).start())
        != paragraphOf(article, tokens.get(dash).start());
    return ends ? new Cue(s, dash) : null;
  }

  /**
   * Transcripts: a paragraph that opens with a speaker's name in capitals and a colon ("WALLACE: Let's start
   * with ...", "PENCE: Well, look, ...") is that speaker's turn, up to the paragraph's end; the colon is its cue.
   */
  private static List<Quote> transcript(Annotated article, List<Sentence> body, EntityIndex entities,
      Attribution attribution) {
    List<Quote> out = new ArrayList<>();
    int lastParagraph = -1;
    for (int n = 0; n < body.size(); n++) {
      Sentence s = body.get(n);
      int paragraph = paragraphOf(article, s.start());
      boolean opensParagraph = paragraph != lastParagraph;
      lastParagraph = paragraph;
      if (!opensParagraph) continue;
      List<Token> tokens = s.tokens();
      int name = !tokens.isEmpty() && Attribution.isQuoteMark(tokens.get(0)) ? 1 : 0;
      int colon = name;
      while (colon < tokens.size() && colon - name < 3 && isCapitalsWord(tokens.get(colon))) colon++;
      if (colon == name || colon + 1 >= tokens.size() || !tokens.get(colon).word().equals(":")
          || EDITORIAL_LABELS.contains(Words.lower(tokens.get(name)))) {
        continue;
      }
      int last = n;
      while (last + 1 < body.size() && paragraphOf(article, body.get(last + 1).start()) == paragraph) last++;
      List<Token> end = body.get(last).tokens();
      int endToken = end.size() - 1;
      while (endToken > 0 && Attribution.isQuoteMark(end.get(endToken))) endToken--;
      int from = tokens.get(colon + 1).start();
      int to = end.get(endToken).end();
      if (to <= from) continue;
      Speaker speaker = attribution.namedBy(tokens, name);
      if (!speaker.hasMention()) {
        speaker = new Speaker(null, article.text().substring(tokens.get(name).start(), tokens.get(colon - 1).end()),
            tokens.get(name).start(), tokens.get(colon - 1).end());
      }
      out.add(quote(entities, from, to, "direct", speaker, new Cue(s, colon)));
    }
    return out;
  }

  /** Labels in capitals that introduce the newsroom's own words, no speaker's turn ("CLARIFICATION: ..."). */
  private static final Set<String> EDITORIAL_LABELS = Set.of("clarification", "correction", "update", "updated",
      "editor", "editors", "note", "watch", "read", "related", "photos", "video", "warning", "disclosure", "breaking");

  /** "WALLACE", "PENCE": a word of two or more letters, all capitals. */
  private static boolean isCapitalsWord(Token t) {
    String w = t.word();
    return w.length() >= 2 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.' || ch == '\'')
        && w.chars().anyMatch(Character::isLetter);
  }

  /**
   * "“Why isn’t this proof?” Vitter demanded.": the splitter ends the sentence at the question mark, so
   * the frame stands alone in the next sentence of the paragraph. It is the quote's when it is only a
   * speaker and a cue ("Graham asked.", "asked Graham.", "she said, but Kevin was drifting off"), with no
   * clause of its own after the cue.
   */
  private static Cue frameAfter(Annotated article, List<Sentence> body, Sentence closing, Quoted q) {
    List<Token> tokens = closing.tokens();
    for (int i = q.close + 1; i < tokens.size(); i++) {
      if (!tokens.get(i).pos().equals(".")) return null;
    }
    int at = body.indexOf(closing);
    if (at < 0 || at + 1 >= body.size()) return null;
    Sentence next = body.get(at + 1);
    if (paragraphOf(article, next.start()) != paragraphOf(article, closing.start())) return null;
    List<Token> frame = next.tokens();
    int c = 0;
    while (c < frame.size() && c < 8 && !Attribution.isCue(frame.get(c))) {
      String pos = frame.get(c).pos();
      if (!(pos.startsWith("NN") || pos.equals("DT") || pos.equals("PRP") || pos.startsWith("JJ") || pos.equals("RB")
          || pos.equals("HYPH") || pos.equals("-LRB-") || pos.equals("-RRB-") || pos.equals("POS")
          || c > 0 && Set.of("in", "of", "for", "at").contains(Words.lower(frame.get(c))))) {
        // "a narrator in the Clinton ad asks": a preposition inside the speaker's phrase, not at its start
        return null;
      }
      c++;
    }
    if (c >= frame.size() || c >= 8 || !Words.FINITE_TAGS.contains(frame.get(c).pos())) return null;
    for (int i = c + 1; i < frame.size(); i++) {
      Token t = frame.get(i);
      if (t.word().equals(",") || t.word().equals(";")) break;
      if (Words.FINITE_TAGS.contains(t.pos()) || Attribution.isQuoteMark(t) || t.word().equals("that")) return null;
    }
    return new Cue(next, c);
  }

  /** The cue of the body sentence before {@code s} when that sentence ends in a colon after it, else null. */
  private static Cue introducedBy(List<Sentence> body, Sentence s) {
    int at = body.indexOf(s);
    if (at <= 0) return null;
    Sentence before = body.get(at - 1);
    List<Token> tokens = before.tokens();
    int last = tokens.size() - 1;
    if (last < 1 || !tokens.get(last).word().equals(":")) return null;
    for (int i = last - 1; i >= 0; i--) {
      if (Attribution.isQuoteMark(tokens.get(i))) return null;
      if (Attribution.isCue(tokens.get(i))) return new Cue(before, i);
    }
    return null;
  }

  /** A quote inside a quote is its own speaker's: its cue stands inside the outer quote. */
  private static Cue cueInsideOuter(Sentence s, Quoted inner) {
    if (inner.closeSentence != inner.sentence) return null;
    List<Token> tokens = s.tokens();
    for (int i = inner.close + 1; i < tokens.size() && i <= inner.close + 6; i++) {
      if (Attribution.isQuoteMark(tokens.get(i))) break;
      if (Attribution.isCue(tokens.get(i))) return new Cue(s, i);
    }
    for (int i = inner.open - 1; i >= 0 && i >= inner.open - 8; i--) {
      if (Attribution.isQuoteMark(tokens.get(i))) break;
      if (Attribution.isCue(tokens.get(i))) return new Cue(s, i);
    }
    return null;
  }

  private static boolean isAccordingTo(List<Token> tokens, int i) {
    return tokens.get(i).word().equalsIgnoreCase("according") && i + 1 < tokens.size()
        && tokens.get(i + 1).word().equalsIgnoreCase("to");
  }

  /** Whether the quote makes up the whole of its sentences, with no frame around it. */
  private static boolean isWholeSentences(Sentence opening, Sentence closing, Quoted q) {
    boolean nothingBefore = q.open <= 0;
    boolean nothingAfter = q.close >= closing.tokens().size() - 1
        || closing.tokens().subList(q.close + 1, closing.tokens().size()).stream()
            .allMatch(t -> t.pos().equals(".") || Attribution.isQuoteMark(t));
    return nothingBefore && nothingAfter;
  }

  /** A whole utterance starts like a sentence and stands at its sentence's start or after a colon, comma or cue. */
  private static boolean isDirect(Sentence opening, Quoted q, String content) {
    int first = content.codePointAt(0);
    if (!Character.isUpperCase(first) && !Character.isDigit(first)) return false;
    if (q.open <= 0) return true;
    Token before = opening.tokens().get(q.open - 1);
    return Set.of(":", ",").contains(before.word()) || Attribution.isCue(before) || before.word().equals("that")
        && q.closeSentence != q.sentence;
  }

  // ---- indirect speech ------------------------------------------------------------------------

  /** "X said (that) CLAUSE" with no quotation marks around the clause. */
  private List<Quote> indirect(Annotated article, List<Sentence> body, EntityIndex entities, Attribution attribution,
      List<Quoted> quoted) {
    List<Quote> out = new ArrayList<>();
    for (Sentence s : body) {
      List<Token> tokens = s.tokens();
      int depth = 0;
      for (int c = 0; c < tokens.size(); c++) {
        Token t = tokens.get(c);
        if (t.pos().equals("``")) depth++;
        if (t.pos().equals("''")) depth = Math.max(0, depth - 1);
        String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
        // "pointed out that ...": a reporting verb with its particle, the clause after the particle.
        boolean pointOut = lemma.equals("point") && c + 1 < tokens.size() && Words.is(tokens.get(c + 1), "out");
        boolean thatOnly = Attribution.THAT_CLAUSE_LEMMAS.contains(lemma) || pointOut;
        boolean reports = Attribution.INDIRECT_LEMMAS.contains(lemma) || thatOnly;
        if (depth > 0 || !t.pos().startsWith("VB") || !reports && !WH_CLAUSE_LEMMAS.contains(lemma)
            || inside(quoted, t.start())) {
          continue; // "I think" inside a quote is the quoted speaker's words, not a report of its own
        }
        if (isPassiveOrRaising(tokens, c)) continue;
        if (c > 0 && (Attribution.isQuoteMark(tokens.get(c - 1)) || c > 1 && tokens.get(c - 1).word().equals(",")
            && Attribution.isQuoteMark(tokens.get(c - 2)))) {
          continue; // "…,” said Mr. Kamin, who …": the quote is what was said; the speaker follows the cue
        }
        if (c > 2 && tokens.get(c - 1).word().equals(",") && nameThenComma(tokens, c + 1)) {
          // "Its first ad could start this week, said Brian Baker, a longtime adviser who oversees ...":
          // the cue is inverted, the name after it speaks, and the clause before it is what was said.
          int from = tokens.get(0).pos().equals("CC") ? 1 : 0;
          if (hasFiniteVerb(tokens, from, c - 1) && !containsQuoteMark(tokens, from, c - 1)) {
            out.add(quote(entities, tokens.get(from).start(), tokens.get(c - 2).end(), "indirect",
                attribution.speakerOf(tokens, c), new Cue(s, c)));
          }
          continue;
        }
        int wh = questionStart(tokens, c, lemma);
        if (wh >= 0 || !reports) {
          // "explained why he backs Trump", "asked whether the deals required ...", "told Marlow how surprised he is".
          int whEnd = wh < 0 ? -1 : complementEnd(tokens, wh);
          if (whEnd > wh && hasFiniteVerb(tokens, wh, whEnd) && !Attribution.isQuoteMark(tokens.get(wh))) {
            out.add(quote(entities, tokens.get(wh).start(), tokens.get(whEnd - 1).end(), "indirect",
                attribution.speakerOf(tokens, c), new Cue(s, c)));
          }
          continue;
        }
        int start = complementStart(tokens, pointOut ? c + 1 : c);
        if (thatOnly && start >= 0 && !Words.is(tokens.get(start), "that")
            && !(!t.pos().equals("VBG") && tokens.get(start).pos().equals("PRP"))) {
          start = -1; // but "complained they weren't given a free hand" reports as "said they" does
        }
        int end = start < 0 ? -1 : complementEnd(tokens, start);
        int rest = -1;
        if (start < 0 || end <= start || !hasFiniteVerb(tokens, start, end)) {
          // "The economy is strong, Obama said on Tuesday.": the reported clause stands before its frame.
          // "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt.": and may go on after it.
          // "..., a former chef believed to be close to Putin": a frame after its clause takes no infinitive.
          if (c + 1 < tokens.size() && tokens.get(c + 1).pos().equals("TO")) continue;
          int frameEnd = interruptingFrameEnd(tokens, c);
          end = frontedContentEnd(tokens, c, frameEnd < 0 ? tokens.size() : frameEnd);
          start = end > 0 && tokens.get(0).pos().equals("CC") ? 1 : 0;
          if (end <= start || !hasFiniteVerb(tokens, start, end)) continue;
          if (frameEnd >= 0) rest = frameEnd + 1;
        }
        Speaker speaker = attribution.speakerOf(tokens, c);
        int charStart = tokens.get(start).start();
        int charEnd = tokens.get(end - 1).end();
        out.add(quote(entities, charStart, charEnd, "indirect", speaker, new Cue(s, c)));
        if (rest >= 0) {
          int restEnd = complementEnd(tokens, rest);
          out.add(quote(entities, tokens.get(rest).start(), tokens.get(restEnd - 1).end(), "indirect", speaker,
              new Cue(s, c)));
        }
      }
      int before = out.size();
      accordingTo(s, entities, attribution, out);
      speechActs(s, entities, attribution, out);
      // A speech act or "according to" inside a quote is part of the quoted words.
      out.subList(before, out.size()).removeIf(q -> inside(quoted, q.cueSpan().start(), entities));
    }
    return out;
  }

  /**
   * A participle cue whose subject does not speak: a passive ("convicts who were promised early
   * release", "he was told"), whose speaker the sentence does not name, or a raising verb ("a former
   * chef believed to be close to Putin"), which hedges its own clause (a claim) and reports nothing
   * before it. "It was reported that ..." stays a report with no named source.
   */
  private static boolean isPassiveOrRaising(List<Token> tokens, int c) {
    if (!tokens.get(c).pos().equals("VBN")) return false;
    if (c + 1 < tokens.size() && tokens.get(c + 1).pos().equals("TO")) return true;
    int k = c - 1;
    while (k >= 0 && tokens.get(k).pos().equals("RB")) k--;
    if (k < 0 || !Set.of("be", "get").contains(tokens.get(k).lemma().toLowerCase(java.util.Locale.ROOT))) return false;
    return k == 0 || !Words.is(tokens.get(k - 1), "it");
  }

  /**
   * Speech acts whose content is a noun phrase or an infinitive, not a clause: "Clinton cited derogatory
   * comments Trump had made", "Trump called for an investigation", "He vowed to form a task force".
   * Intentions and namings ("plans to", "called the plan a disaster") are not speech and stay out.
   */
  private static void speechActs(Sentence s, EntityIndex entities, Attribution attribution, List<Quote> out) {
    List<Token> tokens = s.tokens();
    int depth = 0;
    for (int c = 0; c + 2 < tokens.size(); c++) {
      Token t = tokens.get(c);
      if (t.pos().equals("``")) depth++;
      if (t.pos().equals("''")) depth = Math.max(0, depth - 1);
      if (depth > 0 || !isSpeechAct(tokens, c)) continue;
      int from = c + 1;
      String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
      if (lemma.equals("call")) {
        if (Set.of("for", "on").contains(Words.lower(tokens.get(from)))) {
          from++;
        } else if (!callsXY(tokens, from)) {
          continue; // "called the police", "called a meeting", "called Democratic bigwigs to the stage"
        }
      }
      int to = actContentEnd(tokens, from);
      if (to - from < 2) continue;
      int cueStart = entities.offsets().at(t.start());
      if (out.stream().anyMatch(q -> q.cueSpan() != null && q.cueSpan().start() == cueStart)) continue;
      Speaker speaker = attribution.subjectOf(tokens, c);
      if (!speaker.known() && !speaker.hasMention()) continue;
      out.add(quote(entities, tokens.get(from).start(), tokens.get(to - 1).end(), "indirect", speaker, new Cue(s, c)));
    }
  }

  /**
   * The end (exclusive) of the noun-phrase or infinitive content of an act that opens at token {@code from}
   * ("cited derogatory comments Trump had made", "to form a task force"), as far as the frame's adjuncts;
   * {@code from} when no such content opens there. A participle opens one only as an adjective ("called for
   * increased spending"). Speech acts here and stances in {@link ClaimExtractor} read their content so.
   */
  static int actContentEnd(List<Token> tokens, int from) {
    if (from >= tokens.size() || !COMPLEMENT_STARTERS.contains(tokens.get(from).pos())
        && !(tokens.get(from).pos().equals("VBN") && from + 1 < tokens.size()
            && tokens.get(from + 1).pos().startsWith("NN"))) {
      return from;
    }
    int to = from;
    while (to < tokens.size() && !endsSpeechAct(tokens, from, to)) to++;
    while (to > from && (tokens.get(to - 1).pos().equals(".") || tokens.get(to - 1).word().equals(","))) to--;
    return to;
  }

  /**
   * Whether "called" before token {@code from} says what someone or something is: an object and then a
   * second noun phrase, adjective or quote ("called Trump a \"pathological liar\"", "called the charges
   * unsubstantiated", "called Wells Fargo's behavior “outrageous”"). Not a reflexive naming ("a group calling
   * itself X") nor a time after the object ("called his mother a day later").
   */
  private static boolean callsXY(List<Token> tokens, int from) {
    int k = from;
    if (k >= tokens.size()) return false;
    Token object = tokens.get(k);
    if (object.pos().equals("PRP")) {
      if (Words.lower(object).endsWith("self") || Words.lower(object).endsWith("selves")) return false;
      k++;
    } else {
      while (k < tokens.size() && (k == from || !opensComplement(tokens, k)) && isObjectToken(tokens.get(k))) k++;
      if (k == from || !tokens.get(k - 1).pos().startsWith("NN")) return false;
    }
    if (k >= tokens.size() || !opensComplement(tokens, k)) return false;
    for (int i = k; i < tokens.size() && i < k + 4; i++) {
      Token t = tokens.get(i);
      if (t.pos().startsWith("NN")) return !Attribution.isTimeHead(t);
      if (!t.pos().equals("DT") && !t.pos().startsWith("JJ") && !t.pos().equals("``") && !t.pos().equals("RB")) break;
    }
    return true;
  }

  private static boolean opensComplement(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    // An adjective after a noun ("the charges unsubstantiated"), not inside the object ("the Democratic plan").
    boolean afterNoun = k > 0 && (tokens.get(k - 1).pos().startsWith("NN") || tokens.get(k - 1).pos().equals("PRP"));
    return t.pos().equals("``") || t.pos().startsWith("JJ") && afterNoun || t.pos().equals("DT")
        && Set.of("a", "an", "the").contains(Words.lower(t));
  }

  private static boolean isObjectToken(Token t) {
    String pos = t.pos();
    return pos.startsWith("NN") || pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("JJ") || pos.equals("POS")
        || pos.equals("CD") || Words.is(t, "of");
  }

  /** Speech acts with a noun-phrase or infinitive content. */
  private static final Set<String> SPEECH_ACT_LEMMAS = Set.of(
      // Not "attack" and "defend": in conflict news they are mostly acts, not words. Not "deny" with a
      // noun or gerund ("denied attacking the hospital"): a denial is a claim with its own stance.
      "cite", "mention", "criticize", "criticise", "question", "blast", "praise", "condemn", "reject",
      "propose", "discuss", "emphasize", "emphasise", "stress", "slam", "urge", "demand", "vow", "pledge",
      "promise", "call", "denounce", "endorse", "accuse", "applaud", "dismiss", "decry", "highlight",
      "recommend", "announce", "acknowledge", "admit", "note", "describe", "threaten", "encourage");
  private static final Set<String> COMPLEMENT_STARTERS = Set.of(
      "DT", "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "PRP", "PRP$", "CD", "TO", "``", "VBG", "RB", "PDT");

  private static boolean isSpeechAct(List<Token> tokens, int c) {
    Token t = tokens.get(c);
    if (!SPEECH_ACT_LEMMAS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) return false;
    String pos = t.pos();
    if (Set.of("VBD", "VBZ", "VBP", "VBG").contains(pos)) return true;
    // "a group called X", "the plan was criticized": a participle speaks only as a perfect ("has criticized"),
    // or where the tagger misread a past tense after a name or an apposition ("the NAACP called for",
    // "Keron Blair, executive director of AROS, called for"), not before "by".
    if (pos.equals("VBN")) {
      if (c == 0) return false;
      Token before = tokens.get(c - 1);
      boolean perfect = Set.of("has", "have", "had").contains(Words.lower(before));
      boolean misread = (before.pos().startsWith("NNP") || before.pos().equals("PRP") || before.word().equals(","))
          && c + 1 < tokens.size() && !Words.is(tokens.get(c + 1), "by") && !Words.is(tokens.get(c + 1), "as");
      return perfect || misread;
    }
    return pos.equals("VB") && c > 0 && (tokens.get(c - 1).pos().equals("MD") || tokens.get(c - 1).pos().equals("TO"));
  }

  /** The content of a speech act ends at a semicolon or colon, or a comma before a new frame (", saying"). */
  private static boolean endsSpeechAct(List<Token> tokens, int from, int i) {
    String w = tokens.get(i).word();
    if (w.equals(";") || w.equals(":") || w.equals("--")) return true;
    if (endsContentAdjunct(tokens, from, i)) return true;
    if (!w.equals(",") || i + 1 >= tokens.size()) return false;
    Token next = tokens.get(i + 1);
    return next.pos().equals("VBG") || next.pos().equals("CC") || isAccordingTo(tokens, i + 1)
        || Attribution.isCue(next) || next.pos().equals("WDT") || next.pos().equals("WP");
  }

  /** Subordinators that open an adverbial clause of the frame ("praised X as Trump consolidates ..."). */
  private static final Set<String> SUBORDINATORS = Set.of("as", "after", "before", "while", "when", "because",
      "since", "although", "though", "until", "whereas");

  /**
   * Whether token {@code i} opens an adjunct of the frame rather than more of a noun-phrase content: a
   * "during" phrase, an adverbial clause ("after hackers targeted ..."), or a second predicate of the
   * speaker ("but are likely to draw fire", "but also had to give him more time").
   */
  private static boolean endsContentAdjunct(List<Token> tokens, int from, int i) {
    Token t = tokens.get(i);
    String w = Words.lower(t);
    if (w.equals("during")) return true;
    // "called for more school investment in a statement": the medium is the frame's.
    if (w.equals("in") && i + 2 < tokens.size() && Words.DETERMINERS.contains(Words.lower(tokens.get(i + 1)))
        && Words.SPEECH_MEDIA.contains(Words.lower(tokens.get(i + 2)))) {
      return true;
    }
    // "called the plan a “disaster” on Monday": a closing time is the frame's.
    if ((w.equals("on") || w.equals("last") || w.equals("this")) && i + 1 < tokens.size()
        && Attribution.isTimeHead(tokens.get(i + 1)) && (i + 2 >= tokens.size() || tokens.get(i + 2).pos().equals(".")
            || tokens.get(i + 2).word().equals(","))) {
      return true;
    }
    if (t.pos().equals("IN") && SUBORDINATORS.contains(w)) {
      // "as Trump consolidates ...": a subject and its finite verb; not "as promised", "such as", "as a reason".
      if (i > 0 && Set.of("such", "as", "so", "well").contains(Words.lower(tokens.get(i - 1)))) return false;
      int k = i + 1;
      while (k < tokens.size() && k - i <= 4 && SUBJECT_WORDS.contains(tokens.get(k).pos())) k++;
      while (k < tokens.size() && tokens.get(k).pos().equals("RB")) k++;
      return k > i + 1 && k < tokens.size() && Words.FINITE_TAGS.contains(tokens.get(k).pos());
    }
    if (t.pos().equals("CC") && i + 1 < tokens.size() && !hasFrameVerb(tokens, from, i)) {
      // A second finite verb after a content with none is the speaker's next predicate; after a relative
      // clause ("a nation that borders China and has had ...") it is the clause's own.
      int k = i + 1;
      while (k < tokens.size() && tokens.get(k).pos().equals("RB")) k++;
      return k < tokens.size() && Words.FINITE_TAGS.contains(tokens.get(k).pos());
    }
    return false;
  }

  private static final Set<String> SUBJECT_WORDS = Set.of("DT", "NN", "NNS", "NNP", "NNPS", "PRP", "JJ", "CD",
      "PRP$", "POS");

  private static boolean hasFrameVerb(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Words.FINITE_TAGS.contains(tokens.get(k).pos())) return true;
    }
    return false;
  }

  /**
   * "CLAUSE, according to X." and "According to X, CLAUSE.": the clause is what X is reported to say,
   * with "according to" as its cue.
   */
  private static void accordingTo(Sentence s, EntityIndex entities, Attribution attribution, List<Quote> out) {
    List<Token> tokens = s.tokens();
    int depth = 0;
    for (int i = 0; i + 2 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.pos().equals("``")) depth++;
      if (t.pos().equals("''")) depth = Math.max(0, depth - 1);
      if (depth > 0 || !isAccordingTo(tokens, i)) continue;
      int npEnd = i + 2;
      while (npEnd < tokens.size() && !tokens.get(npEnd).word().equals(",") && !tokens.get(npEnd).pos().equals(".")
          && !Attribution.isQuoteMark(tokens.get(npEnd))) {
        npEnd++;
      }
      boolean atStart = i == 0 || i == 1 && tokens.get(0).pos().equals("CC");
      int from;
      int to;
      if (atStart && npEnd < tokens.size() && tokens.get(npEnd).word().equals(",")) {
        from = npEnd + 1;
        to = from < tokens.size() ? complementEnd(tokens, from) : from;
      } else if (i > 1 && tokens.get(i - 1).word().equals(",") && (npEnd >= tokens.size()
          || tokens.get(npEnd).pos().equals(".") || Attribution.isQuoteMark(tokens.get(npEnd)))) {
        from = tokens.get(0).pos().equals("CC") ? 1 : 0;
        to = i - 1;
      } else {
        continue;
      }
      if (to <= from || !hasFiniteVerb(tokens, from, to) || containsQuoteMark(tokens, from, to)) continue;
      Speaker speaker = attribution.namedBy(tokens, i + 2);
      out.add(quote(entities, tokens.get(from).start(), tokens.get(to - 1).end(), "indirect", speaker, new Cue(s, i)));
    }
  }

  /** Whether char offset {@code at} lies inside a quoted stretch. */
  private static boolean inside(List<Quoted> quoted, int at) {
    for (Quoted q : quoted) {
      if (q.start <= at && at < q.end) return true;
    }
    return false;
  }

  /** Whether code point offset {@code codePointAt} (a quote's cue span) lies inside a quoted stretch. */
  private static boolean inside(List<Quoted> quoted, int codePointAt, EntityIndex entities) {
    for (Quoted q : quoted) {
      if (entities.offsets().at(q.start) <= codePointAt && codePointAt < entities.offsets().at(q.end)) return true;
    }
    return false;
  }

  private static boolean containsQuoteMark(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Attribution.isQuoteMark(tokens.get(i))) return true;
    }
    return false;
  }

  /**
   * In "X, Mr. Clarke said, until it went bankrupt." the comma that closes the frame after cue
   * {@code c}, when a clause of the reported speech follows it; else -1. A relative clause, an
   * apposition or a participle after the comma ("said Trimble, a senior official", ", adding") is the frame's own.
   */
  private static int interruptingFrameEnd(List<Token> tokens, int c) {
    int m = c + 1;
    while (m < tokens.size() && !tokens.get(m).word().equals(",")) {
      String pos = tokens.get(m).pos();
      if (Words.FINITE_TAGS.contains(pos) || pos.equals("``") || pos.equals("''") || tokens.get(m).word().equals(":")) {
        return -1;
      }
      m++;
    }
    if (m + 1 >= tokens.size()) return -1;
    Token next = tokens.get(m + 1);
    if (Set.of("WP", "WDT", "WRB", "VBG", "VBN", "CC").contains(next.pos())
        || Set.of("a", "an", "the", "who", "which").contains(Words.lower(next))) {
      return -1;
    }
    int end = complementEnd(tokens, m + 1);
    return hasFiniteVerb(tokens, m + 1, end) && !containsQuoteMark(tokens, m + 1, end) ? m : -1;
  }

  /** Where the reported clause after cue {@code c} starts: after "that" or an object ("told reporters"), or -1. */
  private static int complementStart(List<Token> tokens, int c) {
    int i = c + 1;
    if (i < tokens.size() && Words.lower(tokens.get(c)).startsWith("tol")) {
      while (i < tokens.size() && (tokens.get(i).pos().startsWith("NN") || tokens.get(i).pos().equals("DT")
          || tokens.get(i).pos().equals("PRP"))) {
        i++;
      }
    } else {
      // "warned voters that ...", "announced Tuesday that ...", "said in a statement that ...": an addressee,
      // a time or a place between the cue and its "that" is the frame's, not the reported clause's.
      int k = i;
      while (k < tokens.size() && k - i < 6 && !tokens.get(k).word().equalsIgnoreCase("that")
          && (OBJECT_OR_TIME.contains(tokens.get(k).pos()) || tokens.get(k).pos().equals("IN"))) {
        k++;
      }
      if (k > i && k + 1 < tokens.size() && tokens.get(k).word().equalsIgnoreCase("that")
          && (CLAUSE_STARTERS.contains(tokens.get(k + 1).pos()) || opensAfterThat(tokens.get(k + 1)))) {
        i = k;
      }
    }
    // "said that he ...": the reported clause includes its "that", as attribution corpora mark it.
    int that = i < tokens.size() && tokens.get(i).word().equalsIgnoreCase("that") ? i : -1;
    if (that >= 0) i++;
    if (i >= tokens.size()) return -1;
    Token first = tokens.get(i);
    if (Attribution.isQuoteMark(first) || first.word().equals(":")) return -1;
    // After an explicit "that" an adjunct may come first ("shows that in a head-to-head contest, Clinton leads",
    // "said that, if elected, he'd leave ..."), or a gerund subject ("suggested that profiting off the collapse was").
    boolean adjunctAfterThat = that >= 0 && opensAfterThat(first);
    if (!CLAUSE_STARTERS.contains(first.pos()) && !CLAUSE_OPENING_WORDS.contains(Words.lower(first))
        && !adjunctAfterThat || first.word().equals(",") && that < 0) {
      return -1;
    }
    return that >= 0 ? that : i;
  }

  /** What may open a clause after an explicit "that" besides a subject: an adjunct, a comma before one, a gerund. */
  private static boolean opensAfterThat(Token first) {
    return first.pos().equals("IN") || first.pos().equals("RB") || first.pos().equals("VBG") || first.word().equals(",");
  }

  /**
   * The end of a clause reported before its frame — "X, Y said." or "X, said Y." — when nothing but
   * the speaker, adverbs and a time or place follows the verb; else -1.
   */
  private static int frontedContentEnd(List<Token> tokens, int c, int limit) {
    for (int i = c + 1; i < limit; i++) {
      String pos = tokens.get(i).pos();
      if (Words.FINITE_TAGS.contains(pos) || pos.equals("``") || tokens.get(i).word().equals(":")) return -1;
    }
    int k = c - 1;
    if (k >= 0 && !tokens.get(k).word().equals(",")) {
      while (k >= 0 && (tokens.get(k).pos().startsWith("NN") || tokens.get(k).pos().startsWith("JJ")
          || tokens.get(k).pos().equals("DT") || tokens.get(k).pos().equals("PRP") || tokens.get(k).pos().equals("POS")
          || tokens.get(k).pos().equals("RB") || tokens.get(k).pos().equals("CD"))) {
        k--;
      }
    }
    if (k < 2 || !tokens.get(k).word().equals(",")) return -1;
    return k;
  }

  /** The clause runs to the sentence's end, or to a comma that opens a trailing frame. */
  static int complementEnd(List<Token> tokens, int start) {
    int end = tokens.size();
    boolean frontedSubordinate = !tokens.isEmpty() && tokens.get(0).pos().equals("IN")
        && SUBORDINATORS.contains(Words.lower(tokens.get(0)));
    for (int k = start + 2; k + 1 < tokens.size(); k++) {
      Token t = tokens.get(k);
      // "... was not intentional; they only learned on Friday ...": a semicolon ends the reported clause.
      if (t.word().equals(";")) {
        end = k;
        break;
      }
      // "... were not complete, and human rights groups warned that ...", "... defenses and warned against
      // hackers": a second clause or predicate with a reporting verb of its own is a second report.
      if (t.pos().equals("CC") && Set.of("and", "but").contains(Words.lower(t))
          && (opensReport(tokens, k + 1) || reportingVerbAt(tokens, k + 1))) {
        end = tokens.get(k - 1).word().equals(",") ? k - 1 : k;
        break;
      }
      // "While his advisers have suggested X, Mr. Obama is also determined ...": the main clause after a
      // fronted subordinate clause is not part of what the advisers suggested.
      if (frontedSubordinate && t.word().equals(",") && opensClause(tokens, k + 1)) {
        end = k;
        break;
      }
    }
    while (end > start && (tokens.get(end - 1).pos().equals(".") || Attribution.isQuoteMark(tokens.get(end - 1)))) {
      end--;
    }
    return end;
  }

  /** Whether a finite verb of speech (after adverbs) stands at token {@code i}: "and warned", "and also said". */
  private static boolean reportingVerbAt(List<Token> tokens, int i) {
    int k = i;
    while (k < tokens.size() && tokens.get(k).pos().equals("RB")) k++;
    return k < tokens.size() && Words.FINITE_TAGS.contains(tokens.get(k).pos()) && isReportingLemma(tokens.get(k));
  }

  private static boolean isReportingLemma(Token t) {
    String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
    return Attribution.isCue(t) || Attribution.INDIRECT_LEMMAS.contains(lemma) || SPEECH_ACT_LEMMAS.contains(lemma);
  }

  /** Whether a subject (up to six words) and its finite verb start at token {@code i}. */
  private static boolean opensClause(List<Token> tokens, int i) {
    int k = i;
    while (k < tokens.size() && k - i < 6 && (SUBJECT_WORDS.contains(tokens.get(k).pos())
        || tokens.get(k).pos().equals("RB"))) {
      k++;
    }
    return k > i && k < tokens.size() && Words.FINITE_TAGS.contains(tokens.get(k).pos());
  }

  /** Speech verbs that report a question or an account with a wh-clause: "asked whether", "explained why". */
  private static final Set<String> WH_CLAUSE_LEMMAS = Set.of("ask", "explain", "question", "wonder", "tell",
      "reveal", "disclose", "describe", "discuss", "detail", "recount", "say", "announce", "indicate");

  /**
   * Where a reported question or account starts after cue {@code c} (the wh-word, "whether" or "if"),
   * after an addressee for "tell" and "ask" ("told Alex Marlow how ..."), else -1.
   */
  private static int questionStart(List<Token> tokens, int c, String lemma) {
    if (!WH_CLAUSE_LEMMAS.contains(lemma)) return -1;
    int i = c + 1;
    if (lemma.equals("tell") || lemma.equals("ask")) {
      while (i < tokens.size() && i - c <= 6 && (tokens.get(i).pos().startsWith("NN") || tokens.get(i).pos().equals("DT")
          || tokens.get(i).pos().equals("PRP") || tokens.get(i).pos().equals("JJ"))) {
        i++;
      }
    }
    if (i >= tokens.size()) return -1;
    Token first = tokens.get(i);
    boolean whWord = first.pos().equals("WRB") || first.pos().equals("WP") || Words.is(first, "whether")
        || Words.is(first, "if") && (lemma.equals("ask") || lemma.equals("wonder"));
    // "said when she resigned" is a time of the saying; "have not said when they would" is the question left open.
    boolean time = Words.is(first, "when") || Words.is(first, "where");
    boolean negated = c > 0 && (Words.is(tokens.get(c - 1), "not") || Words.is(tokens.get(c - 1), "n't"));
    if (time && lemma.equals("say") && !negated) return -1;
    return whWord ? i : -1;
  }

  /** Whether a name (up to six words) followed by a comma starts at token {@code i}: "Brian Baker, a ...". */
  private static boolean nameThenComma(List<Token> tokens, int i) {
    int k = i;
    while (k < tokens.size() && k - i < 6 && (tokens.get(k).pos().startsWith("NNP")
        || tokens.get(k).pos().equals("HYPH"))) {
      k++;
    }
    return k > i && k < tokens.size() && tokens.get(k).word().equals(",");
  }

  /** Whether a subject (up to six words) and a finite reporting verb start at token {@code i}. */
  private static boolean opensReport(List<Token> tokens, int i) {
    int k = i;
    while (k < tokens.size() && k - i < 6 && (SUBJECT_WORDS.contains(tokens.get(k).pos())
        || tokens.get(k).pos().equals("RB"))) {
      k++;
    }
    if (k == i || k >= tokens.size() || !Words.FINITE_TAGS.contains(tokens.get(k).pos())) return false;
    return isReportingLemma(tokens.get(k));
  }

  private static boolean hasFiniteVerb(List<Token> tokens, int start, int end) {
    for (int i = start; i < end; i++) {
      if (CLAUSE_VERBS.contains(tokens.get(i).pos())) return true;
    }
    return false;
  }

  // ---- output ---------------------------------------------------------------------------------

  private static int trimEnd(String text, int start, int end) {
    while (end > start && ",;:".indexOf(text.charAt(end - 1)) >= 0) end--;
    return end;
  }

  private static Quote quote(EntityIndex entities, int start, int end, String kind, Speaker speaker, Cue cue) {
    Span span = entities.offsets().span(start, end);
    Span speakerSpan = speaker.hasMention() ? entities.offsets().span(speaker.from(), speaker.to()) : null;
    Span cueSpan = null;
    String cueWord = null;
    if (cue != null) {
      List<Token> tokens = cue.sentence.tokens();
      int last = cue.lastToken();
      cueSpan = entities.offsets().span(tokens.get(cue.token).start(), tokens.get(last).end());
      cueWord = cueSpan.text();
    }
    return new Quote(span.start(), span.end(), span.text(), kind, speaker.id(), speaker.displayName(), cueWord,
        speakerSpan, cueSpan);
  }
}
