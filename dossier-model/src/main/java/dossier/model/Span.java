package dossier.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A piece of the article text: code-point offsets {@code [start, end)} and the text they cover.
 *
 * @param kind for an entity mention, how it refers: {@link #NOMINAL} ("the company", "the 39-year-old
 *     actor") or {@link #PRONOUN} ("he", "its", "who"); null for a name, and for every span that is
 *     not an entity mention (left out of the JSON then)
 */
public record Span(int start, int end, String text, @JsonInclude(JsonInclude.Include.NON_NULL) String kind) {
  /** A mention by a common-noun phrase that describes the entity. */
  public static final String NOMINAL = "nominal";
  /** A mention by a pronoun (personal, possessive, reflexive or relative). */
  public static final String PRONOUN = "pronoun";

  public Span {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
  }

  /** A span with no kind: a name, or any span that is not an entity mention. */
  public Span(int start, int end, String text) {
    this(start, end, text, null);
  }

  /** The same span marked as a mention of kind {@code kind}. */
  public Span withKind(String kind) {
    return new Span(start, end, text, kind);
  }

  /** Whether the span names its entity (a name rather than a nominal or pronoun mention). */
  @JsonIgnore
  public boolean isName() {
    return kind == null;
  }
}
