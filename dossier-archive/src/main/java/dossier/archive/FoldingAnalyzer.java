package dossier.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** Words, lower-cased and folded to ASCII, so "Erdoğan" finds "Erdogan": the archive's text analysis. */
final class FoldingAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String field) {
    StandardTokenizer words = new StandardTokenizer();
    TokenStream chain = new ASCIIFoldingFilter(new LowerCaseFilter(words));
    return new TokenStreamComponents(words, chain);
  }
}
