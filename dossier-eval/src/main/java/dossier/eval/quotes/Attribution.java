package dossier.eval.quotes;

import java.util.List;

/**
 * One attribution relation, gold or predicted: who ({@code source}) says ({@code cue}) what ({@code content}).
 * Gold spans may be discontinuous, hence lists. A predicted source lists every range that names the
 * speaker (all mentions of its entity), any of which may match the gold source.
 *
 * @param label a short description for the error listings (gold id, or the system's kind and speaker)
 */
record Attribution(List<Range> content, List<Range> cue, List<Range> source, String label) {

  Attribution {
    content = List.copyOf(content);
    cue = List.copyOf(cue);
    source = List.copyOf(source);
  }

  boolean hasSource() {
    return !source.isEmpty();
  }

  boolean hasCue() {
    return !cue.isEmpty();
  }
}
