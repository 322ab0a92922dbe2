package dossier.eval.time;

import dossier.model.TimeExpression;
import dossier.pipeline.Pipeline;
import dossier.pipeline.read.RawArticle;
import java.util.ArrayList;
import java.util.List;

/** Dossier's {@code times}: the TEXT content as an article dated by the DCT. */
final class DossierTimeTagger implements TimeTagger {

  private final Pipeline pipeline;

  DossierTimeTagger(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public String system() {
    return "dossier";
  }

  @Override
  public List<Timex> tag(TimeMlDocument document) {
    String text = document.text();
    RawArticle article = new RawArticle(document.docId(), document.date(), null, null, null, text, document.docId());
    List<Timex> out = new ArrayList<>();
    for (TimeExpression t : pipeline.analyze(article).times()) {
      // Dossier counts code points; the gold spans count chars.
      int start = text.offsetByCodePoints(0, t.start());
      int end = text.offsetByCodePoints(start, t.end() - t.start());
      out.add(new Timex(start, end, text.substring(start, end), t.type(), t.value()));
    }
    return out;
  }
}
