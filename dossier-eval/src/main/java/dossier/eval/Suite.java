package dossier.eval;

import java.util.List;

/** One evaluation suite: runs Dossier and its CoreNLP baseline on a gold set and scores both. */
public interface Suite {

  /** The name users type: {@code time}, {@code entities}, {@code quotes}, .... */
  String name();

  /** One line for {@code dossier eval --help}. */
  String description();

  /**
   * Scores every system on every split this suite reports. Missing data is not an error: it comes
   * back as a result whose {@code note} says what is missing.
   */
  List<SuiteResult> run(EvalContext context) throws Exception;
}
