package dossier.pipeline.annotate;

/**
 * One token with its linguistic annotations; offsets are {@code char} offsets into the raw text.
 *
 * @param ner the coarse named-entity tag (PERSON, ORGANIZATION, LOCATION, MISC, DATE, NUMBER, ..., or O)
 */
public record Token(int index, String word, String lemma, String pos, String ner, int start, int end) {

  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
