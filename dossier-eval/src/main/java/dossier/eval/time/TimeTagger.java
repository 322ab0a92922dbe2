package dossier.eval.time;

import java.util.List;

/** A system under evaluation: tags the TEXT of a TempEval-3 input document. */
interface TimeTagger {

  /** {@code dossier} or {@code corenlp}. */
  String system();

  /** The timexes found in {@code document.text()}, dated by its DCT. */
  List<Timex> tag(TimeMlDocument document);
}
