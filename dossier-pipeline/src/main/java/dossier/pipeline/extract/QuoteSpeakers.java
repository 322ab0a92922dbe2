package dossier.pipeline.extract;

import dossier.model.Entity;
import dossier.model.Quote;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives a quote whose speaker the text only describes ("An ex-commander with Wagner ... described",
 * "the spokesperson said") the entity that coreference later found that description to be. Quote
 * attribution runs before coreference, so it keeps the words and leaves the speaker open.
 */
public final class QuoteSpeakers {
  private QuoteSpeakers() {}

  /** The quotes, each without a speaker entity but with a speaker span given the entity that has a mention there. */
  public static List<Quote> resolve(List<Quote> quotes, List<Entity> entities) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      Entity e = q.speaker() == null && q.speakerSpan() != null ? mentionedAt(entities, q.speakerSpan()) : null;
      out.add(e == null ? q : new Quote(q.start(), q.end(), q.text(), q.kind(), e.id(), e.name(), q.cue(),
          q.speakerSpan(), q.cueSpan()));
    }
    return out;
  }

  /** The named person or organization with a mention that starts or ends the span and lies within it or around it. */
  private static Entity mentionedAt(List<Entity> entities, Span span) {
    for (Entity e : entities) {
      // An unnamed source stays unnamed: "a source within the ministry" is no one the archive can look up.
      if (!e.type().equals("PERSON") && !e.type().equals("ORGANIZATION") || Entity.isDescribed(e.name())) continue;
      for (Span m : e.mentions()) {
        boolean aligned = m.start() == span.start() || m.end() == span.end();
        boolean nested = m.start() >= span.start() && m.end() <= span.end()
            || span.start() >= m.start() && span.end() <= m.end();
        if (aligned && nested) return e;
      }
    }
    return null;
  }
}
