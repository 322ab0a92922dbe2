package dossier.eval.quotes;

import dossier.model.ArticleAnalysis;
import dossier.model.Claim;
import dossier.model.CodePoints;
import dossier.model.Entity;
import dossier.model.Quote;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dossier's quotes as attributions. A quote gives its speaker as an entity, so every mention of that
 * entity stands for the source; an unnamed speaker ("a source close to the campaign") stands by the
 * occurrence of its phrase nearest the quote. The cue is a word, placed at its occurrence nearest the quote.
 * Quotes with the same speaker and the same placed cue are one attribution, as PolNeAR annotates them:
 * a quote split by "he said", or a partial quote inside the indirect one that carries it.
 */
final class DossierAttributions {
  private DossierAttributions() {}

  static List<Attribution> of(ArticleAnalysis a) {
    Map<String, Entity> entities = a.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    String text = a.text();
    CodePoints offsets = new CodePoints(text);
    Map<String, Attribution> byCue = new LinkedHashMap<>();
    Map<String, String> lastCueOf = new LinkedHashMap<>();
    List<Attribution> out = new ArrayList<>();
    for (Quote q : a.quotes()) {
      Range content = new Range(q.start(), q.end());
      List<Range> source = source(text, offsets, content, q.speakerSpan(),
          q.speaker() == null ? null : entities.get(q.speaker()), q.speakerName());
      Range cue = cue(text, offsets, content, q.cueSpan(), q.cue());
      Attribution one = new Attribution(List.of(content), cue == null ? List.of() : List.of(cue), source,
          q.kind() + " | speaker=" + q.speakerName() + " | cue=" + q.cue());
      String speakerKey = q.speaker() != null ? q.speaker() : q.speakerName() != null ? q.speakerName()
          : q.speakerSpan() != null ? "@" + q.speakerSpan().start() : null;
      String key;
      if (cue != null) {
        key = speakerKey + "@" + cue;
      } else if (speakerKey != null && lastCueOf.containsKey(speakerKey)) {
        // A cue-less continuation ("There were many such cases.") goes on the attribution it continues,
        // as PolNeAR annotates a multi-sentence quote as one relation.
        key = lastCueOf.get(speakerKey);
      } else {
        out.add(one);
        continue;
      }
      if (cue != null && speakerKey != null) lastCueOf.put(speakerKey, key);
      Attribution same = byCue.get(key);
      if (same == null) {
        byCue.put(key, one);
        out.add(one);
      } else {
        List<Range> contents = new ArrayList<>(same.content());
        contents.add(content);
        Attribution merged = new Attribution(contents, same.cue(), same.source(), same.label() + " + " + q.kind());
        out.set(out.indexOf(same), merged);
        byCue.put(key, merged);
      }
    }
    return out;
  }

  /**
   * The quotes' attributions and then each claim that is not one of them: Dossier files reported speech
   * under {@code quotes[]} and copies its indirect quotes into {@code claims[]}; beliefs, intentions,
   * evidence and reports ("reportedly") are claims only. A claim is the quote it copies when it has the
   * quote's span, or its cue at the same place. Claims of stance "uncertain" are the writer's own hedges
   * ("apparently"), no attribution.
   */
  static List<Attribution> withClaims(ArticleAnalysis a) {
    List<Attribution> out = new ArrayList<>(of(a));
    Map<String, Entity> entities = a.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    CodePoints offsets = new CodePoints(a.text());
    for (Claim c : a.claims()) {
      boolean copied = a.quotes().stream().anyMatch(q -> q.start() == c.start() && q.end() == c.end()
          || q.cueSpan() != null && c.cueSpan() != null && q.cueSpan().start() == c.cueSpan().start());
      // "apparently", "possibly": the writer's own hedge attributes nothing to anyone.
      if (copied || c.stance().equals("uncertain")) continue;
      Range content = new Range(c.start(), c.end());
      List<Range> source = source(a.text(), offsets, content, c.sourceSpan(),
          c.source() == null ? null : entities.get(c.source()), c.sourceName());
      Range cue = cue(a.text(), offsets, content, c.cueSpan(), c.cue());
      out.add(new Attribution(List.of(content), cue == null ? List.of() : List.of(cue), source,
          "claim " + c.stance() + " | source=" + c.sourceName() + " | cue=" + c.cue()));
    }
    return out;
  }

  /**
   * Where a quote's speaker or a claim's source stands: the words that named it there (scored as a span, as
   * PolNeAR marks "he", not the person), else every mention of its entity, else its name's occurrence nearest
   * the content.
   */
  private static List<Range> source(String text, CodePoints offsets, Range content, Span span, Entity entity,
      String name) {
    List<Range> source = new ArrayList<>();
    if (span != null) {
      source.add(new Range(span.start(), span.end()));
    } else if (entity != null) {
      for (Span m : entity.mentions()) source.add(new Range(m.start(), m.end()));
    } else if (name != null) {
      Range nearest = nearest(text, offsets, name, content, false);
      if (nearest != null) source.add(nearest);
    }
    return source;
  }

  /** Where the cue stands: its span, else the cue word's occurrence nearest the content; null without a cue. */
  private static Range cue(String text, CodePoints offsets, Range content, Span span, String cue) {
    if (span != null) return new Range(span.start(), span.end());
    return cue == null ? null : nearest(text, offsets, cue, content, true);
  }

  /** The whole-word occurrence of {@code phrase} outside {@code content} and nearest to it, in code points. */
  static Range nearest(String text, CodePoints offsets, String phrase, Range content, boolean ignoreCase) {
    Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
        ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    Matcher m = p.matcher(text);
    Range best = null;
    while (m.find()) {
      Range r = new Range(offsets.at(m.start()), offsets.at(m.end()));
      if (r.start() >= content.start() && r.end() <= content.end()) continue;
      if (best == null || r.distance(content) < best.distance(content)) best = r;
    }
    return best;
  }
}
