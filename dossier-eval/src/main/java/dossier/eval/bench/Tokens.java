package dossier.eval.bench;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;

/** Counts PTB tokens in a raw text: one denominator for the tokens per second of both systems. */
final class Tokens {

  private Tokens() {}

  static int count(String text) {
    PTBTokenizer<CoreLabel> tokenizer =
        new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "untokenizable=noneKeep");
    int n = 0;
    for (; tokenizer.hasNext(); tokenizer.next()) n++;
    return n;
  }
}
