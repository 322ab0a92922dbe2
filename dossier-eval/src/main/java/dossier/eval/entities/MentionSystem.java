package dossier.eval.entities;

import java.util.List;

/** A system under test: the typed entity mentions it finds in a gold document's text. */
interface MentionSystem {

  /** {@code dossier} or {@code corenlp}. */
  String name();

  List<Mention> mentions(GoldDocument doc);
}
